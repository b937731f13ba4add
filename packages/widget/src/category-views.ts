import type { Category, CookieInfo } from '@assent/core'
import { formatLifetime } from './declaration/format-lifetime'
import { localize } from './i18n/localize'
import type { Texts } from './types'

/** A cookie as the dialog lists it. */
export interface CookieView {
  name: string
  provider?: string | undefined
  purpose?: string | undefined
  lifetime?: string | undefined
}

/** A service as the dialog lists it. */
export interface ServiceView {
  name: string
  provider?: string | undefined
  purpose?: string | undefined
  policyUrl?: string | undefined
  cookies: CookieView[]
}

/** A category with its texts in the shown language. */
export interface CategoryView {
  id: string
  locked: boolean
  title: string
  description: string
  services: ServiceView[]
}

/**
 * Resolves what the dialog shows for each category: the site's own title and description
 * first, else the widget's translation for built-in ids, else the id.
 */
export function categoryViews(
  categories: readonly Category[],
  texts: Texts,
  locale: string,
): CategoryView[] {
  return categories.map((c) => {
    const builtIn = texts.categories[c.id]
    return {
      id: c.id,
      locked: c.locked,
      title: localize(c.title, locale) ?? builtIn?.title ?? c.id,
      description: localize(c.description, locale) ?? builtIn?.description ?? '',
      services: c.services.map((s) => ({
        name: s.name,
        provider: s.provider,
        purpose: localize(s.purpose, locale),
        policyUrl: s.policyUrl,
        cookies: (s.cookies as ReadonlyArray<CookieInfo | string>).map((c) => {
          const k = typeof c === 'string' ? { name: c } : c
          return {
            name: k.name,
            provider: k.provider,
            purpose: localize(k.purpose, locale),
            lifetime: formatLifetime(k.lifetime, texts, locale),
          }
        }),
      })),
    }
  })
}
