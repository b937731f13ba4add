import { validateReceipt } from '@assent/receipt'
import type { Context } from 'hono'
import type { CollectorContext } from '../collector-context.js'
import { allowOrigin } from '../http/cors.js'
import { header } from '../http/header.js'
import { problem } from '../http/problem.js'
import { readBody } from '../http/read-body.js'
import { uaFamily } from '../http/ua-family.js'
import { sealRecord } from '../seal-record.js'

const ACCEPTED_TYPES = /^(application\/json|text\/plain)\s*(;|$)/i

/**
 * POST /v1/receipts: validate and append one receipt. 201 when stored now, 200 when that
 * receiptId was already stored (nothing changes); both answer `{ receiptId, receivedAt }`
 * only after the receipt is durable.
 */
export function postReceipt(ctx: CollectorContext) {
  /** A refusal. `cors`: the request's Origin once allowed (CORS headers), or false. */
  const reject = (
    c: Context,
    cors: string | undefined | false,
    status: 400 | 403 | 413 | 415,
    reason: string,
    message: string,
    extra?: Record<string, unknown>,
  ) => {
    ctx.metrics.rejected(reason)
    c.header('X-Content-Type-Options', 'nosniff')
    if (cors !== false) allowOrigin(c, cors)
    return problem(c, status, reason, message, extra)
  }

  return async (c: Context): Promise<Response> => {
    const started = performance.now()
    let res: Response
    try {
      res = await handle(c)
    } catch (error) {
      // The app's error handler answers 500 from this context: give it the usual headers.
      c.header('X-Content-Type-Options', 'nosniff')
      const origin = header(c, 'origin')
      if (origin === undefined || ctx.anyOrigin(origin)) allowOrigin(c, origin)
      throw error
    }
    ctx.metrics.observe('POST /v1/receipts', res.status, (performance.now() - started) / 1000)
    return res
  }

  async function handle(c: Context): Promise<Response> {
    const prefix = ctx.prefixOf(c)
    const limited = ctx.limit(c, prefix)
    if (limited) return limited
    const origin = header(c, 'origin')
    if (origin !== undefined && !ctx.anyOrigin(origin)) {
      return reject(
        c,
        false,
        403,
        'origin_not_allowed',
        `Origin ${origin.slice(0, 200)} is not allowed.`,
      )
    }
    if (!ACCEPTED_TYPES.test(header(c, 'content-type') ?? '')) {
      return reject(
        c,
        origin,
        415,
        'unsupported_media_type',
        'Send the receipt as application/json or text/plain.',
      )
    }
    const incoming = (c.env as { incoming?: NodeJS.ReadableStream } | undefined)?.incoming
    const body = await readBody(
      c.req.raw,
      ctx.maxBodyBytes,
      incoming && { incoming, contentLength: header(c, 'content-length') },
    )
    if (!body.ok) {
      return body.reason === 'too_large'
        ? reject(c, origin, 413, 'too_large', `A receipt is at most ${ctx.maxBodyBytes} bytes.`)
        : reject(c, origin, 400, 'invalid_json', 'The body is not valid UTF-8.', { field: '$' })
    }
    let input: unknown
    try {
      input = JSON.parse(body.text)
    } catch {
      return reject(c, origin, 400, 'invalid_json', 'The body is not valid JSON.', { field: '$' })
    }
    const result = validateReceipt(input)
    if (!result.ok) {
      const [first] = result.problems
      return reject(c, origin, 400, 'invalid_receipt', `${first?.field}: ${first?.problem}`, {
        field: first?.field,
        problems: result.problems.slice(0, 20),
      })
    }
    const receipt = result.receipt
    const site = ctx.sites.get(receipt.siteId)
    if (!site)
      return reject(c, origin, 403, 'unknown_site', `Site ${receipt.siteId} is not configured.`, {
        field: 'siteId',
      })
    if (origin !== undefined && !site.allows(origin)) {
      return reject(
        c,
        origin,
        403,
        'origin_not_allowed',
        `Origin ${origin.slice(0, 200)} may not post for site ${receipt.siteId}.`,
      )
    }

    const sealed = sealRecord({
      receipt,
      receivedAt: ctx.now().toISOString(),
      ipPrefix: ctx.options.ipPrefix ? prefix : null,
      uaFamily: ctx.options.userAgentFamily ? uaFamily(header(c, 'user-agent')) : null,
    })
    const { created, record } = await ctx.store.insert(sealed)
    ctx.metrics.received(receipt.siteId, created)
    // Answered with a plain header object rather than c.header()/c.json(): on Node the
    // adapter then writes it as is, with no Web Headers object built and converted back.
    const answer = JSON.stringify({
      receiptId: record.receipt.receiptId,
      receivedAt: record.receivedAt,
      ...(created ? {} : { duplicate: true }),
    })
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Origin',
    }
    if (origin) headers['Access-Control-Allow-Origin'] = origin
    return new Response(answer, { status: created ? 201 : 200, headers })
  }
}
