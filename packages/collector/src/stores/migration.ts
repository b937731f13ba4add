/** One schema change. Versions only ever grow; an applied migration is never edited. */
export interface Migration {
  version: number
  name: string
  sql: string
}
