// The benchmark pages on 127.0.0.1 and a free port, sent by the repository's one static file
// server (scripts/serve/static-files.mjs) with gzip when the browser accepts it (as any
// production host would), from bytes compressed once, so every library is served the same way.
import { createServer } from 'node:http'
import { listen } from '../scripts/serve/listen.mjs'
import {
  contentType,
  locateWidgetFile,
  notFound,
  sendBody,
  sendFile,
} from '../scripts/serve/static-files.mjs'
import { hostPage } from './host-page.mjs'
import { hostCss, libraries } from './libraries.mjs'
import { startRegionCollector } from './region-collector.mjs'

/** A library's file (or config) at this path, the host page's CSS, or null. */
function fileFor(pathname) {
  if (pathname === '/host.css') return hostCss
  for (const lib of libraries) {
    const file = lib.files[pathname] ?? lib.config[pathname]
    if (file) return file
  }
  return null
}

/** A library's page (`/assent.html`) or one of its variants (`/assent-region.html`): its head tags and settings link. */
function headTagsFor(pathname, collector) {
  const page = /^\/(\w+)(?:-(\w+))?\.html$/.exec(pathname)
  const lib = page && libraries.find((l) => l.id === page[1])
  if (!lib) return null
  if (!page[2]) return { lib, headTags: lib.headTags, settingsLink: lib.settingsLink }
  const variant = lib.variants?.[page[2]]
  if (!variant) return null
  const settingsLink = 'settingsLink' in variant ? variant.settingsLink : lib.settingsLink
  return { lib, headTags: variant.headTags({ collector }), settingsLink }
}

/**
 * Starts the page server and the collector stand-in of the region scenarios (its own origin);
 * resolves to `{ origin, collector, close }`.
 */
export async function startServer() {
  const collector = await startRegionCollector()
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    // No favicon: answer without a body so the console stays free of 404 errors.
    if (pathname === '/favicon.ico') return res.writeHead(204).end()
    const page = headTagsFor(pathname, collector.origin)
    if (page) {
      const html = hostPage({ ...page, title: page.lib.label })
      return sendBody(req, res, html, contentType(pathname), { gzip: true, cacheKey: pathname })
    }
    // Assent may fetch more of its own files lazily (languages): its whole dist folder.
    const file = fileFor(pathname) ?? (await locateWidgetFile(pathname))
    if (!file) return notFound(res)
    await sendFile(req, res, file, { gzip: true })
  })
  const running = await listen(server, 0)
  const close = () => Promise.all([running.close(), collector.close()])
  return { origin: `http://127.0.0.1:${running.port}`, collector: collector.origin, close }
}
