// The Nimbus Hosting demo site (demo/site) on its own port: the site's pages under a strict
// CSP, the built script-tag files (/assent.js, /assent.css, /sha256.js, /i18n/*) from packages/widget/dist,
// and the analytics stand-ins.
import { createServer } from 'node:http'
import { join } from 'node:path'
import { listen } from '../serve/listen.mjs'
import { locate, locateWidgetFile, notFound, sendFile, strictCsp } from '../serve/static-files.mjs'
import { expandPage } from './site-pages.mjs'

/** The collector URL written in the pages; replaced by the running collector's. */
export const PAGE_COLLECTOR_URL = 'http://localhost:8787'

/** Start the site server. `env.collectorUrl` is read per request (known once the collector runs). */
export async function startSiteServer({ root, port, env, standIns }) {
  const siteRoot = join(root, 'demo/site')
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost')
      if (await standIns.handle(req, res, url)) return
      const path = url.pathname
      const file = (await locateWidgetFile(path)) ?? (await locate(siteRoot, path))
      if (!file) return notFound(res)
      await sendFile(req, res, file, {
        headers: { 'content-security-policy': strictCsp(env.collectorUrl) },
        transform: (html) =>
          expandPage(html, siteRoot, path).replaceAll(PAGE_COLLECTOR_URL, env.collectorUrl),
      })
    } catch (error) {
      console.error('demo site:', error)
      if (!res.headersSent) res.writeHead(500).end()
    }
  })
  return listen(server, port)
}
