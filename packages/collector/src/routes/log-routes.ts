import type { Context } from 'hono'
import type { CollectorContext } from '../collector-context.js'
import { problem } from '../http/problem.js'
import { logTree } from '../log/log-source.js'
import { consistencyProof, inclusionProof } from '../log/tree-proofs.js'
import { UUID } from './read-receipts.js'

const TEXT = { 'Content-Type': 'text/plain; charset=utf-8' }

/** The log, its key and checkpointer, or a 404 saying the collector signs no log. */
function logOf(ctx: CollectorContext, c: Context) {
  const limited = ctx.limit(c, ctx.prefixOf(c))
  if (limited) return limited
  c.header('Access-Control-Allow-Origin', '*')
  if (!ctx.log)
    return problem(c, 404, 'no_log', 'This collector signs no log (start it with a log key).')
  return ctx.log
}

/** GET /.well-known/assent-log-key: the C2SP verifier key checkpoints are signed with. */
export function logKeyRoute(ctx: CollectorContext) {
  return (c: Context): Response => {
    const log = logOf(ctx, c)
    if (log instanceof Response) return log
    c.header('Cache-Control', 'public, max-age=3600')
    return c.body(`${log.key.verifier}\n`, 200, TEXT)
  }
}

/** GET /v1/log/checkpoint: the latest signed checkpoint (C2SP tlog-checkpoint). */
export function checkpointRoute(ctx: CollectorContext) {
  return async (c: Context): Promise<Response> => {
    const log = logOf(ctx, c)
    if (log instanceof Response) return log
    const latest = (await log.log.latestCheckpoint()) ?? (await log.checkpointer.checkpoint())
    c.header('Cache-Control', 'no-store')
    return c.body(latest.note, 200, TEXT)
  }
}

/**
 * GET /v1/receipts/:receiptId/proof: the receipt's inclusion proof against the latest
 * checkpoint, making the receipt a leaf and signing a new checkpoint first if it arrived
 * after the latest.
 */
export function proofRoute(ctx: CollectorContext) {
  return async (c: Context): Promise<Response> => {
    const log = logOf(ctx, c)
    if (log instanceof Response) return log
    c.header('Cache-Control', 'no-store')
    const given = c.req.param('receiptId') ?? ''
    if (!UUID.test(given))
      return problem(c, 400, 'invalid_id', 'receiptId must be a UUID v4.', { field: 'receiptId' })
    const receiptId = given.toLowerCase() // ids are stored lowercase (receiptRuleProblem)
    let leafIndex = await log.log.leafIndexOf(receiptId)
    // Stored but not yet a leaf (PostgreSQL): make it one now rather than answer 404.
    if (leafIndex === null && log.log.sequence && (await ctx.store.get(receiptId))) {
      await log.log.sequence()
      leafIndex = await log.log.leafIndexOf(receiptId)
    }
    if (leafIndex === null) {
      if (await log.log.wasErased(receiptId))
        return problem(c, 410, 'erased', 'This receipt was erased; its leaf stays as a tombstone.')
      return problem(c, 404, 'not_found', 'No receipt with this id.')
    }
    let checkpoint = await log.log.latestCheckpoint()
    // Twice at most: a checkpoint already being signed may have begun before this leaf.
    for (let i = 0; i < 2 && (!checkpoint || checkpoint.size <= leafIndex); i++)
      checkpoint = await log.checkpointer.checkpoint()
    if (!checkpoint || checkpoint.size <= leafIndex)
      throw new Error(`log: no checkpoint covers leaf ${leafIndex}`)
    const proof = await inclusionProof(logTree(log.log), leafIndex, checkpoint.size)
    return c.json({
      receiptId,
      leafIndex,
      treeSize: checkpoint.size,
      proof: proof.map((h) => h.toString('base64')),
      checkpoint: checkpoint.note,
    })
  }
}

const SIZE = /^(0|[1-9][0-9]{0,15})$/

/** GET /v1/log/consistency?from=N&to=M: RFC 9162 consistency proof between two tree sizes. */
export function consistencyRoute(ctx: CollectorContext) {
  return async (c: Context): Promise<Response> => {
    const log = logOf(ctx, c)
    if (log instanceof Response) return log
    const latest = (await log.log.latestCheckpoint()) ?? (await log.checkpointer.checkpoint())
    const sizes: number[] = []
    for (const field of ['from', 'to'] as const) {
      const text = c.req.query(field) ?? ''
      if (!SIZE.test(text))
        return problem(c, 400, 'invalid_query', `${field} must be a tree size (a whole number).`, {
          field,
        })
      sizes.push(Number(text))
    }
    const [from = 0, to = 0] = sizes
    if (to > latest.size)
      return problem(
        c,
        400,
        'invalid_query',
        `to must be at most ${latest.size}, the latest checkpoint's size.`,
        { field: 'to' },
      )
    if (from > to)
      return problem(c, 400, 'invalid_query', 'from must not exceed to.', { field: 'from' })
    const proof = await consistencyProof(logTree(log.log), from, to)
    c.header('Cache-Control', 'public, max-age=60')
    return c.json({ from, to, proof: proof.map((h) => h.toString('base64')) })
  }
}
