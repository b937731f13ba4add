import type { Texts, TextsLoader } from '../types'

type TextsRegistry = Record<string, Texts | undefined>
const registry = () => (self as unknown as { assentTexts?: TextsRegistry }).assentTexts

/**
 * Loads `i18n/<lang>.js` from next to assent.js with a `<script>` element (allowed by
 * `script-src 'self'`, and given the page's nonce). Resolves undefined on error or after
 * `timeout` ms, so a missing file means English, never no banner.
 */
export function scriptTextsLoader(base: string, nonce?: string, timeout = 5000): TextsLoader {
  return (lang) =>
    new Promise((resolve) => {
      const ready = registry()?.[lang]
      if (ready) return resolve(ready)
      const script = document.createElement('script')
      script.src = new URL(`i18n/${lang}.js`, base).href
      if (nonce) script.nonce = nonce
      const done = () => resolve(registry()?.[lang])
      script.onload = done
      script.onerror = done
      setTimeout(done, timeout)
      document.head.append(script)
    })
}
