import type { IncomingMessage, ServerResponse } from 'node:http'
import type { CollectorContext } from '../collector-context.js'
import { readBody } from '../http/read-body.js'
import { acceptReceipt } from './accept-receipt.js'

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void

/** The Node fast path of each app `createCollector` made, for `serve()` to find. */
export const nodeReceiptHandlers = new WeakMap<object, NodeHandler>()

/** True for the request `postReceiptNode` answers: POST /v1/receipts (any query string). */
export const isReceiptPost = (req: IncomingMessage): boolean =>
  req.method === 'POST' && (req.url === '/v1/receipts' || !!req.url?.startsWith('/v1/receipts?'))

/**
 * POST /v1/receipts straight on Node's request and response, for `serve()`: the same
 * `acceptReceipt` as the Hono route, without building a Web Request, a Hono context and a
 * Response per receipt (the hot route's framework cost, about a fifth of its CPU).
 */
export function postReceiptNode(ctx: CollectorContext): NodeHandler {
  const accept = acceptReceipt(ctx)
  return (req: IncomingMessage, res: ServerResponse): void => {
    const started = performance.now()
    const headers = req.headers
    const header = (name: string): string | undefined => {
      const value = headers[name]
      return Array.isArray(value) ? value.join(', ') : value
    }
    accept({
      header,
      socket: req.socket,
      body: (max) =>
        readBody(undefined, max, { incoming: req, contentLength: header('content-length') }),
    }).then(
      (answer) => {
        const seconds = (performance.now() - started) / 1000
        ctx.metrics.observe('POST /v1/receipts', answer.status, seconds)
        res.writeHead(answer.status, answer.headers)
        res.end(answer.body)
      },
      (error: unknown) => {
        // As the app's error handler would: log it, answer 500 with no detail.
        ctx.logger.error('[assent-collector] POST /v1/receipts failed:', error)
        const origin = header('origin')
        const cors: Record<string, string> =
          origin === undefined || ctx.anyOrigin(origin)
            ? { Vary: 'Origin', ...(origin ? { 'Access-Control-Allow-Origin': origin } : {}) }
            : {}
        if (res.headersSent) return void res.destroy()
        res.writeHead(500, {
          'Content-Type': 'application/json',
          'X-Content-Type-Options': 'nosniff',
          ...cors,
        })
        res.end(
          JSON.stringify({
            error: 'internal',
            message: 'Something went wrong; it has been logged.',
          }),
        )
      },
    )
  }
}
