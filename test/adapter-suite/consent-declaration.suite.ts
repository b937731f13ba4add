// <ConsentDeclaration>: the cookie declaration of the provider's categories, drawn on the client
// into the element the component renders, in the chosen language; removed on unmount.
import { testConsent } from '@assent/core'
import { afterEach, expect, test } from 'vitest'
import { type Adapter, strict } from './adapter.js'

/** The shop's analytics: one service with a cookie whose lifetime is given in days. */
const declared = () =>
  testConsent({
    categories: [
      {
        id: 'analytics',
        services: [
          {
            id: 'ga',
            name: 'Google Analytics',
            provider: 'Google Ireland Ltd',
            policyUrl: 'https://policies.google.com/privacy',
            cookies: [
              {
                name: '_ga',
                lifetime: 730,
                purpose: { en: 'Tells visitors apart', de: 'Unterscheidet Besucher' },
              },
            ],
          },
        ],
      },
    ],
  })

export function describeConsentDeclaration(adapter: Adapter) {
  const { act, api, cleanup, h, render } = adapter
  const { ConsentProvider } = api
  const { ConsentDeclaration } = api as unknown as { ConsentDeclaration: unknown }
  afterEach(cleanup)
  const tick = () => act(() => new Promise((r) => setTimeout(r, 20)))
  // The view arrives through a dynamic import(): wait for it, a task at a time, up to 5 s.
  const until = async (done: () => boolean) => {
    for (let i = 0; i < 250 && !done(); i++) await tick()
  }
  const rows = (root: Element, category: string) =>
    [...root.querySelectorAll(`table[data-category="${category}"] tr`)].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    )
  const under = adapter.StrictMode ? ' under StrictMode' : ''

  test(`draws the provider's categories as tables in the chosen language${under}`, async () => {
    const { options } = declared()
    const ui = (lang: string) =>
      strict(
        adapter,
        h(
          ConsentProvider,
          { options },
          h(ConsentDeclaration, { lang, className: 'cookies', consentCookie: false }),
        ),
      )
    const view = render(ui('de'))
    const root = view.container.querySelector('div.cookies')!
    await until(() => !!root.querySelector('table[data-category="analytics"]'))
    expect(root.querySelectorAll('.assent-declaration')).toHaveLength(1)
    expect(root.querySelector('[data-category="analytics"] caption')!.textContent).toMatch(
      /^Statistik/,
    )
    expect(rows(root, 'analytics')).toEqual([
      ['Cookie', 'Dienst', 'Anbieter', 'Speicherdauer', 'Zweck'],
      ['_ga', 'Google Analytics', 'Google Ireland Ltd', '2 Jahre', 'Unterscheidet Besucher'],
    ])
    // Essential, with nothing declared and the consent cookie left out, says so.
    expect(rows(root, 'essential')[1]).toEqual(['Keine Cookies'])

    view.rerender(ui('en'))
    await until(() => rows(root, 'analytics')[1]?.[3] === '2 years')
    expect(rows(root, 'analytics')[1]).toEqual([
      '_ga',
      'Google Analytics',
      'Google Ireland Ltd',
      '2 years',
      'Tells visitors apart',
    ])
    expect(root.querySelectorAll('.assent-declaration')).toHaveLength(1)
    view.unmount()
    await tick()
    expect(document.querySelector('.assent-declaration')).toBeNull()
  })
}
