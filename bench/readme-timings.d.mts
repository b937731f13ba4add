// Types of readme-timings.mjs, for test/docs/readme-sizes.e2e.ts.

/** The cells of the first table after the line starting with `heading`, by row and column. */
export function markdownTable(
  markdown: string,
  heading: string,
): (row: string, column: string) => string

/** The README rows (by words of their first cell) and the figure each must state. */
export function readmeTimings(benchmarks: string): Array<[what: string, figure: string]>

/** The figure cell (the second) of the README table row that names `what`. */
export function readmeFigure(readme: string, what: string): string

/** README.md with its timing rows set from `benchmarks` (docs/benchmarks.md's text). */
export function withReadmeTimings(readme: string, benchmarks: string): string
