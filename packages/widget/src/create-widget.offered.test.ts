// createWidget says only what is true of the site and the visitor's profile: the banner
// names the purposes of the categories offered, a signal's note the categories it took away,
// and a site with nothing optional has no banner at all.
import { type CategoryOptions, createConsent, memoryStorage, type ShownTexts } from '@assent/core'
import { textHash } from '@assent/receipt'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { cleanUp, mount, widget } from './create-widget.harness'
import type { WidgetOptions } from './types'

type Offered = ReadonlyArray<string | CategoryOptions>
const site = (
  region: string,
  categories: Offered,
  signals = { gpc: false, dnt: false },
  storage?: ReturnType<typeof memoryStorage>,
) =>
  createConsent({
    ...(storage && { storage }),
    categories: categories as never,
    policy: { version: '1', url: 'https://www.shop.test/privacy' },
    jurisdictions: { EEA: 'opt-in', HK: 'notice', 'US-OPT-OUT': 'opt-out' },
    region,
    gating: false,
    readSignals: () => signals,
  })
const open = (
  region: string,
  categories: Offered,
  signals?: { gpc: boolean; dnt: boolean },
  options: WidgetOptions = {},
) => mount({ consent: site(region, categories, signals) } as never, options)
const tick = () => new Promise((resolve) => setTimeout(resolve))
const gpc = { gpc: true, dnt: false }

describe('createWidget tells what the site offers', () => {
  afterEach(cleanUp)

  test('the banner texts name the purposes of the optional categories offered; a site’s own text wins', async () => {
    const optIn = await open('FR', ['analytics', 'preference'])
    expect(optIn.$('.a-banner .a-text')!.textContent).toBe(
      'We use essential cookies to make this site work. With your permission we would also like to use optional cookies for Analytics and Preferences. You can change your choice at any time. Privacy policy',
    )
    cleanUp()
    const optOut = await open('US-CA', ['analytics', 'preference'])
    expect(optOut.$('.a-banner .a-text')!.textContent).toBe(
      'We use cookies to make this site work and for Analytics and Preferences. You can opt out at any time. Privacy policy',
    )
    cleanUp()
    const notice = await open('HK', ['analytics'], undefined, { lang: 'de' })
    expect(notice.$('.a-banner .a-text')!.textContent).toMatch(
      /^Wir verwenden Cookies, damit diese Website funktioniert, und für Statistik\. /,
    )
    cleanUp()
    // A site's own text is shown as written.
    const own = await open('US-CA', ['analytics', 'marketing'], undefined, {
      texts: { en: { optOutText: 'We count visits and show ads.' } },
    })
    expect(own.$('.a-banner .a-text')!.textContent).toBe(
      'We count visits and show ads. Privacy policy',
    )
  })

  test.each([
    ['US-CA', 'a US opt-out'],
    ['HK', 'the Hong Kong notice'],
  ])('under %s (%s) the GPC note names marketing only; analytics stays on', async (region) => {
    const { $, sw } = await open(region, ['analytics', 'marketing'], gpc)
    widget!.showPreferences()
    await tick()
    expect($('.a-dialog .a-notice')!.textContent).toBe(
      'Opt-Out Request HonoredYour browser sent a Global Privacy Control signal, so we switched off Marketing. You can still change this here.',
    )
    expect(sw('analytics').getAttribute('aria-checked')).toBe('true')
    expect(sw('marketing').getAttribute('aria-checked')).toBe('false')
  })

  test('the note lists what the signal took away in the page language', async () => {
    const { $ } = await open(
      'DE',
      ['analytics', 'preference'],
      { gpc: false, dnt: true },
      { lang: 'de' },
    )
    expect($('.a-banner .a-notice')!.textContent).toBe('Do Not Track berücksichtigt')
    widget!.showPreferences()
    await tick()
    expect($('.a-dialog .a-notice')!.textContent).toContain(
      'daher haben wir Statistik ausgeschaltet.',
    )
  })

  test('a visitor who switched marketing on despite the signal is not told it is off', async () => {
    const { $, consent } = await open('US-CA', ['analytics', 'marketing'], gpc)
    consent.decide({ marketing: true }, { source: 'preferences' })
    widget!.showPreferences()
    await tick()
    expect($('.a-dialog .a-notice')).toBeNull()
  })

  test('the texts a decision reports hold the signal note as it was on screen', async () => {
    const consent = site('US-CA', ['analytics', 'marketing'], gpc, memoryStorage())
    const reported: ShownTexts[] = []
    const report = consent.setShownTexts
    vi.spyOn(consent, 'setShownTexts').mockImplementation((shown) => {
      reported.push(shown)
      report(shown)
    })
    // What the engine holds when a decision is made is what its receipt names.
    const atDecision: Array<ShownTexts | undefined> = []
    consent.onChange(() => atDecision.push(reported.at(-1)))
    const { button, sw } = await mount({ consent } as never)
    const bundleAtDecision = async (decide: () => void) => {
      decide()
      await tick()
      const last = atDecision.at(-1)!
      expect(await last.textHash).toBe(await textHash(last.bundle!))
      return last.bundle!
    }
    widget!.showPreferences()
    await tick()
    sw('marketing').click()
    const saved = await bundleAtDecision(() => button('Save choices').click())
    expect(saved.signal).toEqual({
      label: 'Opt-Out Request Honored',
      text: 'Your browser sent a Global Privacy Control signal, so we switched off Marketing. You can still change this here.',
    })
    expect(consent.$consent.get().choices.marketing).toBe(true)
    // Marketing is on now: the dialog shows no note, and the next decision's texts hold none.
    widget!.showPreferences()
    await tick()
    const rejected = await bundleAtDecision(() => button('Reject all').click())
    expect(rejected.signal).toBeUndefined()
    expect(await atDecision.at(-1)!.textHash).not.toBe(await textHash(saved))
  })

  test('a signal that takes away nothing the site offers is not noted as honoured', async () => {
    // No marketing: under opt-out GPC has nothing to switch off, and the banner still asks.
    const { $ } = await open('US-CA', ['analytics', 'preference'], gpc)
    expect($('.a-banner')!.dataset.variant).toBe('opt-out')
    expect($('.a-banner .a-notice')).toBeNull()
    widget!.showPreferences()
    await tick()
    expect($('.a-dialog')).not.toBeNull()
    expect($('.a-dialog .a-notice')).toBeNull()
  })

  test.each(['FR', 'HK', 'US-CA'])(
    'a site with nothing optional shows no banner in %s and records nothing; its settings still list the essential cookies',
    async (region) => {
      const essential = {
        id: 'essential',
        services: [
          { id: 'shop', name: 'Shop', cookies: [{ name: 'session_id', lifetime: 'session' }] },
        ],
      }
      const { $, consent } = await open(region, [essential], gpc)
      await tick()
      expect($('.a-banner')).toBeNull()
      expect(consent.$consent.get().status).toBe('undecided')
      // A link that asks for the banner opens the settings instead.
      const link = document.createElement('a')
      link.setAttribute('data-assent-open', 'banner')
      document.body.append(link)
      link.click()
      expect($('.a-banner')).toBeNull()
      expect($('.a-dialog .a-notice')).toBeNull()
      expect($('.a-dialog #a-c-essential')!.textContent).toBe('Essential')
      expect($('.a-dialog tbody td')!.textContent).toBe('session_id')
      // Nothing to accept, reject or save (a receipt for nothing): only Close.
      const buttons = [...document.querySelectorAll('assent-ui')]
        .flatMap((host) => [...host.shadowRoot!.querySelectorAll('.a-foot button')])
        .map((button) => button.textContent)
      expect(buttons).toEqual(['Close'])
      ;($('.a-foot button') as HTMLButtonElement).click()
      await tick()
      expect($('.a-dialog')).toBeNull()
      expect(consent.$consent.get().status).toBe('undecided')
    },
  )
})
