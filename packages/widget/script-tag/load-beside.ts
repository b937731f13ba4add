/**
 * Runs `file` from next to assent.js with a `<script>` element (allowed by `script-src 'self'`,
 * and given the page's nonce), then resolves what `read()` finds: at once when it is there
 * already, else after the script loaded or failed, or after `timeout` ms (0: no timeout).
 * Never rejects.
 */
export function loadBeside<T>(
  base: string,
  file: string,
  read: () => T | undefined,
  nonce?: string,
  timeout = 5000,
): Promise<T | undefined> {
  return new Promise((resolve) => {
    const ready = read()
    if (ready) return resolve(ready)
    const script = document.createElement('script')
    script.src = new URL(file, base).href
    if (nonce) script.nonce = nonce
    const done = () => resolve(read())
    script.onload = done
    script.onerror = done
    if (timeout) setTimeout(done, timeout)
    document.head.append(script)
  })
}
