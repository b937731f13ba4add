import type { MiddlewareHandler } from 'hono'
import { Hono } from 'hono'
import { type CollectorContext, collectorContext } from './collector-context.js'
import type { CollectorOptions } from './collector-options.js'
import { preflight } from './http/cors.js'
import { problem } from './http/problem.js'
import type { Checkpointer } from './log/checkpointer.js'
import { registerAdminPage } from './routes/admin-page.js'
import { eraseRoute, erasuresRoute, exportRoute, statsRoute } from './routes/admin-routes.js'
import { checkpointRoute, consistencyRoute, logKeyRoute, proofRoute } from './routes/log-routes.js'
import { gpcRoute, healthRoute, metricsRoute } from './routes/ops-routes.js'
import { INTERNAL_MESSAGE, type NodeFastPath, postReceipt } from './routes/post-receipt.js'
import { getReceipt, getSubjectReceipts } from './routes/read-receipts.js'
import { regionRoute } from './routes/region-route.js'
import { getTexts, putTexts } from './routes/texts-routes.js'

/** Time each route into the latency histogram. */
const metered =
  (ctx: CollectorContext, route: string): MiddlewareHandler =>
  async (c, next) => {
    const started = performance.now()
    await next()
    ctx.metrics.observe(route, c.res.status, (performance.now() - started) / 1000)
  }

/**
 * No MIME sniffing of any answer: JSON, CSV, the receipts page's files, 404s and 500s alike
 * (a browser sniffing an export or an error as HTML would run what a visitor put in it).
 */
const nosniff: MiddlewareHandler = async (c, next) => {
  await next()
  c.res.headers.set('X-Content-Type-Options', 'nosniff')
}

/**
 * The collector app: a Hono app, plus its Node fast path for `serve({ fastPath })` and, with
 * a log key, the checkpointer (`start()` its timer when serving; `checkpoint()` signs now).
 */
export type Collector = Hono & {
  readonly fastPath: NodeFastPath
  readonly checkpointer: Checkpointer | null
}

/**
 * The collector as a Web-standard app: `app.fetch(request)` answers every route of the
 * Collector API. Run it with `serve({ app, store, fastPath: app.fastPath })` on Node, or any
 * runtime Hono supports; test it in-process with `app.request(path, init)`.
 *
 * @example
 * const app = createCollector({
 *   store: sqliteStore({ path: './receipts.db' }),
 *   sites: [{ id: 'demo', origins: ['https://demo.example'] }],
 *   adminTokens: [process.env.ASSENT_ADMIN_TOKEN ?? ''],
 * })
 */
export function createCollector(options: CollectorOptions): Collector {
  const ctx = collectorContext(options)
  const app = new Hono()
  const m = (route: string) => metered(ctx, route)

  // The hot route times itself: one middleware layer less per receipt.
  const receipts = postReceipt(ctx)
  app.post('/v1/receipts', receipts.hono)
  // After the receipt route, which sets its own headers: every other answer, matched or not.
  app.use('*', nosniff)
  app.options('/v1/*', m('OPTIONS /v1/*'), preflight(ctx))
  app.get('/v1/receipts/:receiptId', m('GET /v1/receipts/:id'), getReceipt(ctx))
  app.get('/v1/receipts/:receiptId/proof', m('GET /v1/receipts/:id/proof'), proofRoute(ctx))
  app.get('/v1/log/checkpoint', m('GET /v1/log/checkpoint'), checkpointRoute(ctx))
  app.get('/v1/log/consistency', m('GET /v1/log/consistency'), consistencyRoute(ctx))
  app.get('/.well-known/assent-log-key', m('GET /.well-known/assent-log-key'), logKeyRoute(ctx))
  app.get(
    '/v1/subjects/:subjectId/receipts',
    m('GET /v1/subjects/:id/receipts'),
    getSubjectReceipts(ctx),
  )
  app.put('/v1/texts/:hash', m('PUT /v1/texts/:hash'), putTexts(ctx))
  app.post('/v1/texts/:hash', m('PUT /v1/texts/:hash'), putTexts(ctx))
  app.get('/v1/texts/:hash', m('GET /v1/texts/:hash'), getTexts(ctx))
  app.delete('/v1/subjects/:subjectId', m('DELETE /v1/subjects/:id'), eraseRoute(ctx))
  app.get('/v1/export', m('GET /v1/export'), exportRoute(ctx))
  app.get('/v1/stats', m('GET /v1/stats'), statsRoute(ctx))
  app.get('/v1/erasures', m('GET /v1/erasures'), erasuresRoute(ctx))
  app.get('/healthz', m('GET /healthz'), healthRoute(ctx))
  app.get('/metrics', m('GET /metrics'), metricsRoute(ctx))
  app.get('/.well-known/gpc.json', m('GET /.well-known/gpc.json'), gpcRoute(ctx))
  app.get('/v1/region', m('GET /v1/region'), regionRoute(ctx))
  registerAdminPage(app)

  app.notFound((c) => {
    ctx.metrics.observe('unmatched', 404, 0)
    return problem(c, 404, 'not_found', 'No such route.')
  })
  app.onError((error, c) => {
    ctx.logger.error(`[assent-collector] ${c.req.method} ${c.req.path} failed:`, error)
    return problem(c, 500, 'internal', INTERNAL_MESSAGE)
  })
  return Object.assign(app, {
    fastPath: receipts.node,
    checkpointer: ctx.log?.checkpointer ?? null,
  })
}
