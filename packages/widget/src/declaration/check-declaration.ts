import type { CategoryOptions } from '@assent/core'

// biome-ignore lint/suspicious/noExplicitAny: the config arrives untyped from pages; the checks below type it
type Rec = Record<string, any>

const isText = (value: unknown) => typeof value === 'string' && value.trim() !== ''
/** One string, or one per language: `{ en: '…', de: '…' }`. */
const isLocalized = (value: unknown) =>
  isText(value) ||
  (!!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value).length > 0 &&
    Object.values(value).every(isText))
/** http(s) or relative, parsed as a browser would (` javascript:` and `java\tscript:` fail). */
const isUrl = (value: unknown) => {
  try {
    return isText(value) && /^https?:$/.test(new URL(value as string, 'http://a').protocol)
  } catch {
    return false
  }
}
const isLifetime = (value: unknown) =>
  (typeof value === 'number' && value > 0 && value < 1e6) || isLocalized(value)

/** What each declared field must be, for the console error in development builds. */
export const DECLARATION_HINTS: Record<string, string> = {
  name: 'must be text',
  provider: 'must be text',
  purpose: 'must be text, or text per language ({ "en": "…" })',
  title: 'must be text, or text per language ({ "en": "…" })',
  description: 'must be text, or text per language ({ "en": "…" })',
  policyUrl: 'must be an http(s) or relative URL',
  lifetime: 'must be "session", a number of days > 0, or text ("2 years", { "en": "…" })',
  services: 'must be a list of { id, name, provider, purpose, policyUrl, cookies }',
  cookies: 'must be a list of names or { name, provider, purpose, lifetime }',
}

/**
 * The first field of `categories` (the `categories` option, or an engine's) that a cookie
 * declaration cannot show truthfully, as a path (`categories.analytics.services.ga.cookies._ga.lifetime`),
 * or undefined when every field is fine. Absent fields are fine: the table leaves the cell empty.
 */
export function checkDeclaration(
  categories: ReadonlyArray<string | CategoryOptions> | undefined,
): string | undefined {
  const optional = (o: Rec, field: string, check: (value: unknown) => boolean) =>
    o[field] === undefined || check(o[field])
  for (const item of Array.isArray(categories) ? categories : []) {
    if (typeof item === 'string') continue
    const c: Rec = item ?? {}
    const at = `categories.${c.id}`
    for (const field of ['title', 'description']) {
      if (!optional(c, field, isLocalized)) return `${at}.${field}`
    }
    if (!optional(c, 'services', Array.isArray)) return `${at}.services`
    for (const s of (c.services ?? []) as Rec[]) {
      const sat = `${at}.services.${s?.id}`
      if (!s || !isText(s.name)) return `${sat}.name`
      if (!optional(s, 'provider', isText)) return `${sat}.provider`
      if (!optional(s, 'purpose', isLocalized)) return `${sat}.purpose`
      if (!optional(s, 'policyUrl', isUrl)) return `${sat}.policyUrl`
      if (!optional(s, 'cookies', Array.isArray)) return `${sat}.cookies`
      for (const k of (s.cookies ?? []) as Array<string | Rec>) {
        if (typeof k === 'string' && isText(k)) continue
        const cookie: Rec = typeof k === 'object' && k ? k : {}
        const kat = `${sat}.cookies.${cookie.name ?? k}`
        if (!isText(cookie.name)) return `${kat}.name`
        if (!optional(cookie, 'provider', isText)) return `${kat}.provider`
        if (!optional(cookie, 'purpose', isLocalized)) return `${kat}.purpose`
        if (!optional(cookie, 'lifetime', isLifetime)) return `${kat}.lifetime`
      }
    }
  }
  return undefined
}

/** Logs the bad field of `checkDeclaration`, with what it must be in development builds. */
export function reportDeclaration(field: string): void {
  const hint =
    process.env.NODE_ENV !== 'production' ? ` ${DECLARATION_HINTS[field.split('.').pop()!]}` : ''
  console.error(`Assent: invalid option "${field}"${hint}; the cookie declaration is not shown.`)
}
