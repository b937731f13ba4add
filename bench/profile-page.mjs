// One profiled load: V8's sampling CPU profiler runs over the page load and attributes each
// sample to the library when one of its frames comes from the library's own files or its
// config file. This is the library's JavaScript time, separate from the timing runs (the
// profiler slows the page a little) and far less sensitive to a busy machine than long tasks.

const INTERVAL_US = 200
const SETTLE_MS = 1000

/** Milliseconds of main-thread JavaScript spent in `lib`'s files during one page load. */
export async function profilePage(browser, { origin, lib, throttle }) {
  const urls = new Set(
    [...Object.keys(lib.files), ...Object.keys(lib.config)].map((p) => origin + p),
  )
  if (!urls.size) return 0
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US })
    await cdp.send('Profiler.start')
    await page.goto(`${origin}/${lib.id}.html`, { waitUntil: 'load' })
    await page.waitForTimeout(SETTLE_MS)
    const { profile } = await cdp.send('Profiler.stop')
    return libraryTime(profile, urls)
  } finally {
    await context.close()
  }
}

/** Sum of sample intervals whose stack holds a frame from one of `urls`. */
export function libraryTime(profile, urls) {
  const parent = new Map()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id)
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const inLibrary = new Map()
  const isLibrary = (id) => {
    if (id === undefined) return false
    if (!inLibrary.has(id))
      inLibrary.set(id, urls.has(byId.get(id).callFrame.url) || isLibrary(parent.get(id)))
    return inLibrary.get(id)
  }
  let us = 0
  profile.samples.forEach((id, i) => {
    if (isLibrary(id)) us += profile.timeDeltas[i] ?? 0
  })
  return us / 1000
}
