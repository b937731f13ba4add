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

/** A library's file (or config) at this path, the host page's CSS, or null. */
function fileFor(pathname) {
  if (pathname === '/host.css') return hostCss
  for (const lib of libraries) {
    const file = lib.files[pathname] ?? lib.config[pathname]
    if (file) return file
  }
  return null
}

/** Starts the server; resolves to `{ origin, close }`. */
export async function startServer() {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    // No favicon: answer without a body so the console stays free of 404 errors.
    if (pathname === '/favicon.ico') return res.writeHead(204).end()
    const page = /^\/(\w+)\.html$/.exec(pathname)
    const lib = page && libraries.find((l) => l.id === page[1])
    if (lib) {
      const html = hostPage({ title: lib.label, headTags: lib.headTags })
      return sendBody(req, res, html, contentType(pathname), { gzip: true, cacheKey: pathname })
    }
    // Assent may fetch more of its own files lazily (languages): its whole dist folder.
    const file = fileFor(pathname) ?? (await locateWidgetFile(pathname))
    if (!file) return notFound(res)
    await sendFile(req, res, file, { gzip: true })
  })
  const running = await listen(server, 0)
  return { origin: `http://127.0.0.1:${running.port}`, close: running.close }
}
