// Turns raw runs into per-run metrics, and many runs into median / min / max.
import { existsSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const SHARED = new Set(['/host.css', '/favicon.ico'])

/** Raw and gzip (level 9) bytes of a library's own files on disk. */
export function diskSizes(lib) {
  let raw = 0
  let gzip = 0
  const files = []
  for (const [url, file] of Object.entries(lib.files)) {
    if (!existsSync(file)) continue
    const body = readFileSync(file)
    raw += body.length
    gzip += gzipSync(body, { level: 9 }).length
    files.push(url.slice(1))
  }
  return { raw, gzip, files }
}

const isRegion = (url) => new URL(url).pathname === '/v1/region'

const overlaps = (a, b) => a.start < b.start + b.duration && b.start < a.start + a.duration

/** The numbers one run contributes to the table. */
export function runMetrics(run, lib) {
  const own = (url) => {
    const { pathname } = new URL(url)
    return !pathname.endsWith('.html') && !SHARED.has(pathname) && !(pathname in lib.config)
  }
  const libScript = (url) => {
    if (!url) return false
    return own(url) || new URL(url).pathname in lib.config
  }
  // A long task is the library's when one of the library's (or its config's) scripts ran
  // inside it, as reported by the Long Animation Frames API (which names script files).
  const libScripts = run.loafs.flatMap((f) => f.scripts).filter((s) => libScript(s.url))
  const libTasks = run.longtasks.filter((t) => libScripts.some((s) => overlaps(t, s)))
  const longest = (tasks) => tasks.reduce((m, t) => Math.max(m, t.duration), 0)
  // Of the library's longest task, the part its own scripts took (their Long Animation Frame
  // script entries inside it, compile included): a deferred script can run in the same task as
  // the end of parsing, so the task alone also counts the host page's work.
  const longestOwn = libTasks.find((t) => t.duration === longest(libTasks))
  const ownIn = (t) =>
    libScripts.reduce(
      (sum, s) =>
        sum +
        Math.max(
          0,
          Math.min(t.start + t.duration, s.start + s.duration) - Math.max(t.start, s.start),
        ),
      0,
    )
  const region = run.resources?.find((r) => isRegion(r.url))
  const uiFile = run.resources?.find((r) => new URL(r.url).pathname === lib.bannerFile)
  return {
    visible: run.banner.visible,
    settled: run.banner.settled,
    fcp: run.fcp,
    load: run.load,
    longTasks: run.longtasks.length,
    longestTask: longest(run.longtasks),
    tbt: run.longtasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
    libLongTasks: libTasks.length,
    longestLibTask: longest(libTasks),
    libScriptInLongestTask: longestOwn ? ownIn(longestOwn) : 0,
    cls: run.shifts.reduce((s, e) => s + e.value, 0),
    // The collector's GET /v1/region calls (region scenarios; none when the session has it),
    // and when the answer was in (ms since navigation start).
    regionLookups: run.transfers.filter((t) => isRegion(t.url)).length,
    regionAnswered: region?.end ?? null,
    // How long the banner waited for the answer beyond the file it needs anyway (Assent's
    // assent-ui.js, fetched at the same time): the lookup's own cost, little moved by load.
    regionWait: region && uiFile ? Math.max(0, region.end - uiFile.end) : null,
    transferred: run.transfers
      .filter((t) => own(t.url))
      .reduce((s, t) => s + t.responseBodySize + t.responseHeadersSize, 0),
  }
}

/** { median, min, max } of each metric over runs (nulls, e.g. no banner, are dropped). */
export function aggregate(metrics) {
  const out = {}
  for (const key of Object.keys(metrics[0] ?? {})) {
    const values = metrics.map((m) => m[key]).filter((v) => v !== null && v !== undefined)
    values.sort((a, b) => a - b)
    const mid = values.length >> 1
    out[key] = values.length
      ? {
          median: values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2,
          min: values[0],
          max: values[values.length - 1],
          n: values.length,
        }
      : null
  }
  return out
}
