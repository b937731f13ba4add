import type { Context } from 'hono'
import type { CollectorContext } from '../collector-context.js'
import { allowOrigin } from '../http/cors.js'
import { problem } from '../http/problem.js'

/**
 * Receipt and subject ids are UUID v4s (see validateReceipt), stored lowercase (see
 * receiptRuleProblem): a lookup folds the id it is given to lowercase.
 */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

function guard(
  ctx: CollectorContext,
  c: Context,
  param: 'receiptId' | 'subjectId',
): Response | string {
  const limited = ctx.limit(c, ctx.prefixOf(c))
  if (limited) return limited
  const origin = c.req.header('origin')
  if (origin !== undefined && ctx.anyOrigin(origin)) allowOrigin(c, origin)
  c.header('Cache-Control', 'no-store')
  const id = c.req.param(param) ?? ''
  if (!UUID.test(id))
    return problem(c, 400, 'invalid_id', `${param} must be a UUID v4.`, { field: param })
  return id.toLowerCase()
}

/** GET /v1/receipts/:receiptId: the stored receipt, the visitor's own proof. */
export function getReceipt(ctx: CollectorContext) {
  return async (c: Context): Promise<Response> => {
    const id = guard(ctx, c, 'receiptId')
    if (typeof id !== 'string') return id
    const record = await ctx.store.get(id)
    if (record) return c.json(record)
    if (await ctx.store.log?.wasErased(id))
      return problem(c, 410, 'erased', "This receipt was erased at the visitor's request.")
    return problem(c, 404, 'not_found', 'No receipt with this id.')
  }
}

/** GET /v1/subjects/:subjectId/receipts: one browser's history, oldest first. */
export function getSubjectReceipts(ctx: CollectorContext) {
  return async (c: Context): Promise<Response> => {
    const id = guard(ctx, c, 'subjectId')
    if (typeof id !== 'string') return id
    const records = await ctx.store.bySubject(id)
    return c.json({ subjectId: id, receipts: records })
  }
}
