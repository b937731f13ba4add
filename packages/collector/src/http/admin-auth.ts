import { createHash, timingSafeEqual } from 'node:crypto'

const digest = (text: string): Buffer => createHash('sha256').update(text).digest()

/**
 * Check `Authorization: Bearer <token>` against the admin tokens in constant time: both
 * sides are hashed to equal length first, and every token is compared, match or not.
 */
export function adminAuth(
  tokens: readonly string[],
): (authorization: string | undefined) => boolean {
  const digests = tokens.filter((t) => t.length > 0).map(digest)
  return (authorization) => {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '')
    const given = digest(match?.[1] ?? '')
    let ok = false
    for (const d of digests) ok = timingSafeEqual(d, given) || ok
    return ok && match !== null
  }
}
