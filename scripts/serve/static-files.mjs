// The one static file server of the repository: the browser tests (test/static-server.mjs),
// the engine suite, the demo (scripts/demo) and the benchmark (bench/static-server.mjs) all
// send files through here. Each caller only decides which file a URL names.
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
export const WIDGET_DIST = join(ROOT, 'packages/widget/dist')

/** The built script-tag files a page loads from the site's root: /assent.js, /i18n/*, … */
export const WIDGET_FILE = /^\/(assent[\w.-]*\.(js|css)|sha256\.js|i18n\/[\w.-]+)$/

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
}

export const contentType = (file) => TYPES[extname(file)] ?? 'application/octet-stream'

/** The file under `root` a URL path names (a directory means its index.html), or null. */
export async function locate(root, pathname) {
  let file = join(root, normalize(decodeURIComponent(pathname)).replace(/^([/\\]*\.\.)+/, ''))
  if (file !== root && !file.startsWith(root + sep)) return null
  if (file.split(sep).includes('node_modules')) return null
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
    return (await stat(file)).isFile() ? file : null
  } catch {
    return null
  }
}

/** The built widget file a URL path names, or null (see WIDGET_FILE). */
export const locateWidgetFile = (pathname) =>
  WIDGET_FILE.test(pathname) ? locate(WIDGET_DIST, pathname) : null

// Compressed once per body: the benchmark serves every library the same way, without
// spending CPU on compression while it measures.
const gzipped = new Map()

/**
 * Send a body. `options.gzip` compresses it when the browser accepts gzip (the benchmark:
 * as any production host would); `options.headers` are added.
 */
export function sendBody(req, res, body, type, options = {}) {
  const wantsGzip = options.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
  let bytes = typeof body === 'string' ? Buffer.from(body) : body
  if (wantsGzip) {
    const key = options.cacheKey
    const packed = (key && gzipped.get(key)) ?? gzipSync(bytes, { level: 9 })
    if (key) gzipped.set(key, packed)
    bytes = packed
  }
  res.writeHead(200, {
    'content-type': type,
    'content-length': bytes.length,
    'cache-control': 'no-store',
    ...(wantsGzip ? { 'content-encoding': 'gzip' } : {}),
    ...options.headers,
  })
  res.end(bytes)
}

/**
 * Send a file. `options.transform` may rewrite HTML (as text) before it goes out; `headers`
 * and `gzip` as for sendBody.
 */
export async function sendFile(req, res, file, options = {}) {
  const type = contentType(file)
  let body = await readFile(file)
  if (options.transform && type.startsWith('text/html')) {
    body = options.transform(body.toString('utf8'))
  }
  sendBody(req, res, body, type, {
    ...options,
    cacheKey: options.transform ? undefined : file,
  })
}

export function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
  res.end('not found')
}

/** A strict Content-Security-Policy: external scripts and styles only, from 'self'. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'"

/** The strict CSP of the demo's pages, which also name their collector and embeds. */
export function strictCsp(collectorUrl) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${new URL(collectorUrl).origin}`,
    "frame-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ')
}
