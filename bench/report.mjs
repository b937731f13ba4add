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

const lower = (title) => title.charAt(0).toLowerCase() + title.slice(1)

const summaryOf = (row, scenarioId) => row.stats.find((x) => x.scenario.id === scenarioId)?.summary

/** The bytes table: one row per library; what a first and a returning visit transfer. */
export function bytesTable(rows) {
  const body = rows
    .filter(({ lib }) => lib.id !== 'none')
    .map((row) => [
      row.lib.label,
      row.version,
      row.disk.files.join(', ') || '—',
      kb(row.disk.raw),
      kb(row.disk.gzip),
      kb(summaryOf(row, 'first-1x')?.transferred?.median),
      kb(summaryOf(row, 'returning-1x')?.transferred?.median),
    ])
  const header = [
    'library',
    'version',
    'files',
    'raw KB',
    'gzip KB',
    'first visit: transferred KB',
    'returning visit: transferred KB',
  ]
  return markdownTable(header, [false, false, false, true, true, true, true], body)
}

/** The timing table for one first-visit scenario. */
export function timingTable(rows, scenario) {
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
  for (const row of rows) {
    const s = summaryOf(row, scenario.id)
    if (!s) continue
    body.push([
      row.lib.label,
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
  return [
    `**${scenario.title}** — median (min–max) over runs, ms since navigation start`,
    '',
    markdownTable(header, [false, ...header.slice(1).map(() => true)], body),
  ].join('\n')
}

/** The table for one returning-visitor scenario: no banner, so bytes, script time and tasks. */
export function returningTable(rows, scenario) {
  const header = [
    'library',
    'transferred KB',
    'library JS',
    'long tasks',
    'longest task',
    "library's longest task",
    'TBT',
    'load',
    'CLS',
  ]
  const body = []
  for (const row of rows) {
    const s = summaryOf(row, scenario.id)
    if (!s) continue
    body.push([
      row.lib.label,
      range(s.transferred, kb),
      range(s.js, ms),
      range(s.longTasks, String),
      range(s.longestTask, ms),
      range(s.longestLibTask, ms),
      range(s.tbt, ms),
      range(s.load, ms),
      range(s.cls, cls),
    ])
  }
  return [
    `**${scenario.title}** — median (min–max) over runs, ms since navigation start`,
    '',
    markdownTable(header, [false, ...header.slice(1).map(() => true)], body),
  ].join('\n')
}

/**
 * Each Assent row against the targets (docs/benchmarks.md), from the medians of one run:
 * vanilla-cookieconsent is the yardstick.
 */
export function goalsList(rows, scenarios) {
  const yardstick = rows.find((r) => r.lib.id === 'cookieconsent')
  const assents = rows.filter((r) => r.lib.id.startsWith('assent'))
  if (!assents.length) return '- assent.js was not measured (no packages/widget/dist/assent.js).'
  if (!yardstick)
    return ['- vanilla-cookieconsent was not measured.', ...firstRttLines(rows)].join('\n')
  const lines = []
  for (const row of assents) {
    const name = row.lib.label
    const js = (id) => [median(row, id, 'js'), median(yardstick, id, 'js')]
    const [ret, retCc] = js('returning-4x')
    if (ret !== undefined)
      lines.push(
        `- ${name}, returning visitor at 4× CPU: script time at most a third of vanilla-cookieconsent's — ${mark(ret <= retCc / 3)} (${ms(ret)} vs ${ms(retCc)} ms)`,
      )
    for (const scenario of scenarios.filter((s) => !s.returning)) {
      const mine = median(row, scenario.id, 'visible')
      const theirs = median(yardstick, scenario.id, 'visible')
      if (mine === undefined || theirs === undefined) continue
      lines.push(
        `- ${name}, ${lower(scenario.title)}: banner visible no later than vanilla-cookieconsent's — ${mark(mine <= theirs)} (${ms(mine)} vs ${ms(theirs)} ms)`,
      )
    }
    const [first, firstCc] = js('first-4x')
    if (first !== undefined)
      lines.push(
        `- ${name}, first visit at 4× CPU: script time no more than vanilla-cookieconsent's — ${mark(first <= firstCc)} (${ms(first)} vs ${ms(firstCc)} ms)`,
      )
    for (const scenario of scenarios) {
      const s = summaryOf(row, scenario.id)
      if (!s) continue
      const longest = s.longestLibTask?.median ?? 0
      const own = s.libScriptInLongestTask?.median
      const clsMax = s.cls?.max ?? 0
      const ownPart = own === undefined ? '' : `, of which Assent's own scripts ${ms(own)} ms`
      lines.push(
        `- ${name}, ${lower(scenario.title)}: no task of Assent's over 50 ms — ${mark(longest <= 50)} (median longest ${ms(longest)} ms${ownPart}); CLS 0 — ${mark(clsMax === 0)} (max ${cls(clsMax)})`,
      )
    }
  }
  return [...lines, ...firstRttLines(rows)].join('\n')
}

const mark = (ok) => (ok ? 'met' : '**not met**')
const median = (row, id, metric) => summaryOf(row, id)?.[metric]?.median
const signed = (v) => `${v < 0 ? '−' : '+'}${Math.abs(Math.round(v))}`
const lookups = (row, id) => {
  const n = median(row, id, 'regionLookups')
  return n === undefined ? '' : `; ${n} request${n === 1 ? '' : 's'} to /v1/region per load`
}

/**
 * Assent's own first-visit variants at the same latency against its plain `first-rtt` page of
 * the same run (median "banner visible"): what a region lookup costs (the region scenarios;
 * target, issue 13: at most one round trip), and what the preload hint for assent-ui.js saves.
 */
export function firstRttLines(rows) {
  const lines = []
  for (const row of rows.filter((r) => r.lib.id.startsWith('assent'))) {
    const plain = median(row, 'first-rtt', 'visible')
    if (plain === undefined) continue
    const rtt = row.stats.find((x) => x.scenario.id === 'first-rtt')?.scenario.rtt ?? 0
    const looked = median(row, 'first-rtt-region', 'visible')
    const answered = median(row, 'first-rtt-region', 'regionAnswered')
    const wait = median(row, 'first-rtt-region', 'regionWait')
    const at =
      (answered === undefined ? '' : `, answered at ${ms(answered)} ms`) +
      (wait === undefined ? '' : `, ${ms(wait)} ms after assent-ui.js`)
    if (looked !== undefined)
      lines.push(
        `- ${row.lib.label}, first visit at ${rtt} ms RTT: region lookup adds ${signed(looked - plain)} ms to banner visible (${ms(looked)} vs ${ms(plain)} ms without \`jurisdictions\`${lookups(row, 'first-rtt-region')}${at}); at most one round trip (${rtt} ms) — ${mark(looked - plain <= rtt)}`,
      )
    const preloaded = median(row, 'first-rtt-preload', 'visible')
    if (preloaded !== undefined)
      lines.push(
        `- ${row.lib.label}, first visit at ${rtt} ms RTT with \`<link rel="preload">\` for assent-ui.js: ${signed(preloaded - plain)} ms to banner visible (${ms(preloaded)} vs ${ms(plain)} ms without it)`,
      )
    const cached = median(row, 'first-rtt-region-cached', 'visible')
    if (cached !== undefined)
      lines.push(
        `- ${row.lib.label}, next page of the session at ${rtt} ms RTT, region cached in sessionStorage: ${signed(cached - plain)} ms to banner visible (${ms(cached)} vs ${ms(plain)} ms${lookups(row, 'first-rtt-region-cached')})`,
      )
  }
  return lines
}
