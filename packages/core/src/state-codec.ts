import type { ReceiptSource } from '@assent/receipt'
import type { CategoryId, ConsentState } from './types.js'

/** What the stored value must agree with to be trusted. */
export interface CodecContext {
  ids: readonly CategoryId[]
  revision: number
  lifetimeDays: number
}

// Cookie value, version 1, fields joined by "." (no character js-cookie must escape):
//   1.<subjectId>.<receiptId?>[.<revision>.<ids hash>.<bitmask>.<decidedAt>.<expiresAt>.<source><signals>]
// UUIDs without dashes, numbers in base 36, times in seconds, source as its first letter,
// signals as a digit (1 = GPC, 2 = DNT). An undecided visitor keeps only the ids (after reset).
const SOURCES: ReceiptSource[] = ['banner', 'preferences', 'signal', 'api']
const HEX = '([0-9a-f]{32})'
const N = '([0-9a-z]{1,12})'
const RECORD = new RegExp(
  `^1\\.${HEX}\\.${HEX}?(?:\\.(\\d{1,9})\\.${N}\\.${N}\\.${N}\\.${N}\\.([bpsa])([0-3]))?$`,
)
/** Longer than any value this version writes: something else wrote it. */
const MAX_LENGTH = 200

const compact = (uuid = ''): string => uuid.replace(/-/g, '')
const expand = (hex: string): string => hex.replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-')
const seconds = (ms = 0): string => Math.round(ms / 1e3).toString(36)

/** A short hash of the category list: a renamed or reordered category invalidates the bits. */
const idsHash = (ids: readonly string[]): string => {
  let hash = 0
  for (const char of ids.join()) hash = (hash * 31 + char.charCodeAt(0)) | 0
  return (hash >>> 0).toString(36)
}

/** The compact cookie value for a state. */
export function encodeState(state: ConsentState, ctx: CodecContext): string {
  const head = `1.${compact(state.subjectId)}.${compact(state.receiptId)}`
  if (state.status === 'undecided') return head
  let mask = 0
  ctx.ids.forEach((id, bit) => {
    if (state.choices[id]) mask += 2 ** bit
  })
  const signals = (state.signals?.gpc ? 1 : 0) + (state.signals?.dnt ? 2 : 0)
  return `${head}.${state.revision}.${idsHash(ctx.ids)}.${mask.toString(36)}.${seconds(
    state.decidedAt,
  )}.${seconds(state.expiresAt)}.${state.source?.[0] ?? 'a'}${signals}`
}

/**
 * Read a stored value. Anything that cannot be trusted — missing, garbage, truncated, another
 * version, oversized, expired, an older revision, another category list — is undecided;
 * the subject and last receipt ids are kept whenever they can be read.
 */
export function decodeState(
  value: string | null | undefined,
  ctx: CodecContext,
  now: number,
  newId: () => string,
): ConsentState {
  const ok = typeof value === 'string' && value.length <= MAX_LENGTH
  const m = (ok && RECORD.exec(value)) || []
  const subject = m[1] ?? (ok ? /^1\.([0-9a-f]{32})/.exec(value)?.[1] : undefined)
  const state: ConsentState = {
    status: 'undecided',
    choices: {} as ConsentState['choices'],
    revision: ctx.revision,
    subjectId: subject ? expand(subject) : newId(),
  }
  if (m[2]) state.receiptId = expand(m[2])
  const [mask, decided, expires] = [m[5], m[6], m[7]].map((n) => Number.parseInt(n ?? '', 36) || 0)
  const decidedAt = decided! * 1e3
  // A shorter configured lifetime applies to decisions already stored.
  const expiresAt = Math.min(expires! * 1e3, decidedAt + ctx.lifetimeDays * 864e5)
  const trusted =
    m[3] === String(ctx.revision) &&
    m[4] === idsHash(ctx.ids) &&
    mask! < 2 ** ctx.ids.length &&
    mask! % 2 === 1 &&
    expiresAt > now
  ctx.ids.forEach((id, bit) => {
    state.choices[id] = !bit || (trusted && Math.floor(mask! / 2 ** bit) % 2 === 1)
  })
  if (!trusted) return state
  const signals = Number(m[9])
  return {
    ...state,
    status: 'decided',
    decidedAt,
    expiresAt,
    source: SOURCES.find((s) => s[0] === m[8])!,
    signals: { gpc: (signals & 1) > 0, dnt: (signals & 2) > 0 },
  }
}
