/** The script tag's configuration: the JSON block's shape (docs/script-tag.md). */
export interface ScriptConfig {
  [section: string]: unknown
}

// attribute → JSON path (docs/script-tag.md, "Attributes"). Attributes win over the JSON block.
const ATTRIBUTES: Array<[string, string, string]> = [
  ['data-site', 'collector', 'siteId'],
  ['data-collector', 'collector', 'url'],
  ['data-policy-url', 'policy', 'url'],
  ['data-policy-version', 'policy', 'version'],
  ['data-lang', 'ui', 'lang'],
  ['data-ga', 'googleAnalytics', 'measurementId'],
  ['data-matomo-url', 'matomo', 'url'],
  ['data-matomo-site', 'matomo', 'siteId'],
]

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v)

/**
 * Reads `<script type="application/json" data-assent-config>` (if any) and lays the
 * attributes of assent.js's own tag over it. Not a JSON object → one console.error and the
 * attributes alone, so the page still gets the safest behaviour.
 */
export function readConfig(script: HTMLScriptElement | null): ScriptConfig {
  let config: ScriptConfig = {}
  const block = document.querySelector('script[data-assent-config]')
  const text = block?.textContent?.trim()
  if (text) {
    try {
      const parsed: unknown = JSON.parse(text)
      if (!isObject(parsed)) throw parsed // logged below: the value that is not an object
      config = parsed
    } catch (problem) {
      console.error('Assent: the data-assent-config block is not a JSON object; ignored.', problem)
    }
  }
  for (const [attribute, section, field] of ATTRIBUTES) {
    const value = script?.getAttribute(attribute)
    if (value == null) continue
    const current = config[section]
    config[section] = { ...(isObject(current) ? current : {}), [field]: value }
  }
  // The visitor's region, written by the site's server (its CDN's country header): `HK`, `US-CA`.
  const region = script?.getAttribute('data-region')
  if (region != null) config.region = region
  return config
}

/** A config section if it is an object, else undefined (with an error when it is something else). */
export function section<T>(config: ScriptConfig, name: string): T | undefined {
  const value = config[name]
  if (value === undefined) return undefined
  if (isObject(value)) return value as T
  console.error(`Assent: config.${name} must be an object; ignored.`)
  return undefined
}
