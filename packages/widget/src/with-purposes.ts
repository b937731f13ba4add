import type { CategoryView } from './category-views'
import { listOf } from './i18n/list-of'
import type { Texts } from './types'

/**
 * The banner texts with `{purposes}` filled in: the titles of the optional categories the
 * site offers, as the language lists them, so the banner names no purpose the site does not
 * have. A site's own text without the placeholder stays as written.
 */
export function withPurposes(
  texts: Texts,
  categories: readonly CategoryView[],
  locale: string,
): Texts {
  const purposes = listOf(
    categories.filter((c) => !c.locked).map((c) => c.title),
    locale,
  )
  const filled = { ...texts }
  for (const key of ['description', 'noticeText', 'optOutText'] as const) {
    filled[key] = texts[key].replace('{purposes}', purposes)
  }
  return filled
}
