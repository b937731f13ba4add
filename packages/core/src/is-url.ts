/**
 * A link target the page may show or load: http(s) or relative. Parsed as a browser would
 * (leading spaces and inner tabs are dropped), so `javascript:`, ` javascript:` or
 * `java\tscript:` fail.
 */
export const isUrl = (value: unknown): boolean | undefined => {
  try {
    return (
      typeof value === 'string' &&
      /./.test(value) &&
      /^https?:$/.test(new URL(value, 'http://a').protocol)
    )
  } catch {}
}
