import { canonicalJson, textHash, validateTextBundle } from '@assent/receipt'
import type { Context } from 'hono'
import type { CollectorContext } from '../collector-context.js'
import { allowOrigin } from '../http/cors.js'
import { problem } from '../http/problem.js'
import { readBody } from '../http/read-body.js'

/** A text hash: lowercase hex SHA-256. */
const HASH = /^[0-9a-f]{64}$/
const SITE_ID = /^[A-Za-z0-9._-]{1,64}$/
const ACCEPTED_TYPES = /^(application\/json|text\/plain)\s*(;|$)/i

/** Rate limit, CORS for allowed origins, and the `:hash` checked: the hash, or an answer. */
function guard(ctx: CollectorContext, c: Context): Response | string {
  // On every answer, not only those allowing an origin: the GET is publicly cacheable, and a
  // cache must not hand a copy made without CORS headers to an allowed origin (or the reverse).
  c.header('Vary', 'Origin')
  const limited = ctx.limit(c, ctx.prefixOf(c))
  if (limited) return limited
  const origin = c.req.header('origin')
  if (origin !== undefined && ctx.anyOrigin(origin)) allowOrigin(c, origin)
  const hash = c.req.param('hash') ?? ''
  if (!HASH.test(hash)) {
    return problem(c, 400, 'invalid_hash', 'hash must be a lowercase hex SHA-256.', {
      field: 'hash',
    })
  }
  return hash
}

/**
 * PUT /v1/texts/:hash (and POST, which `sendBeacon` and CORS-simple requests can send): store
 * the text bundle behind a receipt's `textHash` once per site. The body is
 * `{ siteId, bundle }`; the collector recomputes `textHash(bundle)` and refuses a mismatch
 * (400, field `hash`). 201 when stored now, 200 when it already was.
 */
export function putTexts(ctx: CollectorContext) {
  const max = ctx.options.maxTextBytes ?? 65_536
  return async (c: Context): Promise<Response> => {
    const hash = guard(ctx, c)
    if (typeof hash !== 'string') return hash
    const origin = c.req.header('origin')
    if (origin !== undefined && !ctx.anyOrigin(origin)) {
      return problem(c, 403, 'origin_not_allowed', `Origin ${origin.slice(0, 200)} is not allowed.`)
    }
    if (!ACCEPTED_TYPES.test(c.req.header('content-type') ?? '')) {
      const message = 'Send the bundle as application/json or text/plain.'
      return problem(c, 415, 'unsupported_media_type', message)
    }
    const body = await readBody(c.req.raw, max)
    if (!body.ok) {
      return body.reason === 'too_large'
        ? problem(c, 413, 'too_large', `A text bundle is at most ${max} bytes.`)
        : problem(c, 400, 'invalid_json', 'The body is not valid UTF-8.', { field: '$' })
    }
    let input: { siteId?: unknown; bundle?: unknown }
    try {
      input = JSON.parse(body.text)
      if (!input || typeof input !== 'object' || Array.isArray(input)) throw input
    } catch {
      const message = 'The body must be a JSON object { siteId, bundle }.'
      return problem(c, 400, 'invalid_json', message, { field: '$' })
    }
    const extra = Object.keys(input).find((key) => key !== 'siteId' && key !== 'bundle')
    if (extra !== undefined) {
      const field = extra.slice(0, 64)
      return problem(c, 400, 'invalid_texts', `${field}: is not a field here`, { field })
    }
    const siteId = typeof input.siteId === 'string' ? input.siteId : ''
    const site = SITE_ID.test(siteId) ? ctx.sites.get(siteId) : undefined
    if (!site) {
      const message = `Site ${siteId.slice(0, 64) || '(none)'} is not configured.`
      return problem(c, 403, 'unknown_site', message, { field: 'siteId' })
    }
    if (origin !== undefined && !site.allows(origin)) {
      const message = `Origin ${origin.slice(0, 200)} may not send texts for site ${siteId}.`
      return problem(c, 403, 'origin_not_allowed', message)
    }
    const result = validateTextBundle(input.bundle)
    if (!result.ok) {
      const [first] = result.problems
      const field = first?.field === '$' ? 'bundle' : `bundle.${first?.field}`
      return problem(c, 400, 'invalid_texts', `${field}: ${first?.problem}`, {
        field,
        problems: result.problems,
      })
    }
    const actual = await textHash(result.bundle)
    if (actual !== hash) {
      const message = `The bundle's textHash is ${actual}, not the ${hash} in the URL.`
      return problem(c, 400, 'hash_mismatch', message, { field: 'hash' })
    }
    const stored = await ctx.store.putTexts({
      siteId,
      hash,
      receivedAt: ctx.now().toISOString(),
      // Exactly the text that was hashed.
      bundle: canonicalJson(result.bundle),
    })
    return c.json(
      {
        siteId,
        hash,
        receivedAt: stored.receivedAt,
        ...(stored.created ? {} : { duplicate: true }),
      },
      stored.created ? 201 : 200,
    )
  }
}

/**
 * GET /v1/texts/:hash?site=ID: the bundle a site's visitors saw, as stored (canonical JSON).
 * Public like the texts themselves, rate-limited like the other public reads.
 */
export function getTexts(ctx: CollectorContext) {
  return async (c: Context): Promise<Response> => {
    const hash = guard(ctx, c)
    if (typeof hash !== 'string') return hash
    const siteId = c.req.query('site') ?? ''
    if (!ctx.sites.has(siteId)) {
      const message = `Site ${siteId.slice(0, 64) || '(none)'} is not configured.`
      return problem(c, 404, 'unknown_site', message, { field: 'site' })
    }
    const stored = await ctx.store.getTexts(siteId, hash)
    if (!stored) return problem(c, 404, 'not_found', 'No text bundle with this hash for this site.')
    c.header('Cache-Control', 'public, max-age=86400, immutable')
    return c.json({ ...stored, bundle: JSON.parse(stored.bundle) })
  }
}
