export interface StyleOptions {
  nonce?: string | undefined
  stylesheetUrl?: string | undefined
}

/**
 * Puts the widget's CSS into its shadow root without tripping a strict CSP: a constructable
 * stylesheet (not subject to `style-src`), else a `<style nonce>` when a nonce is given, else
 * a `<link>` to the served `assent.css` (allowed by `style-src 'self'`), else a plain `<style>`.
 */
export function injectStyles(root: ShadowRoot, css: string, options: StyleOptions): void {
  try {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    // Spreading the current list is the feature test: where shadow roots lack
    // adoptedStyleSheets (Safari < 16.4) it throws, whereas a bare assignment would only add
    // a plain property and leave the widget unstyled without an error.
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
    return
  } catch {
    // No constructable stylesheets: fall through to an element.
  }
  if (options.stylesheetUrl && !options.nonce) {
    const link = document.createElement('link')
    link.rel = 'stylesheet'
    link.href = options.stylesheetUrl
    root.append(link)
    return
  }
  const style = document.createElement('style')
  if (options.nonce) style.nonce = options.nonce
  style.textContent = css
  root.append(style)
}
