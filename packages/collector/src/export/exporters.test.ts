import { canonicalJson, sampleReceipt, sampleTextBundle, textHash } from '@assent/receipt'
import { afterEach, expect, test } from 'vitest'
import { HELP } from '../cli/help.js'
import { createCollector } from '../create-collector.js'
import { memoryStore } from '../stores/memory-store.js'
import { ADMIN, postReceipt } from '../testing/post.js'
import { exportChunks } from './export-chunks.js'
import { EXPORT_FORMATS, EXPORTERS, type Exporter, exportChoices } from './exporters.js'

const app = () =>
  createCollector({
    store: memoryStore(),
    sites: [{ id: 'demo', origins: ['https://demo.example'] }],
    adminTokens: ['test-admin-token'],
    rateLimit: false,
  })

const putTexts = (
  collector: ReturnType<typeof app>,
  hash: string,
  bundle: unknown,
  siteId = 'demo',
) =>
  collector.request(`/v1/texts/${hash}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ siteId, bundle }),
  })

afterEach(() => {
  delete (EXPORTERS as Record<string, Exporter>).tsv
})

test.each(EXPORT_FORMATS)(
  'GET /v1/export serves %s with its content type and extension',
  async (format) => {
    const collector = app()
    const bundle = sampleTextBundle()
    await putTexts(collector, await textHash(bundle), bundle)
    await postReceipt(collector, sampleReceipt({ textHash: await textHash(bundle) }))
    const res = await collector.request(`/v1/export?format=${format}`, { headers: ADMIN })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(EXPORTERS[format].contentType)
    expect(res.headers.get('content-disposition')).toMatch(
      new RegExp(`\\.${EXPORTERS[format].extension.replace('.', '\\.')}"$`),
    )
    expect((await res.text()).length).toBeGreaterThan(0)
  },
)

test('the CLI help and the receipts page list every format with its description', () => {
  for (const format of EXPORT_FORMATS) {
    expect(HELP.export).toContain(format)
    expect(HELP.export).toContain(EXPORTERS[format].description)
    expect(HELP.main).toContain(format)
  }
  expect(exportChoices().map((c) => c.format)).toEqual(EXPORT_FORMATS)
})

test('a format is one entry: a new EXPORTERS entry is served by the route and exportChunks', async () => {
  ;(EXPORTERS as Record<string, Exporter>).tsv = {
    label: 'TSV',
    description: 'receipt ids, tab-separated',
    contentType: 'text/tab-separated-values',
    extension: 'tsv',
    open: async () => ({ header: 'id\n', line: (r) => `${r.receipt.receiptId}\n` }),
  }
  const collector = app()
  const receipt = sampleReceipt()
  await postReceipt(collector, receipt)
  const res = await collector.request('/v1/export?format=tsv', { headers: ADMIN })
  expect(res.headers.get('content-type')).toBe('text/tab-separated-values')
  expect(await res.text()).toBe(`id\n${receipt.receiptId}\n`)
})

test('only own entries are formats: "constructor" and "toString" are refused', async () => {
  const collector = app()
  for (const format of ['constructor', 'toString', '__proto__']) {
    const res = await collector.request(`/v1/export?format=${format}`, { headers: ADMIN })
    expect(res.status).toBe(400)
    expect((await res.json()).field).toBe('format')
  }
  const chunks = exportChunks(memoryStore(), { format: 'constructor' as never })
  await expect(chunks.next()).rejects.toThrow(/format must be one of csv/)
})

test('the texts export writes each bundle the exported receipts name once, before its first use', async () => {
  const collector = app()
  const german = sampleTextBundle()
  const english = sampleTextBundle({ locale: 'en', texts: { title: 'Cookies on this site' } })
  const [de, en] = [await textHash(german), await textHash(english)]
  await putTexts(collector, de, german)
  await putTexts(collector, en, english)
  for (const hash of [en, de, en, null, 'b'.repeat(64)]) {
    expect((await postReceipt(collector, sampleReceipt({ textHash: hash }))).status).toBe(201)
  }
  const res = await collector.request('/v1/export?format=texts', { headers: ADMIN })
  const lines = (await res.text())
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line))
  expect(lines.map((l) => l.hash)).toEqual([en, de])
  expect(lines[0]).toMatchObject({
    siteId: 'demo',
    hash: en,
    bundle: JSON.parse(canonicalJson(english)),
  })
  expect(canonicalJson(lines[1].bundle)).toBe(canonicalJson(german))
  expect(await textHash(lines[1].bundle)).toBe(de)
  // Another site's receipts name no bundle of this one.
  const other = await collector.request('/v1/export?format=texts&site=blog', { headers: ADMIN })
  expect(await other.text()).toBe('')
})
