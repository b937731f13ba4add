// README.md's two timing rows ("Numbers"), taken from the tables `pnpm bench` writes into
// docs/benchmarks.md: run-bench.mjs rewrites them after a whole run, and
// test/docs/readme-sizes.e2e.ts fails when they drift from the run on record.

/** The cells of the first table after the line starting with `heading`, by row and column. */
export function markdownTable(markdown, heading) {
  const lines = markdown.split('\n')
  const start = lines.findIndex((line) => line.startsWith(heading))
  if (start < 0) throw new Error(`no table under "${heading}"`)
  const rows = []
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('**') || line.startsWith('#')) break
    if (line.startsWith('|'))
      rows.push(
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      )
  }
  const header = rows[0] ?? []
  return (row, column) => {
    const cells = rows.find((cells) => cells[0] === row)
    const at = header.indexOf(column)
    if (!cells || at < 0) throw new Error(`no cell ${row} × ${column} under "${heading}"`)
    return cells[at]
  }
}

/** `354 (299–539)` → `354`: the median of a bench cell. */
const median = (cell) => /^([\d.]+) /.exec(cell)[1]

/** The README rows (by words of their first cell) and the figure each must state. */
export function readmeTimings(benchmarks) {
  const first = markdownTable(benchmarks, '**First visit, CPU unthrottled**')
  const banner = (library) => median(first(library, 'banner visible'))
  const returning = markdownTable(
    benchmarks,
    '**Returning visitor (stored decision, no banner), CPU throttled 4×**',
  )
  const js = (library) => median(returning(library, 'library JS'))
  return [
    [
      'banner visible after navigation start',
      `${banner('assent.js')} ms (vanilla-cookieconsent ${banner('vanilla-cookieconsent')}, klaro ${banner('klaro')}); CLS ${Number(median(first('assent.js', 'CLS')))}`,
    ],
    [
      "a returning visitor's page view",
      `${js('assent.js')} ms (vanilla-cookieconsent ${js('vanilla-cookieconsent')}, klaro ${js('klaro')})`,
    ],
  ]
}

/** The index of the README table row that names `what`. */
function rowOf(lines, what) {
  const at = lines.findIndex((line) => line.startsWith('|') && line.includes(what))
  if (at < 0) throw new Error(`README.md has no Numbers row for ${what}`)
  return at
}

/** The figure cell (the second) of the README table row that names `what`. */
export function readmeFigure(readme, what) {
  const lines = readme.split('\n')
  return lines[rowOf(lines, what)].split('|')[2].trim()
}

/** README.md with its timing rows set from `benchmarks` (docs/benchmarks.md's text). */
export function withReadmeTimings(readme, benchmarks) {
  const lines = readme.split('\n')
  for (const [what, figure] of readmeTimings(benchmarks)) {
    const at = rowOf(lines, what)
    const cells = lines[at].split('|')
    cells[2] = ` ${figure} `
    lines[at] = cells.join('|')
  }
  return lines.join('\n')
}
