// Two documents of the shop open at once, in every engine: a decision in one applies in the
// other at once (its `storage` event), both ways. A same-origin iframe of the shop page stands
// in for the second tab (the driver has one window): it is a document of its own, with its own
// assent.js, and shares the origin's cookie and localStorage as a tab does.
import { expect, test } from 'vitest'
import { eachEngine, until } from './support/each-engine.js'
import { useShop } from './support/shop.js'
import { BANNER, showing } from './support/widget.js'

const shop = useShop({ collector: true })

type Choices = Record<string, boolean>
type Frame = Window & {
  assent?: { getConsent(): { choices: Choices }; acceptAll(): void; rejectAll(): void }
  dataLayer?: ArrayLike<unknown>[]
}

eachEngine({}, (under) => {
  /** Analytics as each document holds it, and Consent Mode's last word in each. */
  const read = () =>
    under.driver.evaluate(() => {
      const top = window as Frame
      const other = (document.querySelector('#second-tab') as HTMLIFrameElement | null)
        ?.contentWindow as Frame | null | undefined
      const storage = (w: Frame | null | undefined) => {
        const consent = Array.from(w?.dataLayer ?? [], (e) => Array.from(e)).filter(
          (e) => e[0] === 'consent',
        )
        return (consent.at(-1)?.[2] as { analytics_storage?: string } | undefined)
          ?.analytics_storage
      }
      return {
        top: top.assent?.getConsent().choices.analytics,
        other: other?.assent?.getConsent().choices.analytics,
        topGoogle: storage(top),
        otherGoogle: storage(other),
        cookie: document.cookie.includes('_ga='),
      }
    })

  test('a decision in one document applies in the other at once, and a withdrawal there applies here', async () => {
    await under.driver.goto(`${shop.site}/test/engines/pages/shop.html`)
    await showing(under.driver, BANNER)
    await under.driver.evaluate((src) => {
      const frame = document.createElement('iframe')
      frame.id = 'second-tab'
      frame.src = src
      document.body.append(frame)
    }, `${shop.site}/test/engines/pages/shop.html?link=none`)
    await until(read, (r) => r.other === false, "the second document's assent.js")

    await under.driver.evaluate(() => (window as Frame).assent!.acceptAll())
    const granted = await until(
      read,
      (r) => r.other === true && r.otherGoogle === 'granted' && r.cookie,
      'the grant in the second document, and Google Analytics writing _ga',
    )
    expect(granted).toMatchObject({ top: true, topGoogle: 'granted' })

    await under.driver.evaluate(() => {
      const frame = document.querySelector('#second-tab') as HTMLIFrameElement
      ;(frame.contentWindow as Frame).assent!.rejectAll()
    })
    const withdrawn = await until(
      read,
      (r) => r.top === false && r.topGoogle === 'denied',
      'the withdrawal in the first document',
    )
    expect(withdrawn).toMatchObject({ other: false, otherGoogle: 'denied' })
    await until(read, (r) => !r.cookie, 'the _ga cookie deleted')
  })
})
