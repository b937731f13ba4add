import { sampleReceipt } from '@assent/receipt'
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

afterEach(() => {
  delete (EXPORTERS as Record<string, Exporter>).tsv
})

test.each(EXPORT_FORMATS)(
  'GET /v1/export serves %s with its content type and extension',
  async (format) => {
    const collector = app()
    await postReceipt(collector, sampleReceipt())
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
