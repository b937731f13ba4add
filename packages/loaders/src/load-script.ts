/** Appends `<script async src>` to the document head, with any extra attributes. */
export function loadScript(src: string, attributes?: Readonly<Record<string, string>>): void {
  const el = document.createElement('script')
  el.async = true
  el.src = src
  for (const name in attributes) el.setAttribute(name, attributes[name] as string)
  ;(document.head || document.documentElement).appendChild(el)
}
