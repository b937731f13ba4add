// Global Privacy Control and Do Not Track from the browser: an automatic refusal, nothing
// optional loads, and the receipt records the signals. Firefox is the one engine with real
// settings for both (its preferences are set at launch); Chromium and WebKit have none, so
// their pages get the signals from a script that runs before assent.js (pages/gpc.js, dnt.js).
import { expect, test } from 'vitest'
import { eachEngine, until } from './support/each-engine.js'
import { DOMAIN, pathsTo, useShop } from './support/shop.js'
import { BANNER, consent, PREFERENCES, showing, shown } from './support/widget.js'

const shop = useShop()

eachEngine({ signals: { gpc: true, dnt: true } }, (under) => {
  const native = under.engine === 'firefox'
  test(`GPC and DNT (${native ? "Firefox's own settings" : 'emulated: this engine has no setting'}) refuse automatically`, async () => {
    const d = under.driver
    shop.requests.length = 0
    await d.goto(`${shop.site}/test/engines/pages/shop.html${native ? '' : '?with=gpc,dnt'}`)
    expect(await d.evaluate(() => [navigator.globalPrivacyControl, navigator.doNotTrack])).toEqual([
      true,
      '1',
    ])
    const state = await until(
      () => consent(d),
      (c) => c?.status === 'decided',
      'the automatic decision',
    )
    expect(state).toMatchObject({
      source: 'signal',
      choices: { analytics: false, preference: false },
    })
    expect(await shown(d)).not.toContain(BANNER)
    await new Promise((r) => setTimeout(r, 300))
    expect(pathsTo(shop, `stats.${DOMAIN}`)).toEqual([])
    expect(pathsTo(shop, 'www.googletagmanager.localhost')).toEqual([])
    expect(pathsTo(shop, `www.${DOMAIN}`).filter((p) => /gated|frame/.test(p))).toEqual([])
    // The dialog says why things are off.
    await d.evaluate(() =>
      (window as unknown as { assent: { showPreferences(): void } }).assent.showPreferences(),
    )
    await showing(d, PREFERENCES)
    const notice = await d.evaluate(
      () =>
        document.querySelector('assent-ui')?.shadowRoot?.querySelector('.a-notice')?.textContent ??
        '',
    )
    expect(notice).toContain('Opt-Out Request Honored')
  })
})

declare global {
  interface Navigator {
    globalPrivacyControl?: boolean
  }
}
