import type { Hono } from 'hono'

/** POST a body to /v1/receipts in-process. Objects are sent as JSON. */
export function postReceipt(
  app: Hono,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    app.request('/v1/receipts', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  )
}

/** Admin bearer header for the token the tests configure. */
export const ADMIN = { authorization: 'Bearer test-admin-token' }

/** `clientAddress` for in-process tests (no socket): the last X-Forwarded-For hop. */
export const lastForwardedHop = (request: Request): string | undefined =>
  request.headers.get('x-forwarded-for')?.split(',').at(-1)
