// A tiny static server for the benchmark pages on 127.0.0.1 and a free port. It sends
// gzip when the browser accepts it (as any production host would), from bytes compressed
// once at startup, so every library is served the same way.
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'
import { hostPage } from './host-page.mjs'
import { hostCss, libraries, widgetDist } from './libraries.mjs'

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
}

function fileFor(pathname) {
  if (pathname === '/host.css') return hostCss
  for (const lib of libraries) {
    const file = lib.files[pathname] ?? lib.config[pathname]
    if (file) return file
  }
  // Assent may fetch more of its own files lazily (languages); serve its whole dist folder.
  if (/^\/(assent[\w.-]*\.(js|css)|sha256\.js|i18n\/[\w.-]+)$/.test(pathname))
    return join(widgetDist, normalize(pathname))
  return null
}

function bodyFor(pathname) {
  const page = /^\/(\w+)\.html$/.exec(pathname)
  const lib = page && libraries.find((l) => l.id === page[1])
  if (lib)
    return {
      body: Buffer.from(hostPage({ title: lib.label, headTags: lib.headTags })),
      type: types['.html'],
    }
  const file = fileFor(pathname)
  if (!file || !existsSync(file)) return null
  return { body: readFileSync(file), type: types[extname(file)] ?? 'application/octet-stream' }
}

/** Starts the server; resolves to `{ origin, close }`. */
export function startServer() {
  const cache = new Map()
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    // No favicon: answer without a body so the console stays free of 404 errors.
    if (pathname === '/favicon.ico') return res.writeHead(204).end()
    if (!cache.has(pathname)) {
      const found = bodyFor(pathname)
      cache.set(pathname, found && { ...found, gzip: gzipSync(found.body, { level: 9 }) })
    }
    const entry = cache.get(pathname)
    if (!entry) {
      res.writeHead(404, { 'content-type': 'text/plain' })
      return res.end('not found')
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
    const body = gzip ? entry.gzip : entry.body
    res.writeHead(200, {
      'content-type': `${entry.type}; charset=utf-8`,
      'content-length': body.length,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    })
    res.end(body)
  })
  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      ok({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(done)),
      })
    })
  })
}
