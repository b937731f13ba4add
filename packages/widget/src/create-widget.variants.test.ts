// createWidget with the real engine under each consent model: which banner, what each button
// records, and when the notice counts as shown.
import { createConsent, memoryStorage } from '@assent/core'
import { afterEach, describe, expect, test } from 'vitest'
import { cleanUp, key, mount } from './create-widget.harness'

const engine = (region: string, policy = '1') => {
  const storage = memoryStorage()
  const consent = createConsent({
    categories: ['analytics', 'marketing'],
    policy: { version: policy, url: 'https://www.shop.test/privacy' },
    jurisdictions: {
      HK: 'notice',
      'US-OPT-OUT': 'opt-out',
      JP: { model: 'opt-out', doNotSell: false },
    },
    region,
    storage,
    gating: false,
    readSignals: () => ({ gpc: false, dnt: false }),
  })
  return { consent, storage }
}
const labels = (root: ShadowRoot) =>
  [...root.querySelectorAll('.a-banner button')].map((b) => b.textContent)
const tick = () => new Promise((resolve) => setTimeout(resolve))

describe('createWidget under notice and opt-out', () => {
  afterEach(cleanUp)

  test('notice: OK and Cookie settings; shown is recorded once; OK ends it', async () => {
    const { consent } = engine('HK')
    const { root, button, $ } = await mount({ consent } as never)
    expect(labels(root)).toEqual(['OK', 'Cookie settings'])
    expect($('.a-banner')!.dataset.variant).toBe('notice')
    await tick()
    expect(consent.$consent.get()).toMatchObject({ status: 'decided', source: 'notice' })
    expect($('.a-banner')).not.toBeNull() // recorded, still up until OK
    button('OK').click()
    expect($('.a-banner')).toBeNull()
    expect(consent.$needsDecision.get()).toBe(false)
    expect(consent.isGranted(['analytics', 'marketing'])).toBe(true)
  })

  test('Esc with focus in the notice is OK; Esc elsewhere is not', async () => {
    const { consent } = engine('HK')
    const { button, $ } = await mount({ consent } as never)
    key('Escape')
    expect($('.a-banner')).not.toBeNull()
    button('OK').focus()
    key('Escape')
    expect($('.a-banner')).toBeNull()
  })

  test('opt-out with the US wording switches off what GPC would (marketing) only', async () => {
    const { consent } = engine('US-CA')
    const { root, button, $ } = await mount({ consent } as never)
    const dnss = 'Do Not Sell or Share My Personal Information'
    expect(labels(root)).toEqual(['OK', dnss, 'Cookie settings'])
    expect(button(dnss).className).toBe(button('OK').className)
    button(dnss).click()
    expect($('.a-banner')).toBeNull()
    expect(consent.$consent.get()).toMatchObject({
      source: 'banner',
      choices: { essential: true, analytics: true, marketing: false },
    })
  })

  test('opt-out without it: "Opt out" refuses everything optional', async () => {
    const { consent } = engine('JP')
    const { button } = await mount({ consent } as never)
    button('Opt out').click()
    expect(consent.$consent.get().choices).toEqual({
      essential: true,
      analytics: false,
      marketing: false,
    })
  })

  test('a changed policy under notice is one line with OK; reopened later, the model’s banner', async () => {
    const first = engine('HK', '1')
    await mount({ consent: first.consent } as never)
    await tick()
    cleanUp()
    const consent = createConsent({
      categories: ['analytics', 'marketing'],
      policy: { version: '2', url: 'https://www.shop.test/privacy' },
      jurisdictions: { HK: 'notice' },
      region: 'HK',
      storage: first.storage,
      gating: false,
    })
    const { root, button, $ } = await mount({ consent } as never, { layout: 'modal' })
    expect($('.a-banner')!.dataset.variant).toBe('policy-changed')
    expect($('.a-banner')!.getAttribute('role')).toBe('region') // a line is never modal
    expect($('#a-t')!.textContent).toBe('Our privacy policy has changed. Privacy policy')
    expect(labels(root)).toEqual(['OK'])
    button('OK').click()
    expect($('.a-banner')).toBeNull()
    // Asked for again (`assent.show()`), it is the notice banner, not the line.
    const { widget } = await import('./create-widget.harness')
    widget!.show()
    await tick()
    expect($('.a-banner')!.dataset.variant).toBe('notice')
  })
})
