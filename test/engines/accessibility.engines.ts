// Accessibility in every engine: axe-core (injected into the page) on the banner, the
// preferences dialog and the floating button; the keyboard: Tab order into the banner and through the dialog, the
// focus trap, Esc, and focus returning to the control that opened the dialog.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect, test } from 'vitest'
import type { EngineDriver } from './driver/driver.js'
import { findTarget } from './driver/find-target.js'
import { eachEngine, until } from './support/each-engine.js'
import { useShop } from './support/shop.js'
import { BANNER, closed, consent, focused, PREFERENCES, showing, shown } from './support/widget.js'

const shop = useShop()
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** axe on the widget only (it sees into the open shadow root): violations, and contrast checks. */
async function audit(driver: EngineDriver) {
  await driver.evaluate((source: string) => {
    if ((window as { axe?: unknown }).axe) return
    const script = document.createElement('script')
    script.textContent = source
    document.head.append(script)
  }, AXE)
  return driver.evaluate(async () => {
    // The banner fades in and the dialog fades up (styles.css). axe reports an element that is
    // still half transparent as "incomplete" for contrast rather than passed, so a loaded
    // machine that audits mid-animation would see fewer checks: wait for every animation in
    // the document and in every open shadow root (not every engine counts those in the
    // document's list) to finish first.
    const roots: DocumentOrShadowRoot[] = [document]
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot)
    const running = roots.flatMap((root) => root.getAnimations())
    await Promise.all(running.map((a) => a.finished.catch(() => undefined)))
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<AxeResults> } }).axe
    const results = await axe.run({ include: [['assent-ui']] })
    return {
      violations: results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      ),
      contrastChecked: results.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0,
      buttonsNamed: results.passes.find((p) => p.id === 'button-name')?.nodes.length ?? 0,
    }
  })
}
interface AxeResults {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }>
  passes: Array<{ id: string; nodes: unknown[] }>
}

/** Press Tab until `name` has focus; the stops on the way when it never does. */
async function tabTo(driver: EngineDriver, name: string, max = 25) {
  const stops = [await focused(driver)]
  while (stops.at(-1) !== name && stops.length <= max) {
    await driver.keys('Tab')
    stops.push(await focused(driver))
  }
  expect(stops.at(-1), `Tab stops: ${stops.join(' | ')}`).toBe(name)
}

eachEngine({}, (under) => {
  test('axe finds no violation in the banner or the preferences dialog', async () => {
    const d = under.driver
    await d.goto(`${shop.site}/test/engines/pages/shop.html`)
    await showing(d, BANNER)
    const banner = await audit(d)
    expect(banner.violations).toEqual([])
    // Proof that axe looked inside the shadow root: it checked the contrast of our texts.
    expect(banner.contrastChecked).toBeGreaterThan(2)
    await d.click({ css: 'button', name: 'Customise' })
    await showing(d, PREFERENCES)
    const dialog = await audit(d)
    expect(dialog.violations).toEqual([])
    expect(dialog.contrastChecked).toBeGreaterThan(2)
  })

  test('axe finds no violation in the floating button (a page without a settings link)', async () => {
    const d = under.driver
    await d.goto(`${shop.site}/test/engines/pages/shop.html?link=none`)
    await showing(d, BANNER)
    await d.click({ css: 'button', name: 'Reject all' })
    await closed(d, BANNER)
    const fab = { css: 'button', name: 'Cookie settings' }
    await until(
      () => d.evaluate(findTarget, fab),
      (el) => el !== null,
      'the floating button',
    )
    const audited = await audit(d)
    expect(audited.violations).toEqual([])
    // Proof that axe looked at it: the button's accessible name passed its check.
    expect(audited.buttonsNamed).toBeGreaterThanOrEqual(1)
  })

  test('Tab reaches the banner, the dialog opens, Esc closes it and focus returns to Customise', async () => {
    const d = under.driver
    await d.goto(`${shop.site}/test/engines/pages/shop.html`)
    await showing(d, BANNER)
    await tabTo(d, 'Customise')
    await d.keys('Enter')
    await showing(d, PREFERENCES)
    // Focus lands on the dialog's title, so a screen reader starts at the top.
    await until(
      () => focused(d),
      (f) => f === PREFERENCES,
      'focus on the title',
    )
    const order: Array<string | null> = []
    for (let i = 0; i < 4; i++) {
      await d.keys('Tab')
      order.push(await focused(d))
    }
    // Essential is locked, yet focusable so that "Always on" and its reason are read out.
    expect(order).toEqual(['Close', 'Privacy policy', 'Essential', 'Analytics'])
    await d.keys('Space')
    expect(
      await d.evaluate(
        () =>
          document
            .querySelector('assent-ui')
            ?.shadowRoot?.querySelector('[role=switch][aria-checked=true]:not([aria-disabled])') !==
          null,
      ),
    ).toBe(true)
    await d.keys('Escape')
    await closed(d, PREFERENCES)
    expect(await focused(d)).toBe('Customise')
    expect((await consent(d))?.status).toBe('undecided')
    // Again, and save with the keyboard.
    await d.keys('Enter')
    await showing(d, PREFERENCES)
    await tabTo(d, 'Save choices')
    await d.keys('Enter')
    await until(
      () => consent(d),
      (c) => c?.status === 'decided',
      'the decision',
    )
  })

  // WebKit: WebKitGTK sends Shift+Tab as key "Unidentified" (code "Tab"); see dom/focus.ts.
  test(`Tab and Shift+Tab stay inside the open dialog${under.engine === 'webkit' ? ' (WebKit: Shift+Tab arrives as key "Unidentified")' : ''}`, async () => {
    const d = under.driver
    await d.goto(`${shop.site}/test/engines/pages/shop.html`)
    await showing(d, BANNER)
    await d.click({ css: 'button', name: 'Customise' })
    await until(
      () => focused(d),
      (f) => f === PREFERENCES,
      'focus on the title',
    )
    await tabTo(d, 'Save choices')
    await d.keys('Tab')
    expect(await focused(d)).toBe('Close')
    await d.keys('Shift+Tab')
    expect(await focused(d)).toBe('Save choices')
    const seen = new Set<string | null>()
    for (let i = 0; i < 14; i++) {
      await d.keys('Tab')
      seen.add(await focused(d))
    }
    expect([...seen].sort()).toEqual(
      [
        'Accept all',
        'Analytics',
        'Close',
        'Essential',
        'Preferences',
        'Privacy policy',
        'Reject all',
        'Save choices',
        'Services and cookies (1)',
        'Services and cookies (2)',
      ].sort(),
    )
  })

  test('the modal layout takes focus and keeps it until a choice is made; Esc does not dismiss it', async () => {
    const d = under.driver
    await d.goto(`${shop.site}/test/engines/pages/shop.html?layout=modal`)
    await until(
      () => focused(d),
      (f) => f === BANNER,
      'focus on the modal',
    )
    for (let i = 0; i < 6; i++) {
      await d.keys('Tab')
      expect(['Accept all', 'Reject all', 'Customise', 'Privacy policy']).toContain(
        await focused(d),
      )
    }
    await d.keys('Escape')
    expect(await shown(d)).toContain(BANNER)
  })
})
