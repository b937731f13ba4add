import { afterEach, describe, expect, test, vi } from 'vitest'
import { createWidget } from './create-widget'
import { loadBuiltinTexts } from './i18n/load-builtin-texts'
import { testConsent } from './test-consent'
import type { WidgetHandle, WidgetOptions } from './types'

let widget: WidgetHandle | undefined

function cleanUp() {
  widget?.destroy()
  widget = undefined
  document.body.innerHTML = ''
  document.documentElement.lang = ''
  vi.restoreAllMocks()
}

async function mount(consent = testConsent(), options: WidgetOptions = {}) {
  widget = createWidget(consent, options, loadBuiltinTexts)
  await widget.ready
  const root = document.querySelector('assent-ui')!.shadowRoot!
  const $ = <T extends Element = HTMLElement>(s: string) => root.querySelector<T>(s)
  const button = (name: string, scope = '') =>
    [...root.querySelectorAll<HTMLButtonElement>(`${scope} button`)].find(
      (b) => b.textContent === name || b.getAttribute('aria-label') === name,
    )!
  const sw = (id: string) => root.querySelector<HTMLButtonElement>(`[aria-labelledby="a-c-${id}"]`)!
  return { consent, root, $, button, sw }
}

const key = (k: string, init: KeyboardEventInit = {}) =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...init }))

/** The controller's behaviour; run once with Preact and once with the tiny renderer. */
export function widgetSuite(renderer: string) {
  describe(`createWidget (${renderer})`, () => {
    afterEach(cleanUp)

    test('shows a labelled banner region with the three choices while undecided', async () => {
      const { $, button } = await mount()
      const banner = $('.a-banner')!
      expect(banner.getAttribute('role')).toBe('region')
      expect($(`#${banner.getAttribute('aria-labelledby')}`)!.textContent).toBe(
        'Cookies on this site',
      )
      expect(button('Accept all').className).toBe(button('Reject all').className)
      expect(button('Customise')).toBeTruthy()
      expect($<HTMLAnchorElement>('.a-banner a')!.href).toBe('https://www.shop.test/privacy')
    })

    test('records Accept all and Reject all from the banner and hides it', async () => {
      const { consent, $, button } = await mount()
      button('Reject all').click()
      expect(consent.decisions).toEqual([
        {
          choices: { essential: true, analytics: false, preference: false },
          options: { source: 'banner' },
        },
      ])
      expect($('.a-banner')).toBeNull()
      consent.reset()
      expect($('.a-banner')).not.toBeNull()
      button('Accept all').click()
      expect(consent.decisions[1]!.choices).toEqual({
        essential: true,
        analytics: true,
        preference: true,
      })
    })

    test('hides the banner when the decision comes from elsewhere (API, another tab)', async () => {
      const { consent, $ } = await mount()
      consent.acceptAll({ source: 'api' })
      expect($('.a-banner')).toBeNull()
    })

    test('does not show the banner once a decision exists, but shows the floating button', async () => {
      const { $ } = await mount(
        testConsent({ decided: { essential: true, analytics: true, preference: false } }),
      )
      expect($('.a-banner')).toBeNull()
      expect($('.a-fab')!.getAttribute('aria-label')).toBe('Cookie settings')
    })

    test('saves the switches chosen in the dialog, with essential locked on', async () => {
      const { consent, $, button, sw } = await mount()
      button('Customise').click()
      expect($('.a-dialog')!.getAttribute('aria-modal')).toBe('true')
      expect(sw('essential').getAttribute('aria-checked')).toBe('true')
      expect(sw('essential').getAttribute('aria-disabled')).toBe('true')
      sw('essential').click()
      expect(sw('essential').getAttribute('aria-checked')).toBe('true')
      expect(sw('analytics').getAttribute('aria-checked')).toBe('false')
      sw('analytics').click()
      expect(sw('analytics').getAttribute('aria-checked')).toBe('true')
      button('Save choices', '.a-dialog').click()
      expect(consent.decisions).toEqual([
        {
          choices: { essential: true, analytics: true, preference: false },
          options: { source: 'preferences' },
        },
      ])
      expect($('.a-dialog')).toBeNull()
      expect($('.a-banner')).toBeNull()
    })

    test('a site category without a description has no dangling aria-describedby', async () => {
      const consent = testConsent({
        categories: [
          { id: 'essential', locked: true, services: [] },
          { id: 'video', locked: false, title: { en: 'Videos', de: 'Videos' }, services: [] },
        ],
      })
      const { button, sw } = await mount(consent)
      button('Customise').click()
      expect(sw('video').getAttribute('aria-describedby')).toBeNull()
      expect(sw('essential').getAttribute('aria-describedby')).toBe('a-l-essential a-d-essential')
      expect(
        document.querySelector('assent-ui')!.shadowRoot!.querySelector('#a-c-video')!.textContent,
      ).toBe('Videos')
    })

    test('reopened, the dialog shows the current state', async () => {
      const { $, sw } = await mount(
        testConsent({ decided: { essential: true, analytics: false, preference: true } }),
      )
      $<HTMLButtonElement>('.a-fab')!.click()
      expect(sw('analytics').getAttribute('aria-checked')).toBe('false')
      expect(sw('preference').getAttribute('aria-checked')).toBe('true')
    })

    test('Esc, the close button and the backdrop close the dialog without recording anything', async () => {
      const { consent, $, button } = await mount()
      button('Customise').click()
      key('Escape')
      expect($('.a-dialog')).toBeNull()
      expect($('.a-banner')).not.toBeNull()
      button('Customise').click()
      button('Close').click()
      expect($('.a-dialog')).toBeNull()
      button('Customise').click()
      $<HTMLElement>('.a-shade')!.click()
      expect($('.a-dialog')).toBeNull()
      expect(consent.decisions).toEqual([])
    })

    test('focuses the dialog title on open and returns focus to the opener on close', async () => {
      const { root, button } = await mount()
      const customise = button('Customise')
      customise.focus()
      customise.click()
      expect(root.activeElement?.id).toBe('a-pt')
      key('Escape')
      expect(root.activeElement).toBe(customise)
    })

    test('keeps Tab inside the dialog', async () => {
      const { root, button } = await mount()
      button('Customise').click()
      const save = button('Save choices', '.a-dialog')
      save.focus()
      key('Tab')
      expect(root.activeElement).toBe(button('Close'))
      key('Tab', { shiftKey: true })
      expect(root.activeElement).toBe(save)
    })

    test('opens from any [data-assent-open] element, added before or after mounting', async () => {
      const { $ } = await mount(
        testConsent({ decided: { essential: true, analytics: false, preference: false } }),
      )
      const link = document.createElement('a')
      link.href = '#'
      link.setAttribute('data-assent-open', '')
      link.innerHTML = '<span>Cookie settings</span>'
      document.body.prepend(link)
      link.querySelector('span')!.dispatchEvent(new MouseEvent('click', { bubbles: true }))
      expect($('.a-dialog')).not.toBeNull()
    })

    test('says so when a GPC signal was honoured', async () => {
      const { $ } = await mount(testConsent({ honoredSignals: { gpc: true, dnt: false } }))
      expect($('.a-banner')).toBeNull()
      $<HTMLButtonElement>('.a-fab')!.click()
      expect($('.a-notice strong')!.textContent).toBe('Opt-Out Request Honored')
    })

    test('lists services and cookies with provider, purpose and lifetime', async () => {
      const { $, button } = await mount()
      button('Customise').click()
      const details = $('details')!
      expect(details.querySelector('summary')!.textContent).toBe('Services and cookies (1)')
      const row = [...details.querySelectorAll('tbody td')].map((td) => td.textContent)
      expect(row).toEqual(['_ga', '2 years', 'Tells visitors apart'])
    })

    test('renders texts as text, not markup', async () => {
      const { $ } = await mount(testConsent(), {
        texts: { en: { description: '<img src=x onerror=alert(1)>' } },
      })
      expect($('.a-text')!.textContent).toContain('<img src=x onerror=alert(1)>')
      expect($('.a-text img')).toBeNull()
    })

    test('hashes the shown texts when the page is idle, not during start-up', async () => {
      const { consent } = await mount()
      expect(consent.shownTexts).toEqual([])
      await vi.waitFor(() => expect(consent.shownTexts).toHaveLength(1), { timeout: 2000 })
      expect(consent.shownTexts[0]!.textHash).toMatch(/^[0-9a-f]{64}$/)
    })

    test('hands the text hash to the engine before the first decision at the latest', async () => {
      const { consent, button } = await mount()
      const seen: number[] = []
      consent.onChange(() => seen.push(consent.shownTexts.length))
      button('Reject all').click()
      expect(seen).toEqual([1])
    })

    test('tells the engine which texts it shows, with a stable hash', async () => {
      const first = testConsent()
      const one = await mount(first)
      one.button('Reject all').click()
      widget!.destroy()
      const second = testConsent()
      const two = await mount(second)
      two.button('Reject all').click()
      expect(first.shownTexts[0]!.locale).toBe('en')
      expect(first.shownTexts[0]!.textHash).toMatch(/^[0-9a-f]{64}$/)
      expect(second.shownTexts[0]).toEqual(first.shownTexts[0])
      widget!.destroy()
      const changed = testConsent()
      const three = await mount(changed, { texts: { en: { title: 'Cookies' } } })
      three.button('Reject all').click()
      expect(changed.shownTexts[0]!.textHash).not.toBe(first.shownTexts[0]!.textHash)
    })

    test('shows the page language, loaded on demand', async () => {
      document.documentElement.lang = 'ko'
      const { consent, button, $ } = await mount()
      expect(button('모두 거부')).toBeTruthy()
      expect($('.a-root')!.getAttribute('lang')).toBe('ko')
      button('모두 거부').click()
      expect(consent.shownTexts[0]!.locale).toBe('ko')
    })

    test('reports a bad option once and falls back to its default', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {})
      const { $ } = await mount(testConsent(), { layout: 'sidebar' as never, theme: 'dark' })
      expect(error).toHaveBeenCalledOnce()
      expect(error.mock.calls[0]![0]).toMatch(/ui\.layout/)
      expect($('.a-banner')!.getAttribute('data-layout')).toBe('box')
      expect($('.a-root')!.getAttribute('data-theme')).toBe('dark')
    })

    test('the modal layout is a modal dialog that takes focus', async () => {
      const { root, $ } = await mount(testConsent(), { layout: 'modal' })
      expect($('.a-banner')!.getAttribute('role')).toBe('dialog')
      expect(root.activeElement?.id).toBe('a-t')
    })

    test('destroy removes the widget and its listeners', async () => {
      const { consent } = await mount()
      widget!.destroy()
      expect(document.querySelector('assent-ui')).toBeNull()
      consent.reset()
      key('Escape')
      expect(document.querySelector('assent-ui')).toBeNull()
    })
  })
}
