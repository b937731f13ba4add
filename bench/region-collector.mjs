// The collector's `GET /v1/region` as the benchmark's region scenarios meet it: on an origin
// of its own (another port), answering with the body and headers of the real route
// (packages/collector/src/routes/region-route.ts) for a collector configured with a trusted
// country header (`--region-header`) that says BENCH_REGION. Everything else is a 404: the
// bench page sends no receipt before a click.
import { createServer } from 'node:http'
import { listen } from '../scripts/serve/listen.mjs'
import { notFound } from '../scripts/serve/static-files.mjs'

/** France: in the EEA, so the region page gets the same opt-in banner as the plain one. */
export const BENCH_REGION = 'FR'

/** The route's answer: `{ region }`, never cached, readable from any origin. */
export function regionResponse(origin) {
  return {
    status: 200,
    headers: {
      'content-type': 'application/json',
      'cache-control': 'private, no-store',
      vary: 'Origin',
      ...(origin ? { 'access-control-allow-origin': '*' } : {}),
    },
    body: JSON.stringify({ region: BENCH_REGION }),
  }
}

/** Starts the stand-in on 127.0.0.1 and a free port; resolves to `{ origin, close }`. */
export async function startRegionCollector() {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    if (req.method !== 'GET' || pathname !== '/v1/region') return notFound(res)
    const { status, headers, body } = regionResponse(req.headers.origin)
    res.writeHead(status, headers).end(body)
  })
  const running = await listen(server, 0)
  return { origin: `http://127.0.0.1:${running.port}`, close: running.close }
}
