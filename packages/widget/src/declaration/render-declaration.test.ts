import { testConsent } from '@assent/core'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { loadBuiltinTexts } from '../i18n/load-builtin-texts'
import { DECLARED } from './declaration-fixture'
import { renderDeclaration } from './render-declaration'

afterEach(() => {
  document.body.innerHTML = ''
  document.documentElement.lang = ''
  vi.restoreAllMocks()
})

/** Renders the declaration of `categories` into a fresh element; returns it. */
async function declare(lang = 'en', options = {}, categories = DECLARED) {
  const { consent } = testConsent({ categories })
  const element = document.createElement('div')
  element.textContent = 'Turn on JavaScript to see the cookies we use.'
  document.body.append(element)
  const drawn = await renderDeclaration([element], consent, { lang, ...options }, loadBuiltinTexts)
  consent.destroy()
  return { element, drawn }
}

/** Each table's rows as text cells, header row first. */
const rowsOf = (table: Element) =>
  [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => cell.textContent))

describe('renderDeclaration', () => {
  test('renders a table per category with its caption, column and row headers', async () => {
    const { element, drawn } = await declare()
    expect(drawn).toBe(true)
    const tables = [...element.querySelectorAll('table.assent-declaration-table')]
    expect(tables.map((t) => t.getAttribute('data-category'))).toEqual([
      'essential',
      'analytics',
      'preference',
    ])
    expect(tables[1]!.querySelector('caption .assent-declaration-title')!.textContent).toBe(
      'Analytics',
    )
    expect(
      tables[1]!.querySelector('caption .assent-declaration-description')!.textContent,
    ).toMatch(/understand how visitors use the site/)
    expect(
      [...tables[1]!.querySelectorAll('thead th')].map((th) => th.getAttribute('scope')),
    ).toEqual(['col', 'col', 'col', 'col', 'col'])
    expect(tables[1]!.querySelector('tbody th')!.getAttribute('scope')).toBe('row')
    expect(rowsOf(tables[1]!)).toEqual([
      ['Cookie', 'Service', 'Provider', 'Lifetime', 'Purpose'],
      ['_ga', 'Google Analytics', 'Google Ireland Ltd', '2 years', 'Tells visitors apart'],
      [
        '_ga_*',
        'Google Analytics',
        'Google Ireland Ltd',
        '2 years',
        'Measures how the site is used',
      ],
    ])
    // The provider links to the service's privacy policy.
    const link = tables[1]!.querySelector('a')!
    expect(link.getAttribute('href')).toBe('https://policies.google.com/privacy')
    expect(link.textContent).toBe('Google Ireland Ltd')
  })

  test('lists the consent cookie under Essential, a session cookie, and a service without cookies', async () => {
    const { element } = await declare('en', {
      consentCookie: { name: 'shop_consent', lifetimeDays: 390 },
    })
    const [essential, , preference] = element.querySelectorAll('table')
    expect(rowsOf(essential!).slice(1)).toEqual([
      [
        'shop_consent',
        'Cookie settings',
        location.hostname,
        '13 months',
        'Remembers your cookie choices',
      ],
      ['sid', 'Shop', 'Shop Ltd', 'Session', 'Keeps you signed in'],
    ])
    expect(rowsOf(preference!).slice(1)).toEqual([
      ['No cookies', 'Video player', 'Vimeo Inc', '', ''],
    ])
  })

  test('leaves the consent cookie out when told to, or when the site lists it itself', async () => {
    const { element } = await declare('en', { consentCookie: false })
    expect(
      rowsOf(element.querySelector('table')!)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['sid'])
    const own = structuredClone(DECLARED)
    own[0]!.services![0]!.cookies = ['assent']
    const { element: listed } = await declare('en', {}, own)
    expect(
      rowsOf(listed.querySelector('table')!)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['assent'])
  })

  test('speaks the visitor’s language: texts, category titles, lifetimes in words', async () => {
    const { element } = await declare('de')
    expect(element.querySelector('.assent-declaration')!.getAttribute('lang')).toBe('de')
    const [essential, analytics] = element.querySelectorAll('table')
    expect(rowsOf(analytics!).slice(0, 2)).toEqual([
      ['Cookie', 'Dienst', 'Anbieter', 'Speicherdauer', 'Zweck'],
      ['_ga', 'Google Analytics', 'Google Ireland Ltd', '2 Jahre', 'Unterscheidet Besucher'],
    ])
    expect(analytics!.querySelector('.assent-declaration-title')!.textContent).toBe('Statistik')
    expect(rowsOf(essential!)[1]).toEqual([
      'assent',
      'Cookie-Einstellungen',
      location.hostname,
      '182 Tage',
      'Speichert Ihre Cookie-Auswahl',
    ])
  })

  test('renders nothing and names the field when one cannot be shown truthfully', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const bad = structuredClone(DECLARED)
    bad[1]!.services![0]!.cookies = [{ name: '_ga', lifetime: -730 }]
    const { element, drawn } = await declare('en', {}, bad)
    expect(drawn).toBe(false)
    expect(element.textContent).toBe('Turn on JavaScript to see the cookies we use.')
    expect(error).toHaveBeenCalledOnce()
    expect(error.mock.calls[0]![0]).toMatch(
      /"categories\.analytics\.services\.ga\.cookies\._ga\.lifetime" must be "session", a number of days/,
    )
  })

  test('shows texts as text and a site’s own overrides', async () => {
    const hostile = structuredClone(DECLARED)
    hostile[2]!.services![0]!.name = '<img src=x onerror=alert(1)>'
    const { element } = await declare('en', { texts: { en: { service: 'Tool' } } }, hostile)
    expect(element.querySelector('img')).toBeNull()
    expect(element.textContent).toContain('<img src=x onerror=alert(1)>')
    expect(element.querySelector('thead th:nth-child(2)')!.textContent).toBe('Tool')
  })
})
