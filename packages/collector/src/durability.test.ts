import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sampleReceipt } from '@assent/receipt'
import postgres from 'postgres'
import { describe, expect, test } from 'vitest'
import { CLI_BUILT, spawnCollector } from './testing/spawn-collector.js'
import { PG_URL } from './testing/test-stores.js'

if (!CLI_BUILT)
  console.warn(
    '[collector tests] durability tests SKIPPED: dist/cli.js is missing; run `pnpm --filter @assent/collector build` first',
  )

const ARGS = ['--site', 'demo=https://demo.example', '--rate-limit', 'off']

/** Post receipts from `connections` loops until `stop()`; collect the ids acknowledged with 2xx. */
function load(url: string, connections: number) {
  const acked: string[] = []
  let running = true
  const loops = Array.from({ length: connections }, async () => {
    while (running) {
      const receipt = sampleReceipt()
      try {
        const res = await fetch(`${url}/v1/receipts`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify(receipt),
        })
        if (res.status === 201 || res.status === 200) acked.push(receipt.receiptId)
        await res.arrayBuffer()
      } catch {
        return // the server went away
      }
    }
  })
  return {
    acked,
    stop: () => {
      running = false
      return Promise.all(loops)
    },
    done: Promise.all(loops),
  }
}

const until = async (condition: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms
  while (!condition() && Date.now() < end) await new Promise((r) => setTimeout(r, 10))
}

async function missing(url: string, ids: string[]): Promise<string[]> {
  const lost: string[] = []
  for (let i = 0; i < ids.length; i += 50) {
    await Promise.all(
      ids.slice(i, i + 50).map(async (id) => {
        const res = await fetch(`${url}/v1/receipts/${id}`)
        if (res.status !== 200) lost.push(id)
        await res.arrayBuffer()
      }),
    )
  }
  return lost
}

type Target = { db: string; dispose: () => Promise<void> }
const targets: [string, () => Promise<Target>][] = [
  [
    'sqlite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'assent-durability-'))
      return {
        db: join(dir, 'receipts.db'),
        dispose: async () => rmSync(dir, { recursive: true, force: true }),
      }
    },
  ],
]
targets.push([
  'postgres',
  async () => {
    const pgUrl = PG_URL as string
    const name = `assent_durability_${randomBytes(4).toString('hex')}`
    const admin = postgres(pgUrl, { max: 1, onnotice: () => {} })
    await admin.unsafe(`CREATE DATABASE ${name}`)
    const url = new URL(pgUrl)
    url.pathname = `/${name}`
    return {
      db: url.toString(),
      dispose: async () => {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await admin.end()
      },
    }
  },
])

for (const [kind, open] of targets)
  describe.skipIf(!CLI_BUILT || (kind === 'postgres' && !PG_URL))(
    `durability of the real server on ${kind}`,
    () => {
      test('keeps every acknowledged receipt through kill -9 under load', async () => {
        const target = await open()
        try {
          const first = await spawnCollector([...ARGS, '--db', target.db])
          const traffic = load(first.url, 32)
          await until(() => traffic.acked.length >= 400, 20_000)
          first.child.kill('SIGKILL')
          await traffic.done
          await first.exited
          const acked = [...traffic.acked]
          expect(acked.length).toBeGreaterThanOrEqual(400)

          const second = await spawnCollector([...ARGS, '--db', target.db])
          expect(await missing(second.url, acked)).toEqual([])
          second.child.kill('SIGTERM')
          expect(await second.exited).toBe(0)
        } finally {
          await target.dispose()
        }
      })

      test('finishes in-flight requests and exits 0 on SIGTERM', async () => {
        const target = await open()
        try {
          const server = await spawnCollector([...ARGS, '--db', target.db])
          const traffic = load(server.url, 16)
          await until(() => traffic.acked.length >= 200, 20_000)
          server.child.kill('SIGTERM')
          expect(await server.exited).toBe(0)
          await traffic.stop()
          expect(server.output()).toContain('stopped')
          const again = await spawnCollector([...ARGS, '--db', target.db])
          expect(await missing(again.url, [...traffic.acked])).toEqual([])
          again.child.kill('SIGTERM')
          await again.exited
        } finally {
          await target.dispose()
        }
      })
    },
  )
