// Global Privacy Control and Do Not Track from the browser under opt-in: the banner still asks
// (specs §3.4) and notes the signal, nothing optional loads meanwhile. Firefox is the one engine with real
// settings for both (its preferences are set at launch); Chromium and WebKit have none, so
// their pages get the signals from a script that runs before assent.js (pages/gpc.js, dnt.js).
import { expect, test } from 'vitest'
import { eachEngine } from './support/each-engine.js'
import { DOMAIN, pathsTo, useShop } from './support/shop.js'
import { BANNER, consent, PREFERENCES, showing } from './support/widget.js'

const shop = useShop()

eachEngine({ signals: { gpc: true, dnt: true } }, (under) => {
  const native = under.engine === 'firefox'
  test(`GPC and DNT (${native ? "Firefox's own settings" : 'emulated: this engine has no setting'}) keep everything off while the banner asks`, async () => {
    const d = under.driver
    shop.requests.length = 0
    await d.goto(`${shop.site}/test/engines/pages/shop.html${native ? '' : '?with=gpc,dnt'}`)
    expect(await d.evaluate(() => [navigator.globalPrivacyControl, navigator.doNotTrack])).toEqual([
      true,
      '1',
    ])
    await showing(d, BANNER)
    expect(await consent(d)).toMatchObject({
      status: 'undecided',
      source: 'signal',
      choices: { analytics: false, preference: false },
    })
    await new Promise((r) => setTimeout(r, 300))
    expect(pathsTo(shop, `stats.${DOMAIN}`)).toEqual([])
    expect(pathsTo(shop, 'www.googletagmanager.localhost')).toEqual([])
    expect(pathsTo(shop, `www.${DOMAIN}`).filter((p) => /gated|frame/.test(p))).toEqual([])
    // The banner and the dialog say why things are off.
    const notice = () =>
      d.evaluate(
        () =>
          document.querySelector('assent-ui')?.shadowRoot?.querySelector('.a-notice')
            ?.textContent ?? '',
      )
    expect(await notice()).toContain('Opt-Out Request Honored')
    await d.evaluate(() =>
      (window as unknown as { assent: { showPreferences(): void } }).assent.showPreferences(),
    )
    await showing(d, PREFERENCES)
    expect(await notice()).toContain('Opt-Out Request Honored')
  })
})

declare global {
  interface Navigator {
    globalPrivacyControl?: boolean
  }
}
