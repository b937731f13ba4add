import { createServer, type Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { serve as nodeServe } from '@hono/node-server'
import { longTimeout } from './long-timer.js'
import type { NodeFastPath } from './routes/post-receipt.js'
import type { ReceiptStore } from './types.js'

/** Options for `serve`. */
export interface ServeOptions {
  /** The app from `createCollector`. */
  app: { fetch: (request: Request, env?: unknown) => Response | Promise<Response> }
  /**
   * Requests this answers on Node's own request and response, before Hono sees them: pass
   * `app.fastPath` from `createCollector` (same answers, far less work per receipt).
   */
  fastPath?: NodeFastPath
  /** Closed after the last in-flight request on shutdown. */
  store: ReceiptStore
  /** Default 8787; 0 picks a free port. */
  port?: number
  /** Default `127.0.0.1`; use `0.0.0.0` to listen on every interface. */
  hostname?: string
  /** Stop on SIGTERM and SIGINT. Default true. */
  handleSignals?: boolean
  /** Longest wait for in-flight requests on shutdown, in ms. Default 10,000. */
  shutdownTimeoutMs?: number
  /**
   * Longest wait for a request's headers, in ms, before answering 408 and closing: a slow
   * client cannot hold a connection open. Default 10,000.
   */
  headerTimeoutMs?: number
  /**
   * Longest wait for a request's body once its headers are due, in ms (the whole request
   * must arrive within `headerTimeoutMs + bodyTimeoutMs`). A receipt is a few kilobytes.
   * Default 10,000.
   */
  bodyTimeoutMs?: number
  /** Called once listening. */
  onListen?: (url: string) => void
  /** Called after shutdown completes (e.g. to exit the process). */
  onClose?: () => void
}

/** A listening collector. */
export interface RunningServer {
  url: string
  port: number
  /** Stop accepting, finish in-flight requests, close the store. Safe to call twice. */
  close(): Promise<void>
}

/** What Node answers a request it could not parse or that timed out, plus nosniff. */
const CLIENT_ERRORS: Record<string, string> = {
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
  HPE_CHUNK_EXTENSIONS_OVERFLOW: '413 Payload Too Large',
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
}

/**
 * Node's own `clientError` answer (408 for a slow request, 431, else 400), with
 * `X-Content-Type-Options: nosniff` like every other answer. Written only when no response
 * has started on the socket, as Node does.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage
  if (error.code !== 'ECONNRESET' && socket.writable && !inFlight?.headersSent) {
    const status = CLIENT_ERRORS[error.code ?? ''] ?? '400 Bad Request'
    socket.write(
      `HTTP/1.1 ${status}\r\nConnection: close\r\nX-Content-Type-Options: nosniff\r\n\r\n`,
    )
  }
  socket.destroy(error)
}

/** A timeout option in ms, 10 s by default, or a start-up error naming it. */
function timeout(name: string, ms: number | undefined): number {
  if (ms === undefined) return 10_000
  if (!(Number.isSafeInteger(ms) && ms >= 1))
    throw new RangeError(`serve: ${name} ${ms}: expected a whole number of milliseconds above 0`)
  return ms
}

/**
 * Run the collector on Node's HTTP server with graceful shutdown: on SIGTERM/SIGINT (or
 * `close()`) it stops accepting connections, lets in-flight requests finish (so every
 * acknowledged receipt is committed), then closes the store.
 *
 * @example await serve({ app, store, fastPath: app.fastPath, port: 8787 })
 */
export function serve(options: ServeOptions): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    let closing: Promise<void> | null = null
    const fast = options.fastPath
    const headersTimeout = timeout('headerTimeoutMs', options.headerTimeoutMs)
    const requestTimeout = headersTimeout + timeout('bodyTimeoutMs', options.bodyTimeoutMs)
    const server = nodeServe(
      {
        fetch: options.app.fetch,
        port: options.port ?? 8787,
        hostname: options.hostname ?? '127.0.0.1',
        serverOptions: {
          headersTimeout,
          requestTimeout,
          // Node checks these timeouts on this beat (default 30 s): check often enough that a
          // 10 s limit is not a 40 s one.
          connectionsCheckingInterval: Math.min(1_000, Math.ceil(headersTimeout / 4)),
        },
        ...(fast && {
          createServer: ((serverOptions, listener) =>
            createServer(serverOptions, (req, res) =>
              fast.matches(req) ? fast.handle(req, res) : listener?.(req, res),
            )) as typeof createServer,
        }),
      },
      (info) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
        const url = `http://${host}:${info.port}`
        options.onListen?.(url)
        resolve({ url, port: info.port, close })
      },
    ) as Server
    server.keepAliveTimeout = 5_000
    server.on('clientError', answerClientError)
    server.once('error', reject)

    const close = (): Promise<void> => {
      closing ??= new Promise<void>((done) => {
        const timer = longTimeout(
          () => server.closeAllConnections(),
          options.shutdownTimeoutMs ?? 10_000,
        )
        // Keep-alive sockets turn idle as their last request finishes: close them as they do.
        const sweep = setInterval(() => server.closeIdleConnections(), 50)
        server.close(() => {
          timer.clear()
          clearInterval(sweep)
          options.store.close().finally(() => {
            process.off('SIGTERM', onSignal)
            process.off('SIGINT', onSignal)
            options.onClose?.()
            done()
          })
        })
        server.closeIdleConnections()
      })
      return closing
    }
    const onSignal = () => void close()
    if (options.handleSignals !== false) {
      process.once('SIGTERM', onSignal)
      process.once('SIGINT', onSignal)
    }
  })
}
