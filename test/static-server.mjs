// Serves the repository to the browser tests: test pages, demo pages and built packages.
//   /assent.js, /assent.css, /sha256.js, /i18n/*  → packages/widget/dist/…   (the built script-tag files)
//   /<path>                           → the repository file at <path> (test/pages, demo/site, …)
// A file named *.csp.html is sent with a strict Content-Security-Policy header.
// Vendor hosts (Google, Matomo) are never served from here: tests answer them by request
// interception.
import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const widgetDist = join(root, 'packages/widget/dist')
const port = Number(process.argv[2] ?? 4310)
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'"

function locate(pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '')
  if (/^\/(assent\.(js|css)|sha256\.js|i18n\/)/.test(clean)) return join(widgetDist, clean)
  const file = join(root, clean)
  return file.startsWith(root) && !file.includes('node_modules') ? file : null
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  if (url.pathname === '/healthz') return res.end('ok')
  let file = locate(url.pathname)
  try {
    if (file && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!file || !statSync(file).isFile()) throw new Error('not found')
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' })
    return res.end('not found')
  }
  const headers = {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  }
  if (file.endsWith('.csp.html')) headers['content-security-policy'] = STRICT_CSP
  res.writeHead(200, headers)
  createReadStream(file).pipe(res)
}).listen(port, '127.0.0.1')
