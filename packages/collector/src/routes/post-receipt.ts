import type { Context } from 'hono'
import type { CollectorContext } from '../collector-context.js'
import { allowOrigin } from '../http/cors.js'
import { header } from '../http/header.js'
import { readBody } from '../http/read-body.js'
import { acceptReceipt, type ReceiptAnswer } from './accept-receipt.js'

type NodeEnv = { incoming?: NodeJS.ReadableStream & { socket?: { remoteAddress?: string } } }

/**
 * POST /v1/receipts as a Hono handler (see `acceptReceipt`). On Node, `serve()` answers this
 * route with `postReceiptNode` before Hono sees the request; this one serves `app.fetch` /
 * `app.request` and other runtimes, with the same answers.
 */
export function postReceipt(ctx: CollectorContext) {
  const accept = acceptReceipt(ctx)
  return async (c: Context): Promise<Response> => {
    const started = performance.now()
    const incoming = (c.env as NodeEnv | undefined)?.incoming
    let answer: ReceiptAnswer
    try {
      answer = await accept({
        header: (name) => header(c, name),
        socket: incoming?.socket,
        body: (max) =>
          readBody(
            c.req.raw,
            max,
            incoming && { incoming, contentLength: header(c, 'content-length') },
          ),
      })
    } catch (error) {
      // The app's error handler answers 500 from this context: give it the usual headers.
      c.header('X-Content-Type-Options', 'nosniff')
      const origin = header(c, 'origin')
      if (origin === undefined || ctx.anyOrigin(origin)) allowOrigin(c, origin)
      throw error
    }
    ctx.metrics.observe('POST /v1/receipts', answer.status, (performance.now() - started) / 1000)
    // Plain header object: on Node the adapter writes it as is, no Web Headers round trip.
    return new Response(answer.body, { status: answer.status, headers: answer.headers })
  }
}
