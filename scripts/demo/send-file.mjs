// Serving files for the demo servers: content types, 404s, and a safe path join.
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

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

/** The file under `root` a URL path names (a directory means its index.html), or null. */
export async function locate(root, pathname) {
  let file = join(root, normalize(decodeURIComponent(pathname)).replace(/^([/\\]*\.\.)+/, ''))
  if (file !== root && !file.startsWith(root + sep)) return null
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
    return (await stat(file)).isFile() ? file : null
  } catch {
    return null
  }
}

/** Send a file; `transform` may rewrite HTML (text) before it goes out. */
export async function sendFile(res, file, headers = {}, transform) {
  const type = TYPES[extname(file)] ?? 'application/octet-stream'
  let body = await readFile(file)
  if (transform && type.startsWith('text/html')) body = transform(body.toString('utf8'))
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers })
  res.end(body)
}

export function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
  res.end('not found')
}

/** A strict Content-Security-Policy for the demo pages: external scripts and styles only. */
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
