/** The body as text, or why it could not be read. */
export type BodyResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'too_large' | 'invalid_encoding' }

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
    const { done, value } = await reader.read()
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

/** On Node, read the IncomingMessage directly: much cheaper than its web-stream wrapper. */
function readNode(
  incoming: NodeJS.ReadableStream,
  max: number,
): Promise<Uint8Array | null | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let total = 0
    const onData = (chunk: Buffer) => {
      total += chunk.length
      if (total > max) {
        incoming.off('data', onData)
        incoming.resume() // drain the rest unread so the connection can answer
        resolve(null)
      } else chunks.push(chunk)
    }
    incoming.on('data', onData)
    incoming.once('end', () =>
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)),
    )
    incoming.once('error', reject)
    // A client that hangs up mid-body never sends 'end': settle anyway, nothing to store.
    incoming.once('close', () => resolve(undefined))
  })
}

// Stateless when used without { stream: true }, so one instance serves every request.
const utf8 = new TextDecoder('utf-8', { fatal: true })

function decode(bytes: Uint8Array | null | undefined): BodyResult {
  if (bytes === null) return { ok: false, reason: 'too_large' }
  if (bytes === undefined) return { ok: false, reason: 'invalid_encoding' }
  try {
    return { ok: true, text: utf8.decode(bytes) }
  } catch {
    return { ok: false, reason: 'invalid_encoding' }
  }
}
