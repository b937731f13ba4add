import type { CategoryView } from '../category-views'
import type { Texts } from '../types'
import { formatLifetime } from './format-lifetime'

/** Assent's own cookie, as configured (`cookie.name`, `lifetimeDays`); `false` leaves it out. */
export type ConsentCookieInfo =
  | { name?: string | undefined; lifetimeDays?: number | undefined }
  | false

/**
 * The categories as the declaration lists them: the dialog's views, with the consent cookie
 * (which Assent itself sets, essential) added to `essential` unless the site lists it already.
 * The lifetime is capped at 395 days, as the engine caps it.
 */
export function declarationViews(
  categories: CategoryView[],
  texts: Texts,
  locale: string,
  consentCookie: ConsentCookieInfo = {},
): CategoryView[] {
  if (!consentCookie) return categories
  const name = consentCookie.name ?? 'assent'
  const listed = categories.some((c) =>
    c.services.some((s) => s.cookies.some((k) => k.name === name)),
  )
  return categories.map((c) =>
    c.id !== 'essential' || listed
      ? c
      : {
          ...c,
          services: [
            {
              name: texts.settings,
              provider: location.hostname,
              cookies: [
                {
                  name,
                  purpose: texts.consentCookie,
                  lifetime: formatLifetime(
                    Math.min(consentCookie.lifetimeDays ?? 182, 395),
                    texts,
                    locale,
                  ),
                },
              ],
            },
            ...c.services,
          ],
        },
  )
}
