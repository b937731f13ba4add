/** Google's command function: `gtag('consent', 'default', { … })`. */
export type Gtag = (...args: unknown[]) => void

interface GoogleWindow {
  dataLayer?: unknown[]
  gtag?: Gtag
}

/**
 * Creates `window.dataLayer` and returns a gtag shim; also sets `window.gtag` when the page has
 * none, so site code can send its own events.
 */
export function installGtag(): Gtag {
  const w = window as unknown as GoogleWindow
  w.dataLayer = w.dataLayer || []
  // gtag.js and GTM run a dataLayer entry as a command only if it is an Arguments object;
  // an array (what `...args` would give) is silently ignored (specs §1.6). Hence no arrow.
  const gtag: Gtag = function gtag() {
    ;(w.dataLayer as unknown[]).push(arguments)
  }
  w.gtag = w.gtag || gtag
  return gtag
}
