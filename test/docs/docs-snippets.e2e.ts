import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import ts from 'typescript'
import { docSnippets, parseMarker, ROOT, typeCheck } from './doc-snippets'

// Every snippet in docs/ is one a test runs or a build compiles: TypeScript blocks are
// type-checked against the built packages; JavaScript blocks must parse; HTML blocks marked
// `<!-- snippet: page -->` are loaded in Chromium with the built assent.js and must start it
// without a console error. `<!-- snippet: skip: why -->` excludes a block, with its reason.

const snippets = docSnippets()
const typed = snippets.filter(
  (s) => (s.lang === 'ts' || s.lang === 'tsx') && !parseMarker(s.marker).skip,
)
let checked: string[][] | undefined
const diagnostics = () => {
  checked ??= typeCheck(typed)
  return checked
}

const files = [...new Set(snippets.map((s) => s.file))]

// One type-check program covers every page's snippets (typeCheck, about 10 s of one core):
// the pages' compile tests run in one worker, one after the other, so it is built once per
// run, not once in each worker that happens to get one of them.
test.describe('type-checked', () => {
  test.describe.configure({ mode: 'default' })
  for (const file of files) {
    const own = snippets.filter((s) => s.file === file)
    const skipped = own.filter((s) => parseMarker(s.marker).skip)
    if (!own.some((s) => s.lang === 'ts' || s.lang === 'tsx' || s.lang === 'js')) continue
    test(`${file}: code snippets compile`, () => {
      test.setTimeout(120_000)
      for (const s of skipped) {
        const description = `${file}:${s.line}: ${parseMarker(s.marker).skip}`
        test.info().annotations.push({ type: 'skipped snippet', description })
        console.log(`skipped snippet ${description}`)
      }
      const problems: string[] = []
      typed.forEach((s, i) => {
        if (s.file !== file) return
        for (const d of diagnostics()[i]!) problems.push(`${file}:${s.line} (${s.lang}) ${d}`)
      })
      for (const s of own.filter((x) => x.lang === 'js' && !parseMarker(x.marker).skip)) {
        const out = ts.transpileModule(s.code, {
          reportDiagnostics: true,
          compilerOptions: { allowJs: true },
        })
        for (const d of out.diagnostics ?? []) {
          problems.push(
            `${file}:${s.line} (js) ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
          )
        }
      }
      expect(problems, problems.join('\n')).toEqual([])
    })
  }
})

for (const file of files) {
  const own = snippets.filter((s) => s.file === file)
  own
    .filter((s) => s.lang === 'html' && parseMarker(s.marker).page)
    .forEach((s) => {
      test(`${file}:${s.line}: the HTML snippet starts assent.js cleanly`, async ({ page }) => {
        const errors: string[] = []
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
        page.on('pageerror', (e) => errors.push(e.message))
        const widget = (name: string) => readFileSync(join(ROOT, 'packages/widget/dist', name))
        // A made-up origin: the snippet's page, the built widget files, and silence for the rest.
        await page.route('http://docs.test/**', async (route) => {
          const path = new URL(route.request().url()).pathname
          if (path === '/') {
            // A block that only configures (a JSON block) gets the script tag it configures.
            const tag = s.code.includes('assent.js')
              ? ''
              : '<script defer src="/assent.js"></script>'
            const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>snippet</title></head><body>\n${s.code}\n${tag}</body></html>`
            return route.fulfill({ body, contentType: 'text/html' })
          }
          // The widget's files, wherever the snippet puts them (`/assent.js`, `/assent/assent.js`).
          const file = /\/(assent(?:-[a-z]+)?\.(?:js|css)|sha256\.js|i18n\/[\w-]+\.js)$/.exec(
            path,
          )?.[1]
          if (file) {
            return route.fulfill({
              body: widget(file),
              contentType: path.endsWith('.css') ? 'text/css' : 'text/javascript',
            })
          }
          return route.fulfill({ body: '', contentType: 'text/javascript' })
        })
        await page.route(/^https?:\/\/(?!docs\.test)/, (route) =>
          route.fulfill({
            status: 201,
            body: '{}',
            headers: { 'access-control-allow-origin': '*' },
          }),
        )
        await page.goto('http://docs.test/')
        await expect(page.locator('assent-ui')).toHaveCount(1)
        await page.waitForFunction(
          () =>
            typeof (window as { assent?: { getConsent?: unknown } }).assent?.getConsent ===
            'function',
        )
        expect(errors).toEqual([])
      })
    })
}
