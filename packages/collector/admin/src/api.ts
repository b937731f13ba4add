import type { DayStats } from '../../src/types'

/** The token was refused (401): the page asks for it again. */
export class Unauthorized extends Error {}

/**
 * This network made too many failed sign-ins (429): the collector refuses every token until
 * the window ends, so the page asks again, saying when to retry.
 */
export class TooManyFailures extends Unauthorized {}

/** What the page says for a 429, from its `Retry-After` seconds. */
export function lockoutMessage(retryAfter: string | null): string {
  const minutes = Math.max(1, Math.ceil(Number(retryAfter) / 60) || 1)
  return `Too many failed sign-ins, try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
}

/** What GET /v1/stats answers. */
export interface StatsResponse {
  site: string | null
  from: string | null
  to: string | null
  days: DayStats[]
}

/** Export and stats filter, as the admin API takes it. */
export interface Query {
  site?: string
  from?: string
  to?: string
}

/** An admin API URL, relative to the page (so a collector behind a path prefix works too). */
export function apiUrl(path: string, query: Query & { format?: string } = {}): string {
  const url = new URL(`../${path}`, location.href)
  for (const [key, value] of Object.entries(query)) if (value) url.searchParams.set(key, value)
  return url.href
}

/**
 * Fetch with `Authorization: Bearer`; throws `Unauthorized` on 401, `TooManyFailures` on 429
 * and the API's message otherwise.
 */
export async function adminFetch(
  url: string,
  token: string,
  signal?: AbortSignal,
): Promise<Response> {
  const response = await fetch(url, {
    headers: { Authorization: `Bearer ${token}` },
    cache: 'no-store',
    ...(signal ? { signal } : {}),
  })
  if (response.status === 401) throw new Unauthorized('The admin token was not accepted.')
  if (response.status === 429)
    throw new TooManyFailures(lockoutMessage(response.headers.get('retry-after')))
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null
    throw new Error(body?.message ?? `The collector answered ${response.status}.`)
  }
  return response
}

export async function fetchStats(token: string, query: Query): Promise<StatsResponse> {
  return (await adminFetch(apiUrl('v1/stats', query), token)).json() as Promise<StatsResponse>
}

/** The file name from `Content-Disposition`, else a fallback. */
export function fileName(disposition: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback
}

/**
 * Download an export with the token in a header (never in a URL): fetch it, then save the
 * Blob through a temporary object URL.
 */
export async function downloadExport(token: string, query: Query, format: string): Promise<string> {
  const response = await adminFetch(apiUrl('v1/export', { ...query, format }), token)
  const name = fileName(response.headers.get('content-disposition'), `assent-receipts.${format}`)
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return name
}
