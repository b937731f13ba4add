import { type ConsentOptions, createConsent, type Integration } from '@assent/core'
import { lazyWidget, whenParsed } from '../src/lazy-widget'
import type { WidgetOptions } from '../src/types'
import { type AssentCommand, createAssentApi } from './assent-api'
import type { RenderDeclarations } from './declaration'
import { INTEGRATIONS } from './integrations'
import { outboxBeside, preloadOutbox } from './lazy-outbox'
import { loadBeside } from './load-beside'
import { listSection, readConfig, section } from './read-config'
import { scriptSha256Loader } from './script-sha256-loader'
import { scriptTextsLoader } from './script-texts-loader'
import { scriptButtonLoader, scriptUiLoader } from './script-ui-loader'

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
 * integrations, set up the widget (whose UI loads from assent-ui.js when needed), expose
 * `window.assent` and replay what was queued on it.
 * `script` is assent.js's own tag, captured before anything async (`currentScript` is gone
 * by then).
 */
export function start(script: HTMLScriptElement | null): void {
  const w = window as unknown as { assent?: unknown }
  const queued = w.assent
  // Another copy's API. Anything else that is not a queue (an element with id="assent", which
  // browsers expose as window.assent) is no reason not to start.
  if ((queued as { getConsent?: unknown } | undefined)?.getConsent) {
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

  const base = script?.src || location.href
  const nonce = script?.nonce || undefined
  const ui: WidgetOptions = {
    stylesheetUrl: new URL('assent.css', base).href,
    ...(nonce ? { nonce } : {}),
    ...section<WidgetOptions>(config, 'ui'),
  }
  const loadUi = scriptUiLoader(base, ui.nonce)
  outboxBeside(base, ui.nonce)
  // No consent cookie: a first visit, the banner is due. Its UI starts downloading now, while
  // the engine starts; with a cookie, the engine's verdict decides (src/lazy-widget.ts).
  const cookie = (config.cookie as { name?: string } | undefined)?.name ?? 'assent'
  if (ui.autoShow !== false && !`; ${document.cookie}`.includes(`; ${cookie}=`)) void loadUi()
  // A config block that cannot be read: not the site's categories, policy or collector, so
  // the engine is inert (one more error: "invalid option options") rather than asking for
  // consent it could neither describe nor prove.
  const consent = createConsent((config.invalid ? null : options) as ConsentOptions)

  let emit: ReturnType<typeof createAssentApi>['emit'] = () => {}
  const loaders = {
    texts: scriptTextsLoader(base, ui.nonce),
    sha256: scriptSha256Loader(base, ui.nonce),
  }
  // The banner and dialog (assent-ui.js) load only when needed: when the visitor must decide
  // (then the download has begun above), opens the settings, or calls a method that shows them.
  const widget = lazyWidget(
    consent,
    ui,
    loaders,
    loadUi,
    // The floating button comes from assent-button.js, when it is first wanted.
    scriptButtonLoader(base, ui.nonce),
    (event, what) => {
      // A decision may follow: its receipt then leaves at once, as with the outbox in the boot.
      if (event === 'show' && config.collector) preloadOutbox()
      emit(event, what)
    },
  )
  // A cookie declaration on the page (`[data-assent-declaration]`): assent-declaration.js,
  // loaded only then, draws it.
  whenParsed(() => {
    if (document.querySelector('[data-assent-declaration]'))
      void loadBeside(
        base,
        'assent-declaration.js',
        () => (self as { assentDeclaration?: RenderDeclarations }).assentDeclaration,
        ui.nonce,
        0,
      ).then((render) => {
        if (render) void render(consent, ui, loaders.texts, config)
        else console.error('Assent: assent-declaration.js could not be loaded.')
      })
  })
  const made = createAssentApi(consent, widget)
  emit = made.emit
  w.assent = made.api
  if (Array.isArray(queued)) made.api.push(...(queued as AssentCommand[]))
  made.emit('ready', made.api)
}
