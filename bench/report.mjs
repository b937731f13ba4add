// Renders the benchmark results as markdown tables.

const ms = (v) => (v === null || v === undefined ? '—' : `${Math.round(v)}`)
const kb = (bytes) => (bytes ? (bytes / 1024).toFixed(1) : '—')
const range = (a, fmt) => (a ? `${fmt(a.median)} (${fmt(a.min)}–${fmt(a.max)})` : '—')
const cls = (v) => v.toFixed(3)

/** The bytes table: one row per library. */
export function bytesTable(rows) {
  const lines = [
    '| library | version | files | raw KB | gzip KB | transferred KB |',
    '|---|---|---|--:|--:|--:|',
  ]
  for (const { lib, version, disk, stats } of rows) {
    if (lib.id === 'none') continue
    const sent = stats[0]?.summary.transferred
    lines.push(
      `| ${lib.label} | ${version} | ${disk.files.join(', ') || '—'} | ${kb(disk.raw)} | ${kb(disk.gzip)} | ${sent ? kb(sent.median) : '—'} |`,
    )
  }
  return lines.join('\n')
}

/** The timing table for one CPU throttling rate. */
export function timingTable(rows, throttle) {
  const lines = [
    `**CPU ${throttle === 1 ? 'unthrottled' : `throttled ${throttle}×`}** — median (min–max) over runs, ms since navigation start`,
    '',
    "| library | FCP | banner visible | banner settled | load | library JS | long tasks | longest task | library's longest task | TBT | CLS |",
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ]
  for (const { lib, stats } of rows) {
    const s = stats.find((x) => x.throttle === throttle)?.summary
    if (!s) continue
    lines.push(
      `| ${lib.label} | ${range(s.fcp, ms)} | ${range(s.visible, ms)} | ${range(s.settled, ms)} | ${range(s.load, ms)} | ${range(s.js, ms)} | ${range(s.longTasks, String)} | ${range(s.longestTask, ms)} | ${range(s.longestLibTask, ms)} | ${range(s.tbt, ms)} | ${range(s.cls, cls)} |`,
    )
  }
  return lines.join('\n')
}
