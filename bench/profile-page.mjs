// One profiled load: V8's sampling CPU profiler runs over the page load and attributes each
// sample to the library when one of its frames comes from a script the page loaded: the
// library's files, the ones it loads later, and its config file (the host page has none).
// This is the library's JavaScript time, separate from the timing runs (the profiler slows
// the page a little) and far less sensitive to a busy machine than long tasks.
import { openPage, pageUrl } from './scenarios.mjs'

const INTERVAL_US = 200
const SETTLE_MS = 1000

/** Milliseconds of main-thread JavaScript spent in `lib`'s files during one page load. */
export async function profilePage(browser, options) {
  const profile = await recordProfile(browser, options)
  return libraryTime(
    profile,
    (url) => url.startsWith(`${options.origin}/`) && !url.endsWith('.html'),
  )
}

/** One page load of `lib` in `scenario` under V8's sampling profiler: the raw profile. */
export async function recordProfile(browser, { origin, lib, scenario, storageState }) {
  const { context, page, cdp } = await openPage(browser, scenario, storageState)
  try {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US })
    await cdp.send('Profiler.start')
    await page.goto(pageUrl(origin, lib, scenario), { waitUntil: 'load' })
    await page.waitForTimeout(SETTLE_MS)
    const { profile } = await cdp.send('Profiler.stop')
    return profile
  } finally {
    await context.close()
  }
}

/** Sum of sample intervals whose stack holds a frame from a script `isLibrary(url)` accepts. */
export function libraryTime(profile, isLibraryUrl) {
  const parent = new Map()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id)
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const inLibrary = new Map()
  const isLibrary = (id) => {
    if (id === undefined) return false
    if (!inLibrary.has(id))
      inLibrary.set(id, isLibraryUrl(byId.get(id).callFrame.url) || isLibrary(parent.get(id)))
    return inLibrary.get(id)
  }
  let us = 0
  profile.samples.forEach((id, i) => {
    if (isLibrary(id)) us += profile.timeDeltas[i] ?? 0
  })
  return us / 1000
}
