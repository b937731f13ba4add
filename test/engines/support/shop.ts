// The shop the engine suite visits: one test server (test/static-server.mjs) answering every
// *.localhost name, so www.shop.localhost is the site, shop.localhost its parent domain,
// stats.shop.localhost its Matomo and www.googletagmanager.localhost Google's script host;
// and, when asked, a real collector on 127.0.0.1. *.localhost names resolve to loopback in
// Chromium, Firefox, WebKitGTK (and Safari) without /etc/hosts or resolver flags.
import { afterAll, beforeAll } from 'vitest'
import { STRICT_CSP, startTestServer } from '../../static-server.mjs'
import { SHOP_CATEGORIES, widgetPage } from '../../widget/pages/widget-page.mjs'
import { startCollector, type TestCollector } from './collector.js'

export const DOMAIN = 'shop.localhost'
export const SITE_HOST = `www.${DOMAIN}`
const PRELUDES = new Set([
  'gpc',
  'dnt',
  'no-constructable-stylesheets',
  'csp-watch',
  'errors',
  'queue',
  'withdraw',
])

export interface Shop {
  /** http://www.shop.localhost:<port> */
  site: string
  /** The same server under another name, e.g. origin('blog.shop.localhost'). */
  origin(host: string): string
  /** Every request the shop and vendor hosts received, in order. */
  requests: Array<{ method: string; url: string }>
  /** The real collector (when started): its base URL. */
  collector: string
  /** Paths the server answers 404 while they are here, e.g. '/assent-ui.js'. */
  missing: Set<string>
  /** Paths answered only once their promise settles, e.g. '/stand-ins/gtag.js' held back. */
  held: Map<string, Promise<unknown>>
}

/**
 * Start the shop (and a collector with `collector: true`) for this test file. The pages:
 *   /test/engines/pages/shop.html       Assent with GA and Matomo stand-ins, a gated script
 *                                       (analytics) and a gated iframe (preference)
 *   /test/engines/pages/shop.csp.html   the same without vendors, under a strict CSP
 * `?with=gpc,dnt,no-constructable-stylesheets,csp-watch,errors,queue,withdraw` adds those preludes before
 * assent.js (pages/<name>.js),
 * `?layout=modal|bar` changes the layout, `?region=HK` puts the visitor under Hong Kong's notice, `?link=none` leaves out the footer's settings link,
 * `?lang=de` sets the page's language.
 */
export function useShop(options: { collector?: boolean } = {}): Shop {
  const shop = { requests: [], missing: new Set<string>(), held: new Map() } as unknown as Shop
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined
  let collector: TestCollector | undefined

  beforeAll(async () => {
    server = await startTestServer({
      missing: shop.missing,
      held: shop.held,
      pages: {
        '/test/engines/pages/shop.html': (url: URL) => render(url, false),
        '/test/engines/pages/shop.csp.html': (url: URL) => ({
          html: render(url, true),
          headers: {
            'content-security-policy': `${STRICT_CSP}; connect-src 'self' ${shop.collector}`,
          },
        }),
      },
    })
    shop.site = `http://${SITE_HOST}:${server.port}`
    shop.origin = (host) => `http://${host}:${server?.port}`
    shop.requests = server.requests
    shop.collector = 'http://127.0.0.1:9/' // nothing listens: receipts fail quietly
    if (options.collector) {
      collector = await startCollector('shop', shop.site)
      shop.collector = collector.url
    }
  }, 30_000)

  afterAll(async () => {
    await collector?.stop()
    await server?.close()
  })

  function render(url: URL, csp: boolean): string {
    const preludes = (url.searchParams.get('with') ?? '').split(',').filter(Boolean)
    for (const name of preludes) if (!PRELUDES.has(name)) throw new Error(`no prelude ${name}`)
    const vendors = csp
      ? {}
      : {
          googleAnalytics: {
            measurementId: 'G-ENGINES',
            scriptUrl: `${shop.origin('www.googletagmanager.localhost')}/stand-ins/gtag.js`,
          },
          matomo: {
            url: `${shop.origin(`stats.${DOMAIN}`)}/stand-ins/matomo/`,
            siteId: 1,
            cookieDomain: `*.${DOMAIN}`,
          },
        }
    return widgetPage({
      title: `Shop (${csp ? 'strict CSP' : 'with vendors'})`,
      config: {
        revision: 1,
        categories: SHOP_CATEGORIES,
        // `?region=HK`: the visitor's region as the site's server writes it, under a
        // jurisdictions map where Hong Kong is a notice (elsewhere, opt-in as without one).
        ...(url.searchParams.has('region') && {
          jurisdictions: { HK: 'notice' },
          region: url.searchParams.get('region'),
        }),
        ui: { layout: url.searchParams.get('layout') ?? 'box' },
        ...vendors,
      },
      head: preludes.map((name) => `<script src="/test/engines/pages/${name}.js"></script>`),
      settingsLink: url.searchParams.get('link') !== 'none',
      lang: url.searchParams.get('lang') ?? 'en',
      body: [
        '<script type="text/plain" data-assent="analytics" src="/test/engines/pages/gated.js"></script>',
        '<iframe data-assent="preference" data-src="/test/engines/pages/frame.html" title="Embedded video"></iframe>',
      ].join('\n'),
      attributes: {
        'data-collector': shop.collector,
        'data-policy-url': '/privacy',
      },
    })
  }

  return shop
}

/** The paths of the requests to `host` (any port) so far, e.g. ['/stand-ins/gtag.js']. */
export function pathsTo(shop: Shop, host: string): string[] {
  return shop.requests
    .map((r) => new URL(r.url))
    .filter((u) => u.hostname === host)
    .map((u) => u.pathname)
}
