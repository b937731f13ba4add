import type { Context } from 'hono'
import type { CollectorContext } from '../collector-context.js'
import { problem } from './problem.js'

/** Let the browser read this response when the request's Origin is allowed. */
export function allowOrigin(c: Context, origin: string | undefined): void {
  c.header('Vary', 'Origin')
  if (origin) c.header('Access-Control-Allow-Origin', origin)
}

/**
 * Answer a CORS preflight: 204 for an origin any site allows (the site is only known once
 * the body is read, so the POST itself checks the origin against its own site), else 403.
 */
export function preflight(ctx: CollectorContext) {
  return (c: Context): Response => {
    const origin = c.req.header('origin')
    c.header('Vary', 'Origin')
    if (origin === undefined) return c.body(null, 204)
    if (!ctx.anyOrigin(origin)) {
      ctx.metrics.rejected('origin_not_allowed')
      return problem(c, 403, 'origin_not_allowed', `Origin ${origin.slice(0, 200)} is not allowed.`)
    }
    c.header('Access-Control-Allow-Origin', origin)
    c.header('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS')
    c.header('Access-Control-Allow-Headers', 'Content-Type')
    c.header('Access-Control-Max-Age', '86400')
    return c.body(null, 204)
  }
}
