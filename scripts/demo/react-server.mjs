// The React demo (demo/react, built and prerendered by Vite) on its own port. Its build
// lives under the base /demo/react/dist/; the runtime settings the app reads (collector URL,
// stand-in URLs, cookie name) are put into each page as <meta name="assent-demo">.
import { createServer } from 'node:http'
import { join } from 'node:path'
import { listen } from '../serve/listen.mjs'
import { locate, notFound, sendFile, strictCsp } from '../serve/static-files.mjs'

export const REACT_BASE = '/demo/react/dist/'

const escapeAttribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;')

/** Start the React app's server; `env` carries `collectorUrl` and `siteUrl`, read per request. */
export async function startReactServer({ root, port, env, standIns }) {
  const dist = join(root, 'demo/react/dist')
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost')
      if (await standIns.handle(req, res, url)) return
      if (!url.pathname.startsWith(REACT_BASE)) {
        res.writeHead(302, { location: REACT_BASE }).end()
        return
      }
      const file = await locate(dist, url.pathname.slice(REACT_BASE.length - 1))
      if (!file) return notFound(res)
      const settings = {
        collector: env.collectorUrl,
        policyUrl: `${env.siteUrl}/privacy.html`,
        gtag: '/stand-ins/gtag.js',
        matomo: '/stand-ins/matomo/',
        cookie: 'assent_northwind',
      }
      const meta = `<meta name="assent-demo" content="${escapeAttribute(JSON.stringify(settings))}">`
      await sendFile(req, res, file, {
        headers: { 'content-security-policy': strictCsp(env.collectorUrl) },
        transform: (html) => html.replace('</head>', `${meta}\n</head>`),
      })
    } catch (error) {
      console.error('demo react app:', error)
      if (!res.headersSent) res.writeHead(500).end()
    }
  })
  return listen(server, port)
}
