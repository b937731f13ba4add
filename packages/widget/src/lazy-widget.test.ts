// lazyWidget: the views load only when needed, calls wait for them, a failed load retries.
import { type TestConsentOptions, testConsent } from '@assent/core'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { createWidget } from './create-widget'
import { floatingButton } from './floating-button'
import { loadBuiltinTexts } from './i18n/load-builtin-texts'
import { type CreateWidget, lazyWidget } from './lazy-widget'
import { loadSha256 } from './load-sha256'
import type { WidgetHandle, WidgetOptions } from './types'

/** The real engine, in memory (core's testConsent). */
const engine = (options?: TestConsentOptions) => testConsent(options).consent
const loaders = { texts: loadBuiltinTexts, sha256: loadSha256 }
const button = () => Promise.resolve(floatingButton)
let widget: WidgetHandle | undefined

/** A load function that counts its calls and answers when `release` is called. */
function heldViews(views: CreateWidget | undefined = createWidget) {
  let release = () => {}
  const load = vi.fn(
    () =>
      new Promise<CreateWidget | undefined>((resolve) => {
        release = () => resolve(views)
      }),
  )
  return { load, release: () => release() }
}

const shadow = () => document.querySelector('assent-ui')?.shadowRoot
const settle = () => new Promise((resolve) => setTimeout(resolve, 20))
/** The floating button, once drawn (it waits for an idle moment after parsing). */
const drawnFab = () =>
  vi.waitFor(() => shadow()!.querySelector<HTMLButtonElement>('.a-fab') ?? Promise.reject())
/** Long enough for an idle callback (or its 50 ms fallback) to have drawn the button. */
const idleOver = () => new Promise((resolve) => setTimeout(resolve, 150))

function start(
  consent = engine(),
  load: () => Promise<CreateWidget | undefined> = heldViews().load,
  options: WidgetOptions = {},
) {
  widget = lazyWidget(consent, options, loaders, load, button)
  return widget
}

describe('lazyWidget', () => {
  afterEach(() => {
    widget?.destroy()
    widget = undefined
    document.body.innerHTML = ''
    vi.restoreAllMocks()
  })

  test('loads the views at once when the visitor must decide, and shows the banner', async () => {
    const { load, release } = heldViews()
    const handle = start(engine(), load)
    expect(load).toHaveBeenCalledTimes(1)
    release()
    await settle()
    await handle.ready
    expect(shadow()?.querySelector('.a-banner')).toBeTruthy()
  })

  test('a returning visitor with a settings link loads nothing until it is clicked', async () => {
    document.body.innerHTML = '<a href="/privacy" data-assent-open>Cookie settings</a>'
    const { load, release } = heldViews()
    start(engine({ decided: { essential: true, analytics: true } }), load)
    await settle()
    expect(load).not.toHaveBeenCalled()
    document.querySelector('a')!.click()
    expect(load).toHaveBeenCalledTimes(1)
    release()
    await vi.waitFor(() => expect(shadow()?.querySelector('.a-dialog')).toBeTruthy())
    expect(shadow()?.querySelector('.a-banner')).toBeNull()
  })

  test('without a settings link it draws the floating button itself; the views load on its click', async () => {
    const { load, release } = heldViews()
    start(engine({ decided: { essential: true, analytics: false, preference: true } }), load)
    const fab = await drawnFab()
    expect(fab.localName).toBe('button')
    expect(fab.getAttribute('aria-label')).toBe('Cookie settings')
    expect(fab.getAttribute('part')).toBe('floating-button')
    expect(load).not.toHaveBeenCalled()
    fab.focus()
    fab.click()
    expect(load).toHaveBeenCalledTimes(1)
    release()
    const root = shadow()!
    await vi.waitFor(() => expect(root.activeElement?.id).toBe('a-pt'))
    expect(
      root.querySelector('[aria-labelledby="a-c-preference"]')!.getAttribute('aria-checked'),
    ).toBe('true')
    // Hidden while the dialog is open; back, and focused again, once it closes.
    expect(fab.isConnected).toBe(false)
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    expect(root.querySelector('.a-dialog')).toBeNull()
    expect(root.activeElement).toBe(fab)
    expect(root.querySelectorAll('.a-fab')).toHaveLength(1)
  })

  test("the floating button is named in the page's language, and a site's own text wins", async () => {
    document.documentElement.lang = 'zh-HK'
    start(engine({ decided: { essential: true } }))
    let fab = await drawnFab()
    expect(fab.getAttribute('aria-label')).toBe('Cookie 設定')
    expect(fab.getAttribute('lang')).toBe('zh-Hant')
    widget!.destroy()
    start(engine({ decided: { essential: true } }), undefined, {
      lang: 'sv',
      texts: { sv: { settings: 'Kakinställningar' } },
    })
    fab = await drawnFab()
    expect(fab.getAttribute('aria-label')).toBe('Kakinställningar')
    expect(fab.getAttribute('title')).toBe('Kakinställningar')
    document.documentElement.lang = ''
  })

  test('no floating button while the banner is due, with a settings link, or when switched off', async () => {
    start(engine())
    await idleOver()
    expect(shadow()?.querySelector('.a-fab') ?? null).toBeNull()
    widget!.destroy()
    document.body.innerHTML = '<a data-assent-open>Cookie settings</a>'
    start(engine({ decided: { essential: true } }))
    await idleOver()
    expect(document.querySelector('assent-ui')).toBeNull() // nothing drawn, no element made
    widget!.destroy()
    document.body.innerHTML = ''
    start(engine({ decided: { essential: true } }), undefined, { floatingButton: false })
    await idleOver()
    expect(document.querySelector('assent-ui')).toBeNull()
  })

  test('after a choice in the banner the floating button appears, in the one <assent-ui>', async () => {
    const consent = engine()
    start(consent, () => Promise.resolve(createWidget))
    await vi.waitFor(() => expect(shadow()?.querySelector('.a-banner')).toBeTruthy())
    expect(shadow()!.querySelector('.a-fab')).toBeNull()
    await idleOver()
    consent.rejectAll()
    expect(shadow()!.querySelector('.a-banner')).toBeNull()
    expect(shadow()!.querySelector('.a-fab')).toBeTruthy()
    expect(document.querySelectorAll('assent-ui')).toHaveLength(1)
  })

  test('calls made before the views arrive run when they do', async () => {
    document.body.innerHTML = '<a data-assent-open>Cookie settings</a>'
    const { load, release } = heldViews()
    const handle = start(engine({ decided: { essential: true } }), load)
    handle.showPreferences()
    await settle()
    expect(shadow()).toBeFalsy()
    release()
    await vi.waitFor(() => expect(shadow()?.querySelector('.a-dialog')).toBeTruthy())
  })

  test('views that cannot load: nothing is shown, the next call tries again', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const load = vi.fn(() => Promise.resolve(undefined))
    const handle = start(engine(), load)
    await settle()
    expect(shadow()).toBeFalsy()
    handle.show()
    await settle()
    expect(load).toHaveBeenCalledTimes(2)
    expect(error).not.toHaveBeenCalled() // saying so is the loader's job (script-ui-loader.ts)
  })

  test('becoming undecided again (reset) loads the views and shows the banner', async () => {
    document.body.innerHTML = '<a data-assent-open>Cookie settings</a>'
    const consent = engine({ decided: { essential: true } })
    const load = vi.fn(() => Promise.resolve(createWidget))
    start(consent, load)
    await settle()
    expect(load).not.toHaveBeenCalled()
    consent.reset()
    await vi.waitFor(() => expect(shadow()?.querySelector('.a-banner')).toBeTruthy())
  })

  test("the widget's reactions keep their place before later listeners (hide, then change)", async () => {
    const consent = engine()
    const events: string[] = []
    const load = () => Promise.resolve(createWidget)
    widget = lazyWidget(consent, {}, loaders, load, button, (event, what) =>
      events.push(`${event}:${what}`),
    )
    consent.onChange((state) => events.push(`change:${state.status}`))
    await vi.waitFor(() => expect(events).toContain('show:banner'))
    consent.acceptAll()
    expect(events).toEqual(['show:banner', 'hide:banner', 'change:decided'])
  })

  test('destroy before the views arrive: nothing is mounted', async () => {
    const { load, release } = heldViews()
    start(engine(), load).destroy()
    release()
    await settle()
    expect(document.querySelector('assent-ui')).toBeNull()
  })
})
