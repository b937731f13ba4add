import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/**
 * A JSON error answer `{ error, message, field? }`: a stable machine code, a sentence for
 * people, and the offending field when there is one. Never a stack trace.
 */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  error: string,
  message: string,
  extra: Record<string, unknown> = {},
): Response {
  return c.json({ error, message, ...extra }, status)
}
