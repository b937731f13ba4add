import type { Context } from 'hono'
import type { CollectorContext } from '../collector-context.js'
import { exportChunks } from '../export/export-chunks.js'
import { EXPORT_FORMATS, EXPORTERS, isExportFormat } from '../export/exporters.js'
import { parseFilter } from '../export/parse-filter.js'
import { problem } from '../http/problem.js'
import { UUID } from './read-receipts.js'

function filterOf(c: Context) {
  const parsed = parseFilter({
    site: c.req.query('site'),
    from: c.req.query('from'),
    to: c.req.query('to'),
    action: c.req.query('action'),
  })
  if (!parsed.ok)
    return problem(c, 400, 'invalid_query', `${parsed.field} ${parsed.problem}.`, {
      field: parsed.field,
    })
  return parsed.filter
}

/** GET /v1/export?site&from&to&action&format= (a key of `EXPORTERS`; admin): a streamed download. */
export function exportRoute(ctx: CollectorContext) {
  return async (c: Context): Promise<Response> => {
    const denied = ctx.requireAdmin(c)
    if (denied) return denied
    const filter = filterOf(c)
    if (filter instanceof Response) return filter
    const format = c.req.query('format') ?? EXPORT_FORMATS[0]
    if (!isExportFormat(format))
      return problem(
        c,
        400,
        'invalid_query',
        `format must be one of ${EXPORT_FORMATS.join(', ')}.`,
        { field: 'format' },
      )

    const chunks = exportChunks(ctx.store, {
      format,
      filter,
      kantara: (id) => ctx.sites.get(id)?.config.kantara,
    })
    const encoder = new TextEncoder()
    // Pull-based: the next page is read only when the client has taken the previous one.
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const { done, value } = await chunks.next()
          if (done) controller.close()
          else controller.enqueue(encoder.encode(value))
        } catch (error) {
          ctx.logger.error('[assent-collector] export failed:', error)
          controller.error(new Error('export failed'))
        }
      },
      async cancel() {
        await chunks.return(undefined)
      },
    })
    const { contentType, extension } = EXPORTERS[format]
    const name = `assent-receipts-${filter.siteId ?? 'all'}-${ctx.now().toISOString().slice(0, 10)}.${extension}`
    return c.body(stream, 200, {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    })
  }
}

/** DELETE /v1/subjects/:subjectId?reason= (admin): erase a subject's receipts; the erasure is logged. */
export function eraseRoute(ctx: CollectorContext) {
  return async (c: Context): Promise<Response> => {
    const denied = ctx.requireAdmin(c)
    if (denied) return denied
    const given = c.req.param('subjectId') ?? ''
    if (!UUID.test(given))
      return problem(c, 400, 'invalid_id', 'subjectId must be a UUID v4.', { field: 'subjectId' })
    // Ids are stored lowercase: an uppercase id given here erased nothing yet logged an erasure.
    const subjectId = given.toLowerCase()
    const reason = c.req.query('reason')
    if (reason !== undefined && reason.length > 200)
      return problem(c, 400, 'invalid_query', 'reason must be at most 200 characters.', {
        field: 'reason',
      })
    const entry = await ctx.store.eraseSubject(subjectId, reason)
    return c.json({
      subjectId,
      erased: entry.receipts,
      at: entry.at,
      subjectHash: entry.subjectHash,
    })
  }
}

/** GET /v1/stats?site&from&to (admin): per UTC day, receipts, actions, per category counts and opt-in rate. */
export function statsRoute(ctx: CollectorContext) {
  return async (c: Context): Promise<Response> => {
    const denied = ctx.requireAdmin(c)
    if (denied) return denied
    const filter = filterOf(c)
    if (filter instanceof Response) return filter
    c.header('Cache-Control', 'no-store')
    return c.json({
      site: filter.siteId ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      days: await ctx.store.stats(filter),
    })
  }
}

/** GET /v1/erasures (admin): the erasure log (subject erasures and retention purges). */
export function erasuresRoute(ctx: CollectorContext) {
  return async (c: Context): Promise<Response> => {
    const denied = ctx.requireAdmin(c)
    if (denied) return denied
    return c.json({ erasures: await ctx.store.erasures() })
  }
}
