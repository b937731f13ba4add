import { INTEGRATIONS } from './integrations'

/** The script tag's configuration: the JSON block's shape (docs/script-tag.md). */
export interface ScriptConfig {
  [section: string]: unknown
}

// Sections that take `data-*` attributes of assent.js's own tag (docs/script-tag.md,
// "Attributes"), then the integrations' from their table. Attributes win over the JSON block.
const SECTIONS: Array<{ key: string; attributes?: Record<string, string> }> = [
  { key: 'collector', attributes: { 'data-site': 'siteId', 'data-collector': 'url' } },
  { key: 'policy', attributes: { 'data-policy-url': 'url', 'data-policy-version': 'version' } },
  { key: 'ui', attributes: { 'data-lang': 'lang' } },
  ...INTEGRATIONS,
]

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v)

/**
 * Reads `<script type="application/json" data-assent-config>` (if any) and lays the
 * attributes of assent.js's own tag over it. Not a JSON object → one console.error and
 * `invalid: true`: the engine starts inert (DESIGN: a bad config runs nothing optional), as it
 * would with defaults that are not the site's categories, policy or collector.
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
      console.error(
        'Assent: the data-assent-config block is not a JSON object, so nothing optional runs.',
        problem,
      )
      config.invalid = true
    }
  }
  for (const { key, attributes } of SECTIONS) {
    for (const attribute in attributes) {
      const value = script?.getAttribute(attribute)
      if (value == null) continue
      const current = config[key]
      config[key] = { ...(isObject(current) ? current : {}), [attributes[attribute]!]: value }
    }
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

/** A config section that holds a list, else [] (with an error when it is something else). */
export function listSection<T>(config: ScriptConfig, name: string): T[] {
  const value = config[name]
  if (value === undefined) return []
  if (Array.isArray(value)) return value as T[]
  console.error(`Assent: config.${name} must be a list; ignored.`)
  return []
}
