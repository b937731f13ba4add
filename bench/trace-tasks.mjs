// The main-thread tasks of one page load's Chromium trace in which a library's scripts ran
// (bench/profile-returning.mjs, bench/ab-boot.mjs). Needs the trace categories
// `devtools.timeline` and `disabled-by-default-devtools.timeline` (plus `v8` and
// `disabled-by-default-v8.compile` for the lazy compiles).

/**
 * Each task (`RunTask`) in which a script `isOwn(url)` accepts was evaluated or called: its
 * start and length (µs), the library's script events in it (wall and thread time), the
 * compiles and garbage collection inside those, and what ran. `backgroundUs`: the library's
 * scripts parsed off the main thread while they downloaded (script streaming).
 */
const OWN = new Set(['EvaluateScript', 'FunctionCall', 'TimerFire', 'FireIdleCallback'])
// The outermost compile steps: the streamed script's finalization, a function's lazy compile.
const COMPILE = new Set(['v8.compile', 'V8.CompileCode', 'V8.CompileLazy', 'V8.ParseFunction'])
const outermost = (list) =>
  list.filter(
    (e) =>
      !list.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur),
  )
export function tasksOf(events, isOwn) {
  const urlOf = (e) => e.args?.data?.url ?? ''
  const evaluate = events.find((e) => e.name === 'EvaluateScript' && isOwn(urlOf(e)))
  if (!evaluate) return { tasks: [], t0: 0, backgroundUs: 0 }
  // The page's main thread: the one that evaluated the library's first script.
  const onMain = events.filter(
    (e) => e.ph === 'X' && e.pid === evaluate.pid && e.tid === evaluate.tid,
  )
  const tasks = outermost(onMain.filter((e) => e.name === 'RunTask')).sort((a, b) => a.ts - b.ts)
  const out = []
  for (const task of tasks) {
    const end = task.ts + task.dur
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end)
    const own = outermost(inside.filter((e) => OWN.has(e.name) && isOwn(urlOf(e))))
    if (!own.length) continue
    const within = (e) => own.some((o) => e.ts >= o.ts && e.ts + (e.dur ?? 0) <= o.ts + o.dur)
    const sum = (list) => list.reduce((s, e) => s + (e.dur ?? 0), 0)
    out.push({
      ts: task.ts,
      dur: task.dur,
      ownUs: sum(own),
      // Thread time: what the main thread computed, without the throttling's pauses or the
      // time other processes took the CPU; steadier than wall time on a busy machine.
      ownCpuUs: own.reduce((s, e) => s + (e.tdur ?? 0), 0),
      compileUs: sum(outermost(inside.filter((e) => COMPILE.has(e.name) && within(e)))),
      gcUs: sum(
        outermost(inside.filter((e) => /^(MinorGC|MajorGC|V8\.GC_)/.test(e.name) && within(e))),
      ),
      what: [
        ...new Set(
          own.map((e) =>
            `${e.name} ${urlOf(e).replace(/^.*\//, '')} ${e.args?.data?.functionName ?? ''}`.trim(),
          ),
        ),
      ],
    })
  }
  // Parsed and compiled off the main thread while downloading (script streaming).
  const backgroundUs = events
    .filter((e) => e.name === 'v8.parseOnBackground' && isOwn(urlOf(e)))
    .reduce((s, e) => s + (e.dur ?? 0), 0)
  const start = events.find((e) => e.name === 'navigationStart')
  return { tasks: out, t0: start?.ts ?? out[0]?.ts ?? 0, backgroundUs }
}
