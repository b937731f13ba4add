/** Appends `<script async src>` to the document head and returns it. */
export function loadScript(src: string): HTMLScriptElement {
  const el = document.createElement('script')
  el.async = true
  el.src = src
  return document.head.appendChild(el)
}
