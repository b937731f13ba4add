/** One line of the erasure log: a subject's erasure or a retention purge. */
export interface ErasureEntry {
  kind: 'subject' | 'retention'
  at: string
  /** How many receipts were deleted. */
  receipts: number
  /** SHA-256 of the erased subjectId: proves the erasure to whoever holds the id, names nobody. */
  subjectHash: string | null
  /** For retention purges: records received before this time were deleted. */
  before: string | null
  reason: string | null
}
