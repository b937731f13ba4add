// Renders the benchmark results as markdown tables, aligned the way the repository's
// formatter (biome) writes them, so regenerated files pass `pnpm lint` unchanged.

const ms = (v) => (v === null || v === undefined ? '—' : `${Math.round(v)}`)
const kb = (bytes) => (bytes ? (bytes / 1024).toFixed(1) : '—')
const range = (a, fmt) => (a ? `${fmt(a.median)} (${fmt(a.min)}–${fmt(a.max)})` : '—')
const cls = (v) => v.toFixed(3)

/** A markdown table; `right[i]` right-aligns column i. */
export function markdownTable(header, right, rows) {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((r) => r[i].length)))
  const pad = (cell, i) => (right[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))
  const line = (cells) => `| ${cells.map(pad).join(' | ')} |`
  const rule = widths.map((w, i) => (right[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)))
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n')
}

/** The bytes table: one row per library. */
export function bytesTable(rows) {
  const body = rows
    .filter(({ lib }) => lib.id !== 'none')
    .map(({ lib, version, disk, stats }) => [
      lib.label,
      version,
      disk.files.join(', ') || '—',
      kb(disk.raw),
      kb(disk.gzip),
      kb(stats[0]?.summary.transferred?.median),
    ])
  const header = ['library', 'version', 'files', 'raw KB', 'gzip KB', 'transferred KB']
  return markdownTable(header, [false, false, false, true, true, true], body)
}

/** The timing table for one CPU throttling rate. */
export function timingTable(rows, throttle) {
  const header = [
    'library',
    'FCP',
    'banner visible',
    'banner settled',
    'load',
    'library JS',
    'long tasks',
    'longest task',
    "library's longest task",
    'TBT',
    'CLS',
  ]
  const body = []
  for (const { lib, stats } of rows) {
    const s = stats.find((x) => x.throttle === throttle)?.summary
    if (!s) continue
    body.push([
      lib.label,
      range(s.fcp, ms),
      range(s.visible, ms),
      range(s.settled, ms),
      range(s.load, ms),
      range(s.js, ms),
      range(s.longTasks, String),
      range(s.longestTask, ms),
      range(s.longestLibTask, ms),
      range(s.tbt, ms),
      range(s.cls, cls),
    ])
  }
  const title = throttle === 1 ? 'unthrottled' : `throttled ${throttle}×`
  return [
    `**CPU ${title}** — median (min–max) over runs, ms since navigation start`,
    '',
    markdownTable(header, [false, ...header.slice(1).map(() => true)], body),
  ].join('\n')
}

/** Assent's goals (docs/benchmarks.md) checked against the medians of one run. */
export function goalsList(rows, throttles) {
  const assent = rows.find((r) => r.lib.id === 'assent')
  if (!assent) return '- assent.js was not measured (no packages/widget/dist/assent.js).'
  const others = rows.filter((r) => !['assent', 'none'].includes(r.lib.id))
  const mark = (ok) => (ok ? 'met' : '**not met**')
  const lines = []
  for (const throttle of throttles) {
    const at = (row) => row.stats.find((x) => x.throttle === throttle)?.summary
    const s = at(assent)
    const longest = s.longestLibTask?.median ?? 0
    const clsMax = s.cls?.max ?? 0
    const fastest = Math.min(
      ...others.map((r) => at(r)?.visible?.median ?? Number.POSITIVE_INFINITY),
    )
    const visible = s.visible?.median ?? Number.POSITIVE_INFINITY
    const label = throttle === 1 ? 'unthrottled' : `${throttle}× throttled`
    lines.push(
      `- ${label}: no long task over 50 ms caused by Assent — ${mark(longest <= 50)} (median longest ${ms(longest)} ms); ` +
        `CLS 0 — ${mark(clsMax === 0)} (max ${cls(clsMax)}); ` +
        `banner no later than the fastest other — ${mark(visible <= fastest)} (${ms(visible)} vs ${ms(fastest)} ms, medians)`,
    )
  }
  return lines.join('\n')
}
