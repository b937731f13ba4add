// Types of static-server.mjs, for the engine suite.
import type { IncomingMessage } from 'node:http'

export const STRICT_CSP: string

export type RenderedPage = string | { html: string; headers?: Record<string, string> }

export interface TestServer {
  url: string
  port: number
  /** Every request, in order: method and full URL (with the host name asked for). */
  requests: Array<{ method: string; url: string }>
  close(): Promise<void>
}

export function startTestServer(options?: {
  port?: number
  pages?: Record<string, (url: URL, req?: IncomingMessage) => RenderedPage>
  /** Paths answered 404 while they are in the set. */
  missing?: Set<string>
  /** Paths answered only once their promise settles, e.g. a vendor script held back. */
  held?: Map<string, Promise<unknown>>
}): Promise<TestServer>
