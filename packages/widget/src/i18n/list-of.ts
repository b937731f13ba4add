/**
 * Joins `items` as `locale` writes a list ("Analytics and Marketing", "Statistik und
 * Marketing", "分析和营销"); with commas where `Intl.ListFormat` is missing or refuses the tag.
 */
export function listOf(items: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale).format(items)
  } catch {
    return items.join(', ')
  }
}
