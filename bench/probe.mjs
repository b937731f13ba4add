// Installed in every page before any of its scripts run (Playwright addInitScript). It
// records, identically for every library:
//  - banner.visible: when the first frame in which the banner has a non-zero box inside the
//    viewport, is not hidden, and has an effective opacity > 0 has been rendered (checked in
//    every animation frame; timed by a task posted from that frame, which runs after it);
//  - banner.settled: the same for the first frame in which its effective opacity reached 1
//    and its box stopped moving (the end of any entrance animation);
//  - long tasks (PerformanceObserver 'longtask', buffered) and long animation frames with
//    their scripts, so blocking time can be attributed to a file;
//  - layout shifts without recent input (CLS as the sum of their values).
// performance.now() counts from navigation start, so every time is "since navigation".

/** The probe itself; runs in the page. `path` is the library's banner selector path. */
export function probe(path) {
  const bench = { longtasks: [], loafs: [], shifts: [], banner: { visible: null, settled: null } }
  window.__bench = bench
  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({
        type,
        buffered: true,
      })
    } catch {}
  }
  observe('longtask', (e) => bench.longtasks.push({ start: e.startTime, duration: e.duration }))
  observe('long-animation-frame', (e) =>
    bench.loafs.push({
      start: e.startTime,
      duration: e.duration,
      blocking: e.blockingDuration,
      scripts: e.scripts.map((s) => ({
        url: s.sourceURL,
        start: s.startTime,
        duration: s.duration,
        invoker: s.invoker,
        compile: s.executionStart - s.startTime,
        forcedLayout: s.forcedStyleAndLayoutDuration,
      })),
    }),
  )
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput)
      bench.shifts.push({
        start: e.startTime,
        value: e.value,
        sources: (e.sources ?? []).map(describe),
      })
  })
  function describe(source) {
    const n = source.node
    return n
      ? `${n.nodeName.toLowerCase()}${n.id ? `#${n.id}` : ''}${n.className && typeof n.className === 'string' ? `.${n.className.split(' ')[0]}` : ''}`
      : '?'
  }
  function find() {
    let scope = document
    let el = null
    for (const selector of path) {
      el = scope.querySelector(selector)
      if (!el) return null
      scope = el.shadowRoot ?? el
    }
    return el
  }
  function opacity(el) {
    let value = 1
    for (let n = el; n && n.nodeType === 1; n = n.parentNode?.host ?? n.parentNode) {
      const style = getComputedStyle(n)
      if (style.display === 'none') return 0
      value *= Number(style.opacity)
    }
    return value
  }
  // A task posted from an animation frame callback runs after that frame has been rendered,
  // so its time is when the frame that first shows the banner was painted.
  function afterPaint(fn) {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => fn(performance.now())
    channel.port2.postMessage(0)
  }
  let last = ''
  let stableSince = null
  function check() {
    const el = find()
    if (el) {
      const r = el.getBoundingClientRect()
      const inView =
        r.width > 0 &&
        r.height > 0 &&
        r.bottom > 0 &&
        r.top < innerHeight &&
        r.right > 0 &&
        r.left < innerWidth
      const shown = inView && getComputedStyle(el).visibility !== 'hidden'
      const alpha = shown ? opacity(el) : 0
      if (alpha > 0 && !bench.banner.seen) {
        bench.banner.seen = true
        afterPaint((t) => {
          bench.banner.visible = t
        })
      }
      // Settled: full opacity and the same box in two frames in a row; the time is the first.
      const box = `${r.x},${r.y},${r.width},${r.height}`
      if (alpha >= 0.999 && box === last) {
        const finish = (t) => {
          bench.banner.settled = t
        }
        stableSince === null ? afterPaint(finish) : finish(stableSince)
        bench.banner.box = { x: r.x, y: r.y, width: r.width, height: r.height }
        return
      }
      last = alpha >= 0.999 ? box : ''
      stableSince = null
      if (last)
        afterPaint((t) => {
          if (last === box) stableSince = t
        })
    }
    if (performance.now() < 20000) requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}
