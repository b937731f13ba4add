import { type ConsentOptions, createConsent, type Integration } from '@assent/core'
import { createWidget } from '../src/create-widget'
import type { WidgetOptions } from '../src/types'
import { type AssentCommand, createAssentApi } from './assent-api'
import { INTEGRATIONS } from './integrations'
import { listSection, readConfig, section } from './read-config'
import { scriptSha256Loader } from './script-sha256-loader'
import { scriptTextsLoader } from './script-texts-loader'

const CORE_OPTIONS = [
  'categories',
  'policy',
  'revision',
  'lifetimeDays',
  'cookie',
  'signals',
  'collector',
  'jurisdictions',
  'region',
]

/**
 * What assent.js does when it runs: read the config, create the engine with the configured
 * integrations, mount the widget, expose `window.assent` and replay what was queued on it.
 * `script` is assent.js's own tag, captured before anything async (`currentScript` is gone
 * by then).
 */
export function start(script: HTMLScriptElement | null): void {
  const w = window as unknown as { assent?: unknown }
  const queued = w.assent
  if (queued && !Array.isArray(queued)) {
    console.error('Assent: assent.js is loaded twice; this copy does nothing.')
    return
  }
  const config = readConfig(script)
  const integrations: Integration[] = INTEGRATIONS.flatMap(({ key, list, create }) => {
    if (list) return listSection<never>(config, key).map(create)
    const options = section<never>(config, key)
    return options ? [create(options)] : []
  })
  const collector = section<{ url?: unknown }>(config, 'collector')
  if (collector && !collector.url) {
    // A site id alone (data-site without data-collector) must not switch the engine to its
    // invalid-config mode: drop it, say so, and keep the banner working.
    console.error('Assent: no collector.url (data-collector), so no receipts are sent.')
    delete config.collector
  }
  const options: Record<string, unknown> = { integrations }
  for (const key of CORE_OPTIONS) if (config[key] !== undefined) options[key] = config[key]
  const consent = createConsent(options as ConsentOptions)

  const base = script?.src || location.href
  const nonce = script?.nonce || undefined
  const ui: WidgetOptions = {
    stylesheetUrl: new URL('assent.css', base).href,
    ...(nonce ? { nonce } : {}),
    ...section<WidgetOptions>(config, 'ui'),
  }
  let emit: ReturnType<typeof createAssentApi>['emit'] = () => {}
  const loaders = {
    texts: scriptTextsLoader(base, ui.nonce),
    sha256: scriptSha256Loader(base, ui.nonce),
  }
  const widget = createWidget(consent, ui, loaders, (event, what) => emit(event, what))
  const made = createAssentApi(consent, widget)
  emit = made.emit
  w.assent = made.api
  if (Array.isArray(queued)) made.api.push(...(queued as AssentCommand[]))
  made.emit('ready', made.api)
}
