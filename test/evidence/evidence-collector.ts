import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '@playwright/test'
import {
  type SpawnedCollector,
  spawnCollector,
} from '../../packages/collector/src/testing/spawn-collector.js'

export const ADMIN_TOKEN = 'evidence-e2e-admin-token'
/** The test site as the browser reaches it (the e2e server's port). */
export const SITE_ORIGIN = `http://www.shop.test:${Number(process.env.ASSENT_E2E_PORT ?? 4310)}`

/** A real collector process (`assent-collector serve`) on a fresh SQLite file. */
export interface EvidenceCollector {
  url: string
  /** Every stored receipt id, with how many times it is stored. */
  storedReceipts(): Promise<Map<string, number>>
  /** The stored text bundle for a hash, or null. */
  texts(hash: string): Promise<unknown>
  /** Erase a subject (DELETE /v1/subjects/:id, with the admin token). */
  erase(subjectId: string): Promise<Response>
  stop(): Promise<void>
}

/** Start a collector for site `shop` whose browsers come from `origin`. */
export async function evidenceCollector(origin: string): Promise<EvidenceCollector> {
  const dir = mkdtempSync(join(tmpdir(), 'assent-evidence-e2e-'))
  const collector: SpawnedCollector = await spawnCollector(
    ['--db', join(dir, 'receipts.db'), '--site', `shop=${origin}`],
    { ASSENT_ADMIN_TOKEN: ADMIN_TOKEN },
  )
  const admin = (path: string) =>
    fetch(collector.url + path, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
  return {
    url: collector.url,
    async storedReceipts() {
      const text = await (await admin('/v1/export?format=ndjson')).text()
      const counts = new Map<string, number>()
      for (const line of text.split('\n').filter(Boolean)) {
        const id = JSON.parse(line).receipt.receiptId as string
        counts.set(id, (counts.get(id) ?? 0) + 1)
      }
      return counts
    },
    async texts(hash) {
      const answer = await fetch(`${collector.url}/v1/texts/${hash}?site=shop`)
      return answer.ok ? ((await answer.json()) as { bundle: unknown }).bundle : null
    },
    erase: (subjectId) =>
      fetch(`${collector.url}/v1/subjects/${subjectId}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      }),
    async stop() {
      collector.child.kill('SIGTERM')
      await collector.exited
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * A collector for this test file's tests, allowing `SITE_ORIGIN`: started before them and
 * stopped after; `use` receives it once started.
 */
export function withEvidenceCollector(use: (collector: EvidenceCollector) => void): void {
  let collector: EvidenceCollector | undefined
  test.beforeAll(async () => {
    collector = await evidenceCollector(SITE_ORIGIN)
    use(collector)
  })
  test.afterAll(async () => {
    await collector?.stop()
  })
}
