import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Context, Hono } from 'hono'

/** The admin page's files (built from `admin/` into `dist/admin/`) and their types. */
const FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'admin.js': 'text/javascript; charset=utf-8',
  'admin.css': 'text/css; charset=utf-8',
}

/** Only its own files, no inline code, no framing: the page handles an admin token. */
export const ADMIN_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** `dist/admin/` beside the built collector, or, when running from source, the package's. */
function defaultDirs(): string[] {
  return [
    fileURLToPath(new URL('./admin/', import.meta.url)),
    fileURLToPath(new URL('../../dist/admin/', import.meta.url)),
  ]
}

/**
 * Serve the receipts page at `GET /admin/` (`/admin` redirects there): latest receipts,
 * exports and the opt-in chart. The page itself is public static files; every figure on it
 * comes from the admin API, called with the token the visitor types in (or passes as
 * `#token=…`), so nothing is shown without it.
 *
 * @example registerAdminPage(app)
 */
export function registerAdminPage(app: Hono, dirs: readonly string[] = defaultDirs()): void {
  const cache = new Map<string, Promise<Uint8Array | null>>()
  const load = (name: string) => {
    let file = cache.get(name)
    if (!file) {
      file = (async () => {
        for (const dir of dirs) {
          try {
            return new Uint8Array(await readFile(join(dir, name)))
          } catch {}
        }
        return null
      })()
      cache.set(name, file)
    }
    return file
  }
  const send = async (c: Context, name: string): Promise<Response> => {
    const type = Object.hasOwn(FILES, name) ? FILES[name] : undefined
    const body = type ? await load(name) : null
    if (!type || !body) {
      if (type) cache.delete(name)
      const message =
        type === undefined
          ? 'No such file.'
          : 'The admin page is not built: run `pnpm --filter @assent/collector build`.'
      return c.json({ error: 'not_found', message }, 404)
    }
    return c.body(body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': type,
      'Content-Security-Policy': ADMIN_PAGE_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    })
  }
  app.get('/admin', (c) => c.redirect('/admin/', 301))
  app.get('/admin/', (c) => send(c, 'index.html'))
  app.get('/admin/:file', (c) => send(c, c.req.param('file')))
}
