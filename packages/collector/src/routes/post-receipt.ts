import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Context } from 'hono'
import type { CollectorContext } from '../collector-context.js'
import { header } from '../http/header.js'
import { readBody } from '../http/read-body.js'
import { acceptReceipt, type IncomingReceipt, type ReceiptAnswer } from './accept-receipt.js'

type NodeEnv = { incoming?: NodeJS.ReadableStream & { socket?: { remoteAddress?: string } } }

/**
 * POST /v1/receipts answered on Node's own request and response: the same answers as the
 * Hono route without building a Web Request, a Hono context and a Response per receipt (the
 * hot route's framework cost, about a fifth of its CPU). Pass it to `serve({ fastPath })`.
 */
export interface NodeFastPath {
  /** True for the requests `handle` answers: POST /v1/receipts (any query string). */
  matches(req: IncomingMessage): boolean
  handle(req: IncomingMessage, res: ServerResponse): void
}

/**
 * POST /v1/receipts (see `acceptReceipt`), once, with two adapters: `hono` for `app.fetch`
 * on any runtime, and `node`, the fast path `serve()` runs on Node.
 */
export function postReceipt(ctx: CollectorContext): {
  hono: (c: Context) => Promise<Response>
  node: NodeFastPath
} {
  const accept = acceptReceipt(ctx)
  /** `acceptReceipt`, timed into the latency histogram (the route times itself). */
  const timed = async (req: IncomingReceipt): Promise<ReceiptAnswer> => {
    const started = performance.now()
    const answer = await accept(req)
    ctx.metrics.observe('POST /v1/receipts', answer.status, (performance.now() - started) / 1000)
    return answer
  }
  /** Headers of a 500: nosniff, and CORS for an allowed origin, as every other answer. */
  const failureHeaders = (origin: string | undefined): Record<string, string> => {
    const headers: Record<string, string> = { 'X-Content-Type-Options': 'nosniff' }
    if (origin !== undefined && !ctx.anyOrigin(origin)) return headers
    headers.Vary = 'Origin'
    if (origin) headers['Access-Control-Allow-Origin'] = origin
    return headers
  }

  const hono = async (c: Context): Promise<Response> => {
    const incoming = (c.env as NodeEnv | undefined)?.incoming
    let answer: ReceiptAnswer
    try {
      answer = await timed({
        header: (name) => header(c, name),
        socket: incoming?.socket,
        request: c.req.raw,
        body: (max) =>
          readBody(
            c.req.raw,
            max,
            incoming && { incoming, contentLength: header(c, 'content-length') },
          ),
      })
    } catch (error) {
      // The app's error handler logs it and answers 500 from this context.
      for (const [name, value] of Object.entries(failureHeaders(header(c, 'origin'))))
        c.header(name, value)
      throw error
    }
    // Plain header object: on Node the adapter writes it as is, no Web Headers round trip.
    return new Response(answer.body, { status: answer.status, headers: answer.headers })
  }

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const headers = req.headers
    const header = (name: string): string | undefined => {
      const value = headers[name]
      return Array.isArray(value) ? value.join(', ') : value
    }
    timed({
      header,
      socket: req.socket,
      body: (max) =>
        readBody(undefined, max, { incoming: req, contentLength: header('content-length') }),
    }).then(
      (answer) => {
        res.writeHead(answer.status, answer.headers)
        res.end(answer.body)
      },
      (error: unknown) => {
        // As the app's error handler would: log it, answer 500 with no detail.
        ctx.logger.error('[assent-collector] POST /v1/receipts failed:', error)
        if (res.headersSent) return void res.destroy()
        res.writeHead(500, {
          'Content-Type': 'application/json',
          ...failureHeaders(header('origin')),
        })
        res.end(JSON.stringify({ error: 'internal', message: INTERNAL_MESSAGE }))
      },
    )
  }
  const matches = (req: IncomingMessage): boolean =>
    req.method === 'POST' && (req.url === '/v1/receipts' || !!req.url?.startsWith('/v1/receipts?'))
  return { hono, node: { matches, handle } }
}

/** What a 500 says (the app's error handler says the same). */
export const INTERNAL_MESSAGE = 'Something went wrong; it has been logged.'
