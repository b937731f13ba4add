import { mkdtempSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { CLI_BUILT, type SpawnedCollector, spawnCollector } from '../testing/spawn-collector.js'

if (!CLI_BUILT)
  console.warn(
    '[collector tests] serve-command tests SKIPPED: dist/cli.js is missing; run `pnpm --filter @assent/collector build` first',
  )

let running: SpawnedCollector | null = null
afterEach(async () => {
  running?.child.kill('SIGTERM')
  await running?.exited
  running = null
})

const db = () => join(mkdtempSync(join(tmpdir(), 'assent-serve-')), 'r.db')

describe.skipIf(!CLI_BUILT)('assent-collector serve, as its own process', () => {
  test('purges once at start with a --purge-every above 2^31-1 ms, not every millisecond', async () => {
    running = await spawnCollector([
      '--db',
      db(),
      '--site',
      'demo=https://demo.example',
      '--retention',
      '1d',
      '--purge-every',
      '25d',
    ])
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(running.output().match(/purged \d+ receipts/g)).toHaveLength(1)
  })

  test('closes a connection whose headers trickle in past --header-timeout', async () => {
    running = await spawnCollector([
      '--db',
      db(),
      '--site',
      'demo=https://demo.example',
      '--header-timeout',
      '1s',
      '--body-timeout',
      '1s',
    ])
    const port = Number(new URL(running.url).port)
    const socket = connect(port, '127.0.0.1')
    socket.on('error', () => {})
    let received = ''
    socket.on('data', (d) => {
      received += d
    })
    socket.write('POST /v1/receipts HTTP/1.1\r\nHost: x\r\n')
    const trickle = setInterval(() => socket.write('X-Slow: a\r\n'), 200)
    const closed = await Promise.race([
      new Promise<boolean>((resolve) => socket.once('close', () => resolve(true))),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 6_000)),
    ])
    clearInterval(trickle)
    socket.destroy()
    expect(closed).toBe(true)
    expect(received).toMatch(/^HTTP\/1\.1 408/)
  })

  test('refuses a --header-timeout that is not a duration', async () => {
    await expect(
      spawnCollector([
        '--db',
        db(),
        '--site',
        'demo=https://demo.example',
        '--header-timeout',
        '5',
      ]),
    ).rejects.toThrow(/--header-timeout "5" is not a duration like 10s/)
  })
})
