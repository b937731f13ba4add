// The situations `pnpm bench` measures, each with every library in the same run. A first
// visit has no cookies, so every library shows its banner; a returning visitor carries the
// cookies and storage a decision left behind (taken once per run by clicking "Accept all"),
// so no banner shows and what is left is each library's cost of reading and applying it.

/** `rtt`: ms added to every request's round trip by CDP network emulation (0: loopback). */
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
]

/** A browser context and page set up for `scenario`: stored state, CPU and network emulation. */
export async function openPage(browser, scenario, storageState) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    ...(scenario.returning && storageState ? { storageState } : {}),
  })
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
    await page.goto(`${origin}/${lib.id}.html`, { waitUntil: 'load' })
    if (lib.id !== 'none') {
      await page.getByRole('button', { name: 'Accept all', exact: true }).first().click()
      await page.waitForTimeout(500)
    }
    return await context.storageState()
  } finally {
    await context.close()
  }
}
