import { expect, test } from '@playwright/test'
import { type TextBundle, textHash } from '../../packages/receipt/src/index.js'
import { ADMIN_TOKEN, type EvidenceCollector, withEvidenceCollector } from './evidence-collector'

// In Chromium, with the built assent.js and a real collector: the texts behind a receipt name
// the signal note as the visitor read it ("…so we switched off Analytics."), not the
// `{categories}` template, so an auditor can tell the exact sentence from the evidence alone.

let collector: EvidenceCollector

withEvidenceCollector((started) => {
  collector = started
})

test('a GPC visitor’s receipt names texts that hold the signal note as shown', async ({
  page,
  context,
}) => {
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
  )
  await page.goto(`/test/evidence/pages/outbox.html?collector=${encodeURIComponent(collector.url)}`)
  // Opt-in asks despite the signal: the banner notes it, the dialog says what it switched off.
  await expect(page.getByText('Opt-Out Request Honored')).toBeVisible()
  await page.getByRole('button', { name: 'Customise' }).click()
  const dialog = page.getByRole('dialog')
  const note =
    'Your browser sent a Global Privacy Control signal, so we switched off Analytics. You can still change this here.'
  await expect(dialog).toContainText(note)
  await dialog.getByRole('button', { name: 'Save choices' }).click()
  await expect.poll(async () => (await collector.storedReceipts()).size).toBe(1)
  const [id] = (await collector.storedReceipts()).keys()
  const { receipt } = await (await fetch(`${collector.url}/v1/receipts/${id}`)).json()
  expect(receipt.signals).toEqual({ gpc: true, dnt: false })
  await expect.poll(() => collector.texts(receipt.textHash)).not.toBeNull()
  const bundle = (await collector.texts(receipt.textHash)) as TextBundle
  expect(bundle.signal).toEqual({ label: 'Opt-Out Request Honored', text: note })
  expect(await textHash(bundle)).toBe(receipt.textHash)

  // The receipts page shows the note beside what the visitor chose.
  const admin = await context.newPage()
  await admin.goto(`${collector.url}/admin`)
  await admin.getByLabel('Admin token').fill(ADMIN_TOKEN)
  await admin.getByRole('button', { name: 'Open' }).click()
  // The row's Texts button, once the table is there (filling the receipt id at once raced
  // the page's start on a loaded CI machine: nothing was looked up).
  await admin.locator(`tr[data-receipt-id="${id}"]`).getByRole('button', { name: 'Texts' }).click()
  const lookup = admin.getByRole('region', { name: 'What this visitor saw' })
  const seen = lookup.getByRole('region', { name: /^Receipt / })
  await expect(seen).toHaveAttribute('data-receipt-id', id!)
  await expect(seen.locator('[data-seen="signal"]')).toContainText(note)
})
