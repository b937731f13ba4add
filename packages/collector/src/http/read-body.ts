/**
 * The body as text, or why it could not be read: `aborted` when the client hung up before
 * sending all of it (nobody is left to answer).
 */
export type BodyResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'too_large' | 'invalid_encoding' | 'aborted' }

/**
 * Read a request body of at most `max` bytes: refused early from Content-Length, and again
 * while streaming (the header may be absent or lie, e.g. with chunked encoding).
 */
export async function readBody(
  request: Request | undefined,
  max: number,
  node?: { incoming: NodeJS.ReadableStream; contentLength: string | undefined },
): Promise<BodyResult> {
  const declared = Number((node ? node.contentLength : request?.headers.get('content-length')) ?? 0)
  if (declared > max) return { ok: false, reason: 'too_large' }
  if (node) return decode(await readNode(node.incoming, max))
  if (!request?.body) return { ok: true, text: '' }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    let next: Awaited<ReturnType<typeof reader.read>>
    try {
      next = await reader.read()
    } catch {
      return { ok: false, reason: 'aborted' } // the runtime errors the stream when the client goes
    }
    const { done, value } = next
    if (done) break
    total += value.byteLength
    if (total > max) {
      await reader.cancel().catch(() => {})
      return { ok: false, reason: 'too_large' }
    }
    chunks.push(value)
  }
  return decode(chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks))
}

/**
 * On Node, read the IncomingMessage directly: much cheaper than its web-stream wrapper.
 * Null when it is too large, undefined when the client hung up mid-body.
 */
function readNode(
  incoming: NodeJS.ReadableStream,
  max: number,
): Promise<Uint8Array | null | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let total = 0
    const onData = (chunk: Buffer) => {
      total += chunk.length
      if (total > max) {
        // Stop reading: the 413 goes out with Connection: close and the socket is closed
        // after it, so an endless body is never read to its (non-existent) end.
        incoming.off('data', onData)
        incoming.pause()
        resolve(null)
      } else chunks.push(chunk)
    }
    incoming.on('data', onData)
    incoming.once('end', () =>
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)),
    )
    // A client that hangs up mid-body errors the stream ('aborted') and never sends 'end':
    // settle either way, nothing to store. Settling twice is a no-op.
    incoming.once('error', () => resolve(undefined))
    incoming.once('close', () => resolve(undefined))
  })
}

// Stateless when used without { stream: true }, so one instance serves every request.
const utf8 = new TextDecoder('utf-8', { fatal: true })

function decode(bytes: Uint8Array | null | undefined): BodyResult {
  if (bytes === null) return { ok: false, reason: 'too_large' }
  if (bytes === undefined) return { ok: false, reason: 'aborted' }
  try {
    return { ok: true, text: utf8.decode(bytes) }
  } catch {
    return { ok: false, reason: 'invalid_encoding' }
  }
}
