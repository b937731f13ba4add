import { validateReceipt } from '@assent/receipt'
import type { CollectorContext } from '../collector-context.js'
import type { BodyResult } from '../http/read-body.js'
import { uaFamily } from '../http/ua-family.js'
import { receiptRuleProblem } from '../receipt-rules.js'
import { sealRecord } from '../seal-record.js'

const ACCEPTED_TYPES = /^(application\/json|text\/plain)\s*(;|$)/i

/** What POST /v1/receipts needs from a request, whichever server carries it. */
export interface IncomingReceipt {
  /** A request header by lowercase name. */
  header(name: string): string | undefined
  /** The TCP socket, when there is one (keys the per-connection address cache). */
  socket: { remoteAddress?: string | undefined } | undefined
  /** The Web request, where there is one (for `options.clientAddress`). */
  request?: Request
  /** The body, at most `max` bytes. */
  body(max: number): Promise<BodyResult>
}

/** The answer, as plain data: the Hono route and the Node fast path each write it their way. */
export interface ReceiptAnswer {
  status: number
  headers: Record<string, string>
  body: string
}

/**
 * POST /v1/receipts, independent of the HTTP layer: validate and append one receipt. 201
 * when stored now, 200 when that receiptId was already stored (nothing changes); both answer
 * `{ receiptId, receivedAt }` only after the receipt is durable. Refusals are JSON
 * `{ error, message, field? }` with 403/400/413/415/429. A failing store throws.
 */
export function acceptReceipt(ctx: CollectorContext) {
  const answer = (
    status: number,
    cors: string | undefined | false,
    json: string,
    more?: Record<string, string>,
  ): ReceiptAnswer => {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'X-Content-Type-Options': 'nosniff',
    }
    if (cors !== false) {
      headers.Vary = 'Origin'
      if (cors) headers['Access-Control-Allow-Origin'] = cors
    }
    return { status, headers: more ? Object.assign(headers, more) : headers, body: json }
  }
  /** A refusal. `cors`: the request's Origin once allowed (CORS headers), or false. */
  const reject = (
    cors: string | undefined | false,
    status: 400 | 403 | 410 | 413 | 415,
    reason: string,
    message: string,
    extra?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): ReceiptAnswer => {
    ctx.metrics.rejected(reason)
    return answer(status, cors, JSON.stringify({ error: reason, message, ...extra }), headers)
  }

  return async (req: IncomingReceipt): Promise<ReceiptAnswer> => {
    const prefix = ctx.prefixFor(req.socket, req.header('x-forwarded-for'), req.request)
    const wait = ctx.retryAfter(prefix)
    if (wait > 0) {
      const message = `Too many requests; retry in ${wait} s.`
      return answer(429, false, JSON.stringify({ error: 'rate_limited', message }), {
        'Retry-After': String(wait),
      })
    }
    const origin = req.header('origin')
    if (origin !== undefined && !ctx.anyOrigin(origin)) {
      const message = `Origin ${origin.slice(0, 200)} is not allowed.`
      return reject(false, 403, 'origin_not_allowed', message)
    }
    if (!ACCEPTED_TYPES.test(req.header('content-type') ?? '')) {
      const message = 'Send the receipt as application/json or text/plain.'
      return reject(origin, 415, 'unsupported_media_type', message)
    }
    const body = await req.body(ctx.maxBodyBytes)
    if (!body.ok) {
      if (body.reason === 'aborted') {
        // Routine on the web (a tab closed mid-send): a debug line, and nobody to answer.
        ctx.logger.debug?.('[assent-collector] POST /v1/receipts: the client hung up mid-body')
        return reject(origin, 400, 'aborted', 'The request body ended early.')
      }
      if (body.reason === 'too_large') {
        // The rest of the body is not read: close the connection rather than drain it.
        const message = `A receipt is at most ${ctx.maxBodyBytes} bytes.`
        return reject(origin, 413, 'too_large', message, {}, { Connection: 'close' })
      }
      return reject(origin, 400, 'invalid_json', 'The body is not valid UTF-8.', { field: '$' })
    }
    let input: unknown
    try {
      input = JSON.parse(body.text)
    } catch {
      return reject(origin, 400, 'invalid_json', 'The body is not valid JSON.', { field: '$' })
    }
    const result = validateReceipt(input)
    if (!result.ok) {
      const [first] = result.problems
      return reject(origin, 400, 'invalid_receipt', `${first?.field}: ${first?.problem}`, {
        field: first?.field,
        problems: result.problems.slice(0, 20),
      })
    }
    const receipt = result.receipt
    const broken = receiptRuleProblem(receipt)
    if (broken) {
      const { field, problem } = broken
      return reject(origin, 400, 'invalid_receipt', `${field}: ${problem}`, {
        field,
        problems: [broken],
      })
    }
    const site = ctx.sites.get(receipt.siteId)
    if (!site) {
      const message = `Site ${receipt.siteId} is not configured.`
      return reject(origin, 403, 'unknown_site', message, { field: 'siteId' })
    }
    if (origin !== undefined && !site.allows(origin)) {
      const message = `Origin ${origin.slice(0, 200)} may not post for site ${receipt.siteId}.`
      return reject(origin, 403, 'origin_not_allowed', message)
    }

    const unknown = await ctx.unknownCategory(site.config, receipt.choices)
    if (unknown !== null) {
      const message = `Category ${unknown} is not declared for site ${receipt.siteId}.`
      return reject(origin, 400, 'unknown_category', message, { field: `choices.${unknown}` })
    }

    const sealed = sealRecord({
      receipt,
      receivedAt: ctx.now().toISOString(),
      ipPrefix: ctx.options.ipPrefix ? prefix : null,
      uaFamily: ctx.options.userAgentFamily ? uaFamily(req.header('user-agent')) : null,
    })
    const { created, record, erased } = await ctx.store.insert(sealed)
    if (erased) {
      // Erasure is final: a browser still retrying an erased receipt gets 410 and drops it.
      const message = "This receipt was erased at the visitor's request and is not stored again."
      return reject(origin, 410, 'erased', message)
    }
    ctx.metrics.received(receipt.siteId, created)
    if (created) ctx.log?.checkpointer.added(1)
    const json = JSON.stringify({
      receiptId: record.receipt.receiptId,
      receivedAt: record.receivedAt,
      ...(created ? {} : { duplicate: true }),
    })
    return answer(created ? 201 : 200, origin, json)
  }
}
