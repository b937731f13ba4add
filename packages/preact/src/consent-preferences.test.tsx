/** @jsxImportSource preact */

import type { Consent, TestConsentOptions } from '@assent/core'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import type { ComponentChildren } from 'preact'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { dialogEngine, testEngine } from '../../../test/adapter-suite/test-engine.js'
import { ConsentContext } from './framework.js'
import { ConsentPreferences, ConsentProvider, useCategory, useConsent } from './index.js'

const engines: Array<{ destroy(): void }> = []
afterEach(() => {
  cleanup()
  for (const consent of engines.splice(0)) consent.destroy()
})

/** `dialogEngine` (Google Analytics under analytics, preference, a policy link), destroyed after each test. */
function engine(options: TestConsentOptions = {}) {
  const test = dialogEngine(options)
  engines.push(test.consent)
  return test
}

// The context <ConsentProvider> fills (tested below with the provider itself).
function Provide(props: { consent: Consent | null; children: ComponentChildren }) {
  return <ConsentContext.Provider value={props.consent}>{props.children}</ConsentContext.Provider>
}

test('has one context: <ConsentPreferences> and the hooks read the one the provider fills', async () => {
  const { consent } = engine()
  let seen: Consent | null = null
  function Hook() {
    seen = useConsent().consent
    return null
  }
  render(
    <Provide consent={consent}>
      <Hook />
      <ConsentPreferences open onClose={() => {}} />
    </Provide>,
  )
  expect(await screen.findByRole('switch', { name: 'Analytics' })).toBeTruthy()
  expect(seen).toBe(consent)
})

test('<ConsentPreferences> notes an honoured signal by the categories it took away, and only then', async () => {
  const { consent } = dialogEngine({}, { gpc: true })
  engines.push(consent)
  render(
    <Provide consent={consent}>
      <ConsentPreferences open onClose={() => {}} />
    </Provide>,
  )
  // Opt-in takes analytics and marketing; this site offers analytics alone.
  expect(
    await screen.findByText(
      'Your browser sent a Global Privacy Control signal, so we switched off Analytics. You can still change this here.',
    ),
  ).toBeTruthy()
  cleanup()
  const { consent: nothing } = dialogEngine({ categories: ['preference'] }, { gpc: true })
  engines.push(nothing)
  render(
    <Provide consent={nothing}>
      <ConsentPreferences open onClose={() => {}} />
    </Provide>,
  )
  expect(await screen.findByRole('switch', { name: 'Preferences' })).toBeTruthy()
  expect(screen.queryByText('Opt-Out Request Honored')).toBeNull()
})

test('<ConsentPreferences> records a choice for the provider engine, and the hooks follow', async () => {
  const { consent } = testEngine()
  function Analytics() {
    return <p>analytics={String(useCategory('analytics').granted)}</p>
  }
  render(
    <ConsentProvider consent={consent}>
      <Analytics />
      <ConsentPreferences open onClose={() => {}} lang="en" />
    </ConsentProvider>,
  )
  fireEvent.click(await screen.findByRole('switch', { name: 'Analytics' }))
  await act(() => {
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }))
  })
  expect(consent.$consent.get()).toMatchObject({
    source: 'preferences',
    choices: { analytics: true, marketing: false },
  })
  expect(screen.getByText('analytics=true')).toBeTruthy()
})

describe('<ConsentPreferences>', () => {
  test('saves the switches and shows the current state', async () => {
    const test = engine({
      decided: { essential: true, analytics: false, preference: true },
    })
    let open = true
    const { rerender } = render(
      <Provide consent={test.consent}>
        <ConsentPreferences open={open} onClose={() => (open = false)} />
      </Provide>,
    )
    const pref = await screen.findByRole('switch', { name: 'Preferences' })
    await waitFor(() => expect(pref.getAttribute('aria-checked')).toBe('true'))
    fireEvent.click(screen.getByRole('switch', { name: 'Analytics' }))
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }))
    expect(test.decisions).toEqual([
      { choices: { essential: true, analytics: true, preference: true }, source: 'preferences' },
    ])
    expect(open).toBe(false)
    rerender(
      <Provide consent={test.consent}>
        <ConsentPreferences open={open} onClose={() => {}} />
      </Provide>,
    )
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  test('focuses the title, and Esc closes it without recording anything', async () => {
    const test = engine()
    const onClose = vi.fn()
    render(
      <Provide consent={test.consent}>
        <ConsentPreferences open onClose={onClose} />
      </Provide>,
    )
    const analytics = await screen.findByRole('switch', { name: 'Analytics' })
    expect(document.activeElement?.id).toBe('a-pt')
    fireEvent.click(analytics)
    expect(analytics.getAttribute('aria-checked')).toBe('true')
    fireEvent.keyDown(document, { key: 'Escape' })
    expect(onClose).toHaveBeenCalledOnce()
    expect(test.decisions).toEqual([])
  })

  test('hands the texts it shows to the engine with the decision made in it', async () => {
    const test = engine()
    const { rerender } = render(
      <Provide consent={test.consent}>
        <ConsentPreferences open={false} onClose={() => {}} lang="de" />
      </Provide>,
    )
    await new Promise((r) => setTimeout(r, 20))
    expect(test.shownTexts).toEqual([])
    rerender(
      <Provide consent={test.consent}>
        <ConsentPreferences open onClose={() => {}} lang="de" />
      </Provide>,
    )
    await screen.findByRole('dialog')
    expect(test.shownTexts).toEqual([])
    fireEvent.click(screen.getByRole('button', { name: 'Alle ablehnen' }))
    expect(test.shownTexts.map((shown) => shown.locale)).toEqual(['de'])
    expect(await test.shownTexts[0]!.textHash).toMatch(/^[0-9a-f]{64}$/)
  })

  test('hands the engine the signal note it shows, filled in, with the texts', async () => {
    const test = dialogEngine({}, { gpc: true })
    engines.push(test.consent)
    render(
      <Provide consent={test.consent}>
        <ConsentPreferences open onClose={() => {}} />
      </Provide>,
    )
    await screen.findByRole('dialog')
    expect(screen.getByText('Opt-Out Request Honored')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }))
    expect(test.shownTexts[0]!.bundle!.signal).toEqual({
      label: 'Opt-Out Request Honored',
      text: 'Your browser sent a Global Privacy Control signal, so we switched off Analytics. You can still change this here.',
    })
  })

  test('renders an empty element before the engine exists', () => {
    const error = vi.spyOn(console, 'error')
    const view = render(
      <Provide consent={null}>
        <ConsentPreferences open onClose={() => {}} />
      </Provide>,
    )
    expect(view.container.textContent).toBe('')
    expect(error).not.toHaveBeenCalled()
    error.mockRestore()
  })

  test('says so outside a provider, and does not throw', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const view = render(<ConsentPreferences open onClose={() => {}} />)
    expect(view.container.textContent).toBe('')
    expect(error).toHaveBeenCalledWith(expect.stringContaining('<ConsentProvider>'))
    error.mockRestore()
  })
})
