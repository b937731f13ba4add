import type { Context } from 'hono'

type NodeEnv = { incoming?: { headers: Record<string, string | string[] | undefined> } } | undefined

/**
 * A request header by lowercase name. On Node it reads the headers Node already parsed,
 * skipping the Web `Headers` object the adapter would otherwise build for every request.
 */
export function header(c: Context, name: string): string | undefined {
  const incoming = (c.env as NodeEnv)?.incoming
  if (!incoming) return c.req.header(name)
  const value = incoming.headers[name]
  return Array.isArray(value) ? value.join(', ') : value
}
