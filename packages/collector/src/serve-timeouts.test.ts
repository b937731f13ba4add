import { connect, type Socket } from 'node:net'
import { sampleReceipt } from '@assent/receipt'
import { afterEach, expect, test } from 'vitest'
import { createCollector } from './create-collector.js'
import { type RunningServer, type ServeOptions, serve } from './serve.js'
import { memoryStore } from './stores/memory-store.js'

// Real sockets (node:net): what a slow or hostile client does on the wire, byte by byte.
let running: RunningServer | null = null
let trickle: ReturnType<typeof setInterval> | undefined
afterEach(async () => {
  clearInterval(trickle)
  await running?.close()
  running = null
})

const logged = { error: [] as unknown[][], debug: [] as unknown[][] }

async function start(options: Partial<ServeOptions> & { fast?: boolean } = {}) {
  logged.error = []
  logged.debug = []
  const store = memoryStore()
  const app = createCollector({
    store,
    sites: [{ id: 'demo', origins: ['https://demo.example'] }],
    rateLimit: false,
    logger: {
      error: (...a: unknown[]) => logged.error.push(a),
      warn: () => {},
      debug: (...a: unknown[]) => logged.debug.push(a),
    },
  })
  running = await serve({
    app,
    ...(options.fast === false ? {} : { fastPath: app.fastPath }),
    store,
    port: 0,
    handleSignals: false,
    ...options,
  })
  return { store, port: running.port }
}

/** A raw TCP client: what it received, and a promise that settles when the server closes it. */
function open(port: number) {
  const socket: Socket = connect(port, '127.0.0.1')
  let received = ''
  socket.setEncoding('latin1')
  socket.on('data', (d: string) => {
    received += d
  })
  socket.on('error', () => {}) // a reset after the server closes is expected
  const closed = new Promise<number>((resolve) => {
    const started = Date.now()
    socket.once('close', () => resolve(Date.now() - started))
  })
  return { socket, closed, received: () => received }
}

/** Resolves with the ms until `closed` settles, or rejects after `ms`. */
const within = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`still open after ${ms} ms`)), ms),
    ),
  ])

const HEAD = 'POST /v1/receipts HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n'

test('answers 408 and closes a connection whose headers trickle in past the header timeout', async () => {
  const { port } = await start({ headerTimeoutMs: 300, bodyTimeoutMs: 300 })
  const client = open(port)
  client.socket.write(HEAD)
  trickle = setInterval(() => client.socket.write('X-Slow: a\r\n'), 100)
  // Node's own default waits 60 s for headers (and checks only every 30 s).
  await within(client.closed, 4_000)
  expect(client.received()).toMatch(/^HTTP\/1\.1 408/)
})

test('answers 408 and closes a connection whose body trickles in past the body timeout', async () => {
  const { port } = await start({ headerTimeoutMs: 300, bodyTimeoutMs: 300 })
  const client = open(port)
  client.socket.write(`${HEAD}Content-Length: 4000\r\n\r\n{`)
  trickle = setInterval(() => client.socket.write(' '), 50)
  // Node's own default waits 5 minutes for a whole request.
  await within(client.closed, 4_000)
  expect(client.received()).toMatch(/^HTTP\/1\.1 408/)
})

for (const fast of [true, false])
  test(`closes the connection after a 413 instead of reading an endless chunked body (${fast ? 'fast path' : 'Hono'})`, async () => {
    // Timeouts far away: the close must come from the 413, not from them.
    const { port } = await start({ fast, headerTimeoutMs: 60_000, bodyTimeoutMs: 60_000 })
    const client = open(port)
    client.socket.write(`${HEAD}Transfer-Encoding: chunked\r\n\r\n`)
    const chunk = `400\r\n${'x'.repeat(0x400)}\r\n`
    trickle = setInterval(() => {
      if (!client.socket.destroyed) client.socket.write(chunk)
    }, 2)
    await within(client.closed, 5_000)
    expect(client.received()).toMatch(/^HTTP\/1\.1 413/)
    expect(client.received()).toMatch(/\r\nconnection: close\r\n/i)
    expect(logged.error).toEqual([])
  })

test('answers a declared oversized body 413 with Connection: close, without reading it', async () => {
  const { port } = await start({ headerTimeoutMs: 60_000, bodyTimeoutMs: 60_000 })
  const client = open(port)
  client.socket.write(`${HEAD}Content-Length: 100000000\r\n\r\n`)
  trickle = setInterval(() => {
    if (!client.socket.destroyed) client.socket.write('x'.repeat(4096))
  }, 2)
  await within(client.closed, 5_000)
  expect(client.received()).toMatch(/^HTTP\/1\.1 413/)
  expect(client.received()).toMatch(/\r\nconnection: close\r\n/i)
})

for (const fast of [true, false])
  test(`logs a client hanging up mid-body as a debug line, not an error (${fast ? 'fast path' : 'Hono'})`, async () => {
    const { store, port } = await start({ fast })
    const client = open(port)
    const body = JSON.stringify(sampleReceipt())
    client.socket.write(`${HEAD}Content-Length: ${body.length}\r\n\r\n${body.slice(0, 50)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
    client.socket.destroy()
    await client.closed
    for (let i = 0; i < 50 && logged.debug.length === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 20))
    expect(logged.debug.flat().join(' ')).toMatch(/hung up mid-body/)
    expect(logged.error).toEqual([])
    expect(await store.count()).toBe(0)
  })

test('still stores a receipt sent at an ordinary pace', async () => {
  const { store, port } = await start({ headerTimeoutMs: 1_000, bodyTimeoutMs: 1_000 })
  const client = open(port)
  const body = JSON.stringify(sampleReceipt())
  client.socket.write(`${HEAD}Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`)
  await within(client.closed, 4_000)
  expect(client.received()).toMatch(/^HTTP\/1\.1 201/)
  expect(await store.count()).toBe(1)
})

test('refuses a timeout that is not a positive whole number of milliseconds', async () => {
  await expect(start({ headerTimeoutMs: 0 })).rejects.toThrow(/headerTimeoutMs 0/)
  running = null
  await expect(start({ bodyTimeoutMs: 2.5 })).rejects.toThrow(/bodyTimeoutMs 2.5/)
  running = null
})
