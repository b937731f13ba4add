import { createHash } from 'node:crypto'

/** SHA-256 hex of a subject id, kept in the erasure log instead of the id itself. */
export function subjectHash(subjectId: string): string {
  return createHash('sha256').update(subjectId).digest('hex')
}
