// The analytics stand-ins' server side: serves the stand-in gtag.js and matomo.js from
// demo/site/stand-ins (the one set the demo and the tests use), and records the hits they
// send (what Google Analytics and a self-hosted Matomo would have received), so the demo
// shows each choice's effect offline and the engine suite sees what reached a vendor.
import { join } from 'node:path'
import { locate, notFound, ROOT, sendFile } from './static-files.mjs'

/** Where the stand-in scripts live; served under /stand-ins/. */
export const STAND_INS = join(ROOT, 'demo/site/stand-ins')

/** One recorded analytics request. */
function hitFrom(vendor, params) {
  const page = vendor === 'ga' ? params.get('dl') : params.get('url')
  let path = page ?? ''
  try {
    path = new URL(page).pathname
  } catch {}
  return {
    vendor,
    // GA: the event name; Matomo: a page view when it carries an action name, else the event action.
    event:
      vendor === 'ga'
        ? (params.get('en') ?? 'hit')
        : params.has('action_name')
          ? 'page_view'
          : (params.get('e_a') ?? 'hit'),
    page,
    path,
    // GA: analytics_storage granted in gcs (G1<ad><analytics>); Matomo: cookie=1.
    cookies: vendor === 'ga' ? params.get('gcs')?.[3] === '1' : params.get('cookie') === '1',
  }
}

/**
 * The stand-ins for one demo run. `handle(req, res, url)` answers `/stand-ins/*` and
 * returns true, or returns false for other paths.
 */
export function createStandIns(root = STAND_INS) {
  const hits = []
  let next = 1
  const record = (vendor, url) => {
    hits.push({ id: next++, at: new Date().toISOString(), ...hitFrom(vendor, url.searchParams) })
    if (hits.length > 500) hits.shift()
  }
  const json = (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    res.end(JSON.stringify(body))
  }

  async function handle(req, res, url) {
    const path = url.pathname
    if (!path.startsWith('/stand-ins/')) return false
    if (path === '/stand-ins/hits') {
      if (req.method === 'DELETE') hits.length = 0
      json(res, 200, { hits })
    } else if (path === '/stand-ins/g/collect') {
      record('ga', url)
      res.writeHead(204).end()
    } else if (path === '/stand-ins/matomo/matomo.php') {
      record('matomo', url)
      res.writeHead(204).end()
    } else {
      const file = await locate(root, path.slice('/stand-ins'.length))
      if (file) await sendFile(req, res, file, { headers: { 'access-control-allow-origin': '*' } })
      else notFound(res)
    }
    return true
  }
  return { handle, hits }
}
