import type { Context } from 'hono'
import type { CollectorContext } from '../collector-context.js'

/** GET /healthz: 200 when the store answers, 503 when it does not. */
export function healthRoute(ctx: CollectorContext) {
  return async (c: Context): Promise<Response> => {
    c.header('Cache-Control', 'no-store')
    try {
      await ctx.store.ping()
      return c.json({ status: 'ok', store: ctx.store.kind })
    } catch (error) {
      ctx.logger.error('[assent-collector] health check failed:', error)
      return c.json({ status: 'unavailable', store: ctx.store.kind }, 503)
    }
  }
}

/** GET /metrics: Prometheus text exposition. */
export function metricsRoute(ctx: CollectorContext) {
  return (c: Context): Response => {
    if (ctx.options.publicMetrics === false) {
      const denied = ctx.requireAdmin(c)
      if (denied) return denied
    }
    return c.body(ctx.metrics.render(), 200, {
      'Content-Type': 'text/plain; version=0.0.4; charset=utf-8',
    })
  }
}

/** GET /.well-known/gpc.json: the site honours Global Privacy Control. */
export function gpcRoute(ctx: CollectorContext) {
  const gpc = ctx.options.gpc
  const body =
    gpc === false ? null : { gpc: true, ...(gpc?.lastUpdate ? { lastUpdate: gpc.lastUpdate } : {}) }
  return (c: Context): Response | Promise<Response> => (body ? c.json(body) : c.notFound())
}
