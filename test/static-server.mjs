// Serves the repository to the browser tests (Playwright's and the engine suite's):
//   /healthz                             → ok
//   /test/widget/pages/<name>.html       → a page of WIDGET_PAGES, rendered from one template
//   /test/policies/pages/<name>.html     → a page of POLICY_PAGES (same template); its query
//                                          gives the site's region and the collector's URL
//   /stand-ins/*                         → the analytics stand-ins (scripts and hit recording)
//   /assent.js, /assent.css, /i18n/*, …  → packages/widget/dist/…   (the built script-tag files)
//   /<path>                              → the repository file at <path> (test/, demo/, …)
// Any page named *.csp.html is sent with a strict Content-Security-Policy header. Host names
// do not matter: the server answers every name that reaches it, so one server plays the shop
// and the vendors' hosts. Every request is logged (the engine suite reads the log).
// Run directly (`node test/static-server.mjs <port>`) it is Playwright's web server.
import { createServer } from 'node:http'
import { pathToFileURL } from 'node:url'
import { listen } from '../scripts/serve/listen.mjs'
import { createStandIns } from '../scripts/serve/stand-ins.mjs'
import {
  locate,
  locateWidgetFile,
  notFound,
  ROOT,
  STRICT_CSP,
  sendBody,
  sendFile,
} from '../scripts/serve/static-files.mjs'
import { POLICY_PAGES } from './policies/pages/policy-pages.mjs'
import { WIDGET_PAGES, widgetPage } from './widget/pages/widget-page.mjs'

export { STRICT_CSP }

const RENDERED_PAGE = /^\/test\/(widget|policies)\/pages\/([\w.-]+)\.html$/
const RENDERED_PAGES = { widget: WIDGET_PAGES, policies: POLICY_PAGES }

/** A page of the tables: its template options (a function of the query gives them per request). */
const renderedPage = (url) => {
  const [, kind, name] = RENDERED_PAGE.exec(url.pathname) ?? []
  const table = RENDERED_PAGES[kind]
  const entry = table && Object.hasOwn(table, name) ? table[name] : undefined
  return typeof entry === 'function' ? entry(url.searchParams) : entry
}

/**
 * Start the server on 127.0.0.1 (`port` 0: a free one). `pages` adds rendered pages by URL
 * path (`(url) => html` or `{ html, headers }`). `missing` holds paths answered 404 while
 * they are in it (a test may add and delete them: a built file that fails to load). `held`
 * maps paths to promises: a request for one is answered once its promise settles (a vendor
 * script still loading while the visitor decides). Resolves
 * `{ url, port, requests, standIns, close() }`; `requests` lists `{ method, url }` of every
 * request, in order.
 */
export async function startTestServer({
  port = 0,
  pages = {},
  missing = new Set(),
  held = new Map(),
} = {}) {
  const requests = []
  const standIns = createStandIns()
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`)
      requests.push({ method: req.method, url: url.href })
      if (url.pathname === '/healthz') return res.end('ok')
      if (missing.has(url.pathname)) return notFound(res)
      await held.get(url.pathname)?.catch(() => {})
      const headers = url.pathname.endsWith('.csp.html')
        ? { 'content-security-policy': STRICT_CSP }
        : {}
      // `?cacheable`: without `no-store`, which keeps Chromium from restoring a page from its
      // back/forward cache once cookies changed (test/loaders/back-forward-cache.e2e.ts).
      if (url.searchParams.has('cacheable')) headers['cache-control'] = 'no-cache'
      const page = pages[url.pathname] ?? renderedPage(url)
      if (page) {
        const rendered = typeof page === 'function' ? page(url) : widgetPage(page)
        const { html, headers: own } = typeof rendered === 'string' ? { html: rendered } : rendered
        return sendBody(req, res, html, 'text/html; charset=utf-8', { headers: own ?? headers })
      }
      if (await standIns.handle(req, res, url)) return
      const file = (await locateWidgetFile(url.pathname)) ?? (await locate(ROOT, url.pathname))
      if (!file) return notFound(res)
      await sendFile(req, res, file, { headers })
    } catch (error) {
      console.error('test server:', error)
      if (!res.headersSent) res.writeHead(500).end()
    }
  })
  const running = await listen(server, port, 'ASSENT_E2E_PORT')
  return { ...running, requests, standIns }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await startTestServer({ port: Number(process.argv[2] ?? 4310) })
}
