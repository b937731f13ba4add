import { expect, type Page, test } from '@playwright/test'
import { type TextBundle, textHash } from '../../packages/receipt/src/index.js'
import {
  ADMIN_TOKEN,
  type EvidenceCollector,
  SITE_ORIGIN,
  withEvidenceCollector,
} from './evidence-collector'

// Issue 14, item 2, in Chromium: the built assent.js sends the texts behind a receipt's
// textHash once, a real collector checks and keeps them, and the receipts page shows them.

let collector: EvidenceCollector

withEvidenceCollector((started) => {
  collector = started
})

const receiptOf = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as { assent: { getConsent(): { receiptId?: string } } }
      ).assent.getConsent().receiptId!,
  )

test('the texts a visitor saw reach the collector once, hash-checked, and show on the receipts page', async ({
  page,
  context,
}) => {
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  const texts: string[] = []
  page.on(
    'request',
    (r) => r.url().includes('/v1/texts/') && texts.push(`${r.method()} ${r.url()}`),
  )
  await page.goto(`/test/evidence/pages/outbox.html?collector=${encodeURIComponent(collector.url)}`)
  await page.getByRole('button', { name: 'Reject all' }).click()
  const first = await receiptOf(page)
  await page.getByRole('button', { name: 'Cookie settings' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Accept all' }).click()
  const second = await receiptOf(page)
  await expect.poll(async () => (await collector.storedReceipts()).size).toBe(2)

  // One bundle for two decisions with the same texts, stored under the receipts' textHash.
  const stored = await (await fetch(`${collector.url}/v1/receipts/${second}`)).json()
  const hash = stored.receipt.textHash as string
  expect(hash).toMatch(/^[0-9a-f]{64}$/)
  await expect.poll(() => collector.texts(hash)).not.toBeNull()
  // POST, not the PUT the issue names: sendBeacon can only POST, and a text/plain POST needs
  // no CORS preflight (docs/evidence.md, "The route"); the collector takes both the same way.
  expect(texts).toEqual([`POST ${collector.url}/v1/texts/${hash}`])
  const bundle = (await collector.texts(hash)) as TextBundle
  expect(bundle.locale).toBe('en')
  expect(bundle.policy).toEqual({ version: '2026-01', url: `${SITE_ORIGIN}/privacy` })
  expect(bundle.texts.acceptAll).toBe('Accept all')
  expect(bundle.categories.map((c) => c.id)).toEqual(['essential', 'analytics', 'preference'])
  expect(bundle.categories[1]!.services[0]!.name).toBe('Matomo')
  // A later page with the same texts does not send them again.
  await page.reload()
  await page.getByRole('button', { name: 'Cookie settings' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Reject all' }).click()
  await expect.poll(async () => (await collector.storedReceipts()).size).toBe(3)
  expect(texts).toHaveLength(1)
  expect(errors).toEqual([])

  // The real server over HTTP: PUT of the same bundle is idempotent, a changed bundle under
  // this hash is refused naming the field, an oversized one is refused, and the texts export
  // carries the bundle.
  const putTexts = (path: string, body: unknown) =>
    fetch(`${collector.url}/v1/texts/${path}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', origin: SITE_ORIGIN },
      body: JSON.stringify(body),
    })
  const again = await putTexts(hash, { siteId: 'shop', bundle })
  expect(again.status).toBe(200)
  expect(await again.json()).toMatchObject({ hash, duplicate: true })
  const changed = { ...bundle, texts: { ...bundle.texts, rejectAll: 'No' } }
  const mismatch = await putTexts(hash, { siteId: 'shop', bundle: changed })
  expect(mismatch.status).toBe(400)
  expect(await mismatch.json()).toMatchObject({ error: 'hash_mismatch', field: 'hash' })
  const huge = { ...bundle, texts: { ...bundle.texts, description: 'x'.repeat(70_000) } }
  expect((await putTexts(await textHash(huge), { siteId: 'shop', bundle: huge })).status).toBe(413)
  const exported = await (
    await fetch(`${collector.url}/v1/export?format=texts`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    })
  ).text()
  const lines = exported
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
  expect(lines.map((line) => line.hash)).toEqual([hash])
  expect(await textHash(lines[0].bundle)).toBe(hash)

  // The receipts page: the row's Texts button shows what this visitor saw.
  const admin = await context.newPage()
  await admin.goto(`${collector.url}/admin`)
  await admin.getByLabel('Admin token').fill(ADMIN_TOKEN)
  await admin.getByRole('button', { name: 'Open' }).click()
  await admin
    .locator(`tr[data-receipt-id="${first}"]`)
    .getByRole('button', { name: 'Texts' })
    .click()
  const lookup = admin.getByRole('region', { name: 'What this visitor saw' })
  const seen = lookup.getByRole('region', { name: /^Receipt / })
  await expect(seen).toHaveAttribute('data-receipt-id', first)
  await expect(seen.locator('[data-seen="texts"]')).toContainText('Cookies on this site')
  await expect(seen).toContainText('Matomo')
  await expect(seen).toContainText('2026-01')
  await expect(seen).toContainText('reject-all')
  // Any receipt by id: a receipt without texts says why.
  const id = crypto.randomUUID()
  const apiOnly = {
    ...stored.receipt,
    receiptId: id,
    previousReceiptId: null,
    textHash: null,
    source: 'api',
  }
  const posted = await fetch(`${collector.url}/v1/receipts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(apiOnly),
  })
  expect(posted.status).toBe(201)
  await admin.getByLabel('Receipt id').fill(id)
  await expect(seen).toHaveAttribute('data-receipt-id', id)
  await expect(seen.locator('[data-seen="none"]')).toBeVisible()
})
