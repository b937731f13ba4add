import type { LocalizedText } from '@assent/core'

/** Picks the text for `locale` from a string or a `{ en: …, de: … }` map. */
export function localize(text: LocalizedText | undefined, locale: string): string | undefined {
  if (text == null || typeof text === 'string') return text
  return text[locale] ?? text[locale.split('-')[0]!] ?? text.en ?? Object.values(text)[0]
}
