// How each built-in language joins a list, as `Intl.ListFormat` does: the last two items, and
// the others. Not
// `Intl.ListFormat`: its first use on a page loads ICU's list data, 30-60 ms of main thread in
// Chromium (measured 2026-12-07; four times that at 4x CPU), which put a first visit's script
// time from 53 to 130 ms in `pnpm bench`. Only a language not in this table pays for it.
const AND: Record<string, string> = {
  en: ' and ',
  de: ' und ',
  es: ' y ',
  fr: ' et ',
  it: ' e ',
  ja: '、',
  ko: ' 및 ',
  nl: ' en ',
  pl: ' i ',
  pt: ' e ',
  zh: '和',
}

/**
 * Joins `items` as `locale` writes a list ("Analytics and Marketing", "Statistik und
 * Marketing", "分析和营销"); for a language the table does not know, `Intl.ListFormat`, and
 * commas where that is missing or refuses the tag.
 */
export function listOf(items: readonly string[], locale: string): string {
  const lang = locale.split('-')[0]!
  const and = AND[lang]
  if (and !== undefined) {
    const comma = lang === 'ja' || lang === 'zh' ? '、' : ', '
    // English alone keeps the serial comma before the last of three or more.
    const last = lang === 'en' && items.length > 2 ? ', and ' : and
    return items.length < 2
      ? items.join('')
      : `${items.slice(0, -1).join(comma)}${last}${items[items.length - 1]}`
  }
  try {
    return new Intl.ListFormat(locale).format(items)
  } catch {
    return items.join(', ')
  }
}
