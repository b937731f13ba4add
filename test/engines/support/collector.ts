// A real collector for one test file: the built CLI on a throwaway SQLite file, allowing one
// site's origin. Stopped, and its file removed, after the file's tests.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnCollector } from '../../../packages/collector/src/testing/spawn-collector.js'

export interface TestCollector {
  url: string
  stop(): Promise<void>
}

export async function startCollector(siteId: string, origin: string): Promise<TestCollector> {
  const dataDir = mkdtempSync(join(tmpdir(), 'assent-engines-'))
  const db = join(dataDir, 'receipts.db')
  const collector = await spawnCollector(['--db', db, '--site', `${siteId}=${origin}`])
  return {
    url: collector.url,
    async stop() {
      collector.child.kill()
      await collector.exited
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
