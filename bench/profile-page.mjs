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

/**
 * Adds a CPU profile's samples to `self`, keyed by `name(frame)` of the innermost frame that
 * `isOwn(frame)` accepts (time in native code or GC under it as "(what) under <frame>"), and
 * to `total` for every own frame on the stack, once each. Returns the sampled µs under own
 * frames. For the profiling scripts (profile-breakdown.mjs, profile-returning.mjs).
 */
export function attributeSamples(profile, { isOwn, name }, self, total) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  let sum = 0
  profile.samples.forEach((id, k) => {
    const us = profile.timeDeltas[k] ?? 0
    let innermost
    const onStack = new Set()
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at).callFrame
      if (!isOwn(f)) continue
      innermost ??= { f, direct: at === id }
      onStack.add(name(f))
    }
    if (!innermost) return
    sum += us
    const key = innermost.direct
      ? name(innermost.f)
      : `(${byId.get(id).callFrame.functionName || 'native'}) under ${name(innermost.f)}`
    self.set(key, (self.get(key) ?? 0) + us)
    for (const n of onStack) total.set(n, (total.get(n) ?? 0) + us)
  })
  return sum
}
