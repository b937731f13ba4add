import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

/**
 * How the proxy in front of the collector behaves: `pass` forwards; `unavailable` answers 503
 * (with CORS, so the page reads the status) without forwarding; `beacons` forwards only what
 * the browser sent as a `no-cors` request (`sendBeacon` with a text body) and answers 503 to
 * the page's own `fetch` (`cors`), so a test can tell a beacon from a retry however slow the
 * machine; `hang` forwards but never answers; `slow` forwards and answers after `slowMs`.
 * `refuse()` closes the port.
 */
export type FaultMode = 'pass' | 'unavailable' | 'beacons' | 'hang' | 'slow'

/** A request the proxy saw: method, path and the mode it was met with. */
export interface SeenRequest {
  method: string
  path: string
  mode: FaultMode
  /**
   * Its `Sec-Fetch-Mode`: `cors` from `fetch`, `no-cors` from a text `sendBeacon`. Browsers
   * send it only to a trustworthy URL: name the proxy `127.0.0.1` where a test reads it.
   */
  fetchMode: string | undefined
  /** When it arrived (ms since the epoch). */
  at: number
}

/** What `beacons` mode let through: the requests the browser sent as `no-cors`. */
export const beaconsThrough = (seen: readonly SeenRequest[]): SeenRequest[] =>
  seen.filter((r) => r.mode === 'beacons' && r.fetchMode === 'no-cors')

/** A fault-injecting HTTP proxy on 127.0.0.1 in front of a real collector. */
export interface FaultProxy {
  url: string
  mode: FaultMode
  slowMs: number
  seen: SeenRequest[]
  /** Close the port: connections are refused until `accept()`. */
  refuse(): Promise<void>
  /** Listen again on the same port. */
  accept(): Promise<void>
  close(): Promise<void>
}

const readAll = async (req: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** `host` names the proxy in its URL: Playwright maps *.shop.test to 127.0.0.1 for Chromium. */
export async function faultProxy(
  target: string,
  host = 'collector.shop.test',
): Promise<FaultProxy> {
  const sockets = new Set<Socket>()
  const forward = async (req: IncomingMessage): Promise<Response> => {
    const body = await readAll(req)
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && name !== 'host' && name !== 'connection')
        headers[name] = value
    }
    return fetch(target + req.url, {
      method: req.method ?? 'GET',
      headers,
      ...(body.length ? { body: new Uint8Array(body) } : {}),
    })
  }
  const reply = async (res: ServerResponse, answer: Response) => {
    const headers: Record<string, string> = {}
    answer.headers.forEach((value, name) => {
      if (name !== 'content-encoding' && name !== 'content-length') headers[name] = value
    })
    res.writeHead(answer.status, headers).end(Buffer.from(await answer.arrayBuffer()))
  }
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const mode = proxy.mode
    const fetchMode = req.headers['sec-fetch-mode'] as string | undefined
    proxy.seen.push({
      method: req.method ?? '',
      path: req.url ?? '',
      mode,
      fetchMode,
      at: Date.now(),
    })
    if (mode === 'unavailable' || (mode === 'beacons' && fetchMode !== 'no-cors')) {
      await readAll(req)
      const origin = req.headers.origin
      res.writeHead(503, {
        'content-type': 'text/plain',
        ...(origin ? { 'access-control-allow-origin': origin } : {}),
      })
      return res.end('maintenance')
    }
    const answer = await forward(req)
    if (mode === 'hang') return // the socket stays open and silent until the browser gives up
    if (mode === 'slow') await new Promise((resolve) => setTimeout(resolve, proxy.slowMs))
    await reply(res, answer)
  }
  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy())
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  let port = 0
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as { port: number }).port
        resolve()
      })
    })
  const shut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy()
      server.close(() => resolve())
    })
  await listen()
  const proxy: FaultProxy = {
    url: `http://${host}:${port}`,
    mode: 'pass',
    slowMs: 3000,
    seen: [],
    refuse: shut,
    accept: listen,
    close: shut,
  }
  return proxy
}
