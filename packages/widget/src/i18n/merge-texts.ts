import type { CategoryTexts, TextOverrides, Texts } from '../types'

/**
 * Lays a site's overrides over a language's texts. Values that are not strings are dropped
 * with one console.error naming them, so a typo in the config never breaks the banner.
 */
export function mergeTexts(base: Texts, overrides: TextOverrides | undefined, lang: string): Texts {
  if (!overrides || typeof overrides !== 'object') return base
  const merged: Record<string, unknown> = { ...base }
  const categories: Record<string, CategoryTexts> = { ...base.categories }
  const bad: string[] = []
  for (const [key, value] of Object.entries(overrides)) {
    if (key === 'categories' && value && typeof value === 'object') {
      for (const [id, texts] of Object.entries(value as Record<string, Partial<CategoryTexts>>)) {
        const current = categories[id] ?? { title: id, description: '' }
        const next = { ...current }
        for (const field of ['title', 'description'] as const) {
          const given = texts?.[field]
          if (typeof given === 'string') next[field] = given
          else if (given !== undefined) bad.push(`categories.${id}.${field}`)
        }
        categories[id] = next
      }
    } else if (typeof value === 'string') merged[key] = value
    else bad.push(key)
  }
  if (bad.length)
    console.error(`Assent: ui.texts.${lang}: ${bad.join(', ')} must be text; ignored.`)
  return { ...(merged as unknown as Texts), categories }
}
