// The situations `pnpm bench` measures, each with every library (or those it names in
// `only`) in the same run. A first visit has no cookies, so every library shows its banner; a
// returning visitor carries the cookies and storage a decision left behind (taken once per run
// by clicking "Accept all"), so no banner shows and what is left is each library's cost of
// reading and applying it.
import { BENCH_REGION } from './region-collector.mjs'

/**
 * `rtt`: ms added to every request's round trip by CDP network emulation (0: loopback).
 * `only`: the libraries a scenario applies to (default all); `variant`: which of a library's
 * page variants it loads (libraries.mjs); `sessionStorage`: entries present before any script.
 */
export const scenarios = [
  { id: 'first-1x', title: 'First visit, CPU unthrottled', throttle: 1, rtt: 0, returning: false },
  { id: 'first-4x', title: 'First visit, CPU throttled 4×', throttle: 4, rtt: 0, returning: false },
  {
    id: 'first-rtt',
    title: 'First visit, 100 ms added round-trip time, CPU unthrottled',
    throttle: 1,
    rtt: 100,
    returning: false,
  },
  // Assent only: the same first visit at 100 ms RTT on a page with the `<link rel="preload">`
  // for assent-ui.js that docs/script-tag.md offers. Without it the UI costs one more round
  // trip (requested only once assent.js runs); compared with `first-rtt`: what the hint saves.
  {
    id: 'first-rtt-preload',
    title:
      'First visit, 100 ms added round-trip time, CPU unthrottled, with `<link rel="preload">` for assent-ui.js (Assent only)',
    throttle: 1,
    rtt: 100,
    returning: false,
    only: ['assent'],
    variant: 'preload',
  },
  // Assent only (the other libraries have no region lookup): the same first visit at 100 ms
  // RTT on a page whose config has `jurisdictions` and a collector, so the engine asks the
  // collector's GET /v1/region (a second origin, over the same emulated latency) before it
  // decides on the banner. Compared with Assent's `first-rtt` row: what the lookup costs.
  {
    id: 'first-rtt-region',
    title:
      'First visit, 100 ms added round-trip time, region looked up at the collector (Assent only: the other libraries have no region lookup)',
    throttle: 1,
    rtt: 100,
    returning: false,
    only: ['assent'],
    variant: 'region',
  },
  // The next page of the same browser session: the engine finds this session's answer in
  // sessionStorage (exactly what resolve-region.ts wrote on the first page) and asks nobody.
  {
    id: 'first-rtt-region-cached',
    title:
      'Next page of the same session, still undecided, 100 ms added round-trip time, region cached in sessionStorage (Assent only)',
    throttle: 1,
    rtt: 100,
    returning: false,
    only: ['assent'],
    variant: 'region',
    sessionStorage: {
      'assent:region': JSON.stringify({ code: BENCH_REGION, source: 'collector' }),
    },
  },
  {
    id: 'returning-1x',
    title: 'Returning visitor (stored decision, no banner), CPU unthrottled',
    throttle: 1,
    rtt: 0,
    returning: true,
  },
  {
    id: 'returning-4x',
    title: 'Returning visitor (stored decision, no banner), CPU throttled 4×',
    throttle: 4,
    rtt: 0,
    returning: true,
  },
  // Assent only: the same visit on a page without a settings link, where Assent draws its
  // floating button when idle (the other libraries draw nothing there, so the visitor has no
  // way to withdraw). Compared with Assent's `returning-4x` row: what the button costs.
  {
    id: 'returning-4x-nolink',
    title:
      'Returning visitor, CPU throttled 4×, page without a settings link: Assent draws its floating button (Assent only: the others draw nothing)',
    throttle: 4,
    rtt: 0,
    returning: true,
    only: ['assent'],
    variant: 'nolink',
  },
]

/** Whether `scenario` measures `lib`. */
export const appliesTo = (scenario, lib) => !scenario.only || scenario.only.includes(lib.id)

/** The URL of `lib`'s page in `scenario`: `/assent.html`, or a variant's `/assent-region.html`. */
export const pageUrl = (origin, lib, scenario) =>
  `${origin}/${lib.id}${scenario?.variant ? `-${scenario.variant}` : ''}.html`

/**
 * The scenarios and libraries a run measures: all, or those named in BENCH_SCENARIOS and
 * BENCH_LIBRARIES (comma-separated ids, e.g. `first-rtt,first-rtt-region` and `assent`).
 */
export function selected(all, list) {
  const ids = list
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean)
  if (!ids?.length) return all
  const unknown = ids.filter((id) => !all.some((x) => x.id === id))
  if (unknown.length)
    throw new Error(
      `unknown id(s) ${unknown.join(', ')}; known: ${all.map((x) => x.id).join(', ')}`,
    )
  return all.filter((x) => ids.includes(x.id))
}

/** A browser context and page set up for `scenario`: stored state, CPU and network emulation. */
export async function openPage(browser, scenario, storageState) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    ...(scenario.returning && storageState ? { storageState } : {}),
  })
  if (scenario.sessionStorage) {
    await context.addInitScript((entries) => {
      for (const [key, value] of Object.entries(entries)) sessionStorage.setItem(key, value)
    }, scenario.sessionStorage)
  }
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: scenario.throttle })
  if (scenario.rtt) {
    await cdp.send('Network.enable')
    // Chromium adds `latency` to each request's round trip; -1 leaves throughput unlimited.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: scenario.rtt,
      downloadThroughput: -1,
      uploadThroughput: -1,
    })
  }
  return { context, page, cdp }
}

/**
 * What a returning visitor of `lib` carries: loads its page, clicks its "Accept all" button
 * and returns the context's cookies and localStorage (Playwright's storageState).
 */
export async function decidedState(browser, origin, lib) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  try {
    const page = await context.newPage()
    await page.goto(pageUrl(origin, lib), { waitUntil: 'load' })
    if (lib.id !== 'none') {
      await page.getByRole('button', { name: 'Accept all', exact: true }).first().click()
      await page.waitForTimeout(500)
    }
    return await context.storageState()
  } finally {
    await context.close()
  }
}
