import type { Texts, TextsLoader } from '../src/types'
import { loadBeside } from './load-beside'

type TextsRegistry = Record<string, Texts | undefined>
const registry = () => (self as unknown as { assentTexts?: TextsRegistry }).assentTexts

/**
 * Loads `i18n/<lang>.js` from next to assent.js. Resolves undefined on error or after
 * `timeout` ms, so a missing file means English, never no banner.
 */
export function scriptTextsLoader(base: string, nonce?: string, timeout = 5000): TextsLoader {
  return (lang) => loadBeside(base, `i18n/${lang}.js`, () => registry()?.[lang], nonce, timeout)
}
