import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, test } from 'vitest'
import { testConsent } from '../test-consent'
import { ConsentBanner } from './consent-banner'
import { ConsentProvider } from './consent-context'
import { ConsentPreferences } from './consent-preferences'
import { useCategory, useConsent } from './use-consent'

afterEach(cleanup)

describe('Preact API', () => {
  test('<ConsentBanner> shows while undecided and records Reject all', async () => {
    const consent = testConsent()
    render(
      <ConsentProvider consent={consent}>
        <ConsentBanner />
      </ConsentProvider>,
    )
    const reject = await screen.findByRole('button', { name: 'Reject all' })
    expect(screen.getByRole('region', { name: 'Cookies on this site' })).toBeTruthy()
    fireEvent.click(reject)
    expect(consent.decisions[0]!.options).toEqual({ source: 'banner' })
    await waitFor(() => expect(screen.queryByRole('region')).toBeNull())
    expect(consent.shownTexts[0]!.textHash).toMatch(/^[0-9a-f]{64}$/)
  })

  test('Customise opens <ConsentPreferences>; Esc closes it without a decision', async () => {
    const consent = testConsent()
    render(
      <ConsentProvider consent={consent}>
        <ConsentBanner />
      </ConsentProvider>,
    )
    fireEvent.click(await screen.findByRole('button', { name: 'Customise' }))
    const analytics = await screen.findByRole('switch', { name: 'Analytics' })
    fireEvent.click(analytics)
    expect(analytics.getAttribute('aria-checked')).toBe('true')
    fireEvent.keyDown(document, { key: 'Escape' })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(consent.decisions).toEqual([])
  })

  test('<ConsentPreferences> saves the switches and shows the current state', async () => {
    const consent = testConsent({
      decided: { essential: true, analytics: false, preference: true },
    })
    let open = true
    const { rerender } = render(
      <ConsentProvider consent={consent}>
        <ConsentPreferences open={open} onClose={() => (open = false)} />
      </ConsentProvider>,
    )
    const pref = await screen.findByRole('switch', { name: 'Preferences' })
    await waitFor(() => expect(pref.getAttribute('aria-checked')).toBe('true'))
    fireEvent.click(screen.getByRole('switch', { name: 'Analytics' }))
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }))
    expect(consent.decisions[0]!.choices).toEqual({
      essential: true,
      analytics: true,
      preference: true,
    })
    expect(open).toBe(false)
    rerender(
      <ConsentProvider consent={consent}>
        <ConsentPreferences open={open} onClose={() => {}} />
      </ConsentProvider>,
    )
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  test('useConsent and useCategory follow the state and record a choice', async () => {
    const consent = testConsent()
    function Videos() {
      const { state } = useConsent()
      const { granted, grant, deny } = useCategory('preference')
      return (
        <button type="button" onClick={() => (granted ? deny() : grant())}>
          {state.status}:{String(granted)}
        </button>
      )
    }
    render(
      <ConsentProvider consent={consent}>
        <Videos />
      </ConsentProvider>,
    )
    const button = screen.getByRole('button')
    expect(button.textContent).toBe('undecided:false')
    fireEvent.click(button)
    await waitFor(() => expect(button.textContent).toBe('decided:true'))
    expect(consent.decisions[0]!.options).toEqual({ source: 'api' })
  })
})
