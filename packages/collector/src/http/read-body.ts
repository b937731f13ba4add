/** The body as text, or why it could not be read. */
export type BodyResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'too_large' | 'invalid_encoding' }

/**
 * Read a request body of at most `max` bytes: refused early from Content-Length, and again
 * while streaming (the header may be absent or lie, e.g. with chunked encoding).
 */
export async function readBody(request: Request, max: number): Promise<BodyResult> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > max) return { ok: false, reason: 'too_large' }
  if (!request.body) return { ok: true, text: '' }
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
  const bytes = chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks)
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { ok: false, reason: 'invalid_encoding' }
  }
}
