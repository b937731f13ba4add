import type { ReceiptSource } from '@assent/receipt'
import type { CategoryId, ConsentState } from './types.js'
import { dashed } from './uuid-v4.js'

/** What the stored value must agree with to be trusted. */
export interface CodecContext {
  ids: readonly CategoryId[]
  revision: number
  lifetimeDays: number
  policy?: { version: string } | undefined
}

// Cookie value, version 1, fields joined by "." (no character a cookie must escape):
//   1.<subjectId>.<receiptId?>[.<revision>.<ids hash>.<bitmask>.<decidedAt>.<expiresAt>.<source><signals>.<policy hash>]
// UUIDs without dashes, numbers in base 36, times in seconds, source as its first letter,
// signals as a digit (1 = GPC, 2 = DNT), the policy version as a short hash (absent without a
// policy, and in values written before it existed: both read as the current policy). An undecided visitor
// keeps only the ids (after reset).
const SOURCES: ReceiptSource[] = ['banner', 'preferences', 'signal', 'api', 'notice']
/** A UUID v4 without dashes: version 4, variant 10xx — what the collector accepts. */
const UUID = /^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$/
/** At most 200 characters (longer: something else wrote it), only those this version writes. */
const VALUE = /^1\.[0-9a-z.]{0,198}$/

const compact = (uuid = ''): string => uuid.replace(/-/g, '')
const seconds = (ms = 0): string => Math.round(ms / 1e3).toString(36)
const base36 = (field = ''): number =>
  /^\w{1,12}$/.test(field) ? Number.parseInt(field, 36) : Number.NaN

/** A short hash of the category list (a renamed or reordered category invalidates the bits), or of the policy version. */
const idsHash = (ids: readonly string[]): string => {
  let hash = 0
  for (const char of ids.join()) hash = (hash * 31 + char.charCodeAt(0)) | 0
  return (hash >>> 0).toString(36)
}

/** The compact cookie value for a state. */
export function encodeState(state: ConsentState, ctx: CodecContext): string {
  const fields: unknown[] = [1, compact(state.subjectId), compact(state.receiptId)]
  if (state.status === 'decided') {
    let mask = 0
    ctx.ids.forEach((id, bit) => {
      if (state.choices[id]) mask += 2 ** bit
    })
    const { gpc, dnt } = state.signals ?? {}
    fields.push(
      state.revision,
      idsHash(ctx.ids),
      mask.toString(36),
      seconds(state.decidedAt),
      seconds(state.expiresAt),
      (state.source?.[0] ?? 'a') + ((gpc ? 1 : 0) + (dnt ? 2 : 0)),
    )
    if (ctx.policy) fields.push(idsHash([ctx.policy.version]))
  }
  return fields.join('.')
}

/**
 * Read a stored value. Anything that cannot be trusted — missing, garbage, truncated, another
 * version, oversized, expired, dated ahead, an older revision, another category list — is
 * undecided; the subject and last receipt ids are kept whenever they can be read.
 */
export function decodeState(
  value: string | null | undefined,
  ctx: CodecContext,
  now: number,
  newId: () => string,
): ConsentState {
  const fields = VALUE.test(value!) ? value!.split('.') : []
  const [, subject = '', receipt = '', revision, hash, bits, decided, expires, last = '', policy] =
    fields
  const state: ConsentState = {
    status: 'undecided',
    choices: {} as ConsentState['choices'],
    revision: ctx.revision,
    subjectId: UUID.test(subject) ? dashed(subject) : newId(),
  }
  if (UUID.test(receipt)) state.receiptId = dashed(receipt)
  const mask = base36(bits)
  const decidedAt = base36(decided) * 1e3
  // A shorter configured lifetime applies to decisions already stored.
  const expiresAt = Math.min(base36(expires) * 1e3, decidedAt + ctx.lifetimeDays * 864e5)
  const source = SOURCES.find((name) => /^.[0-3]$/.test(last) && name[0] === last[0])
  const trusted =
    fields.length > 8 &&
    fields.length < 11 &&
    revision === String(ctx.revision) &&
    hash === idsHash(ctx.ids) &&
    mask < 2 ** ctx.ids.length &&
    mask % 2 === 1 &&
    expiresAt > now &&
    // No decision is made in the future: dated more than a day ahead (clock skew allowed), it
    // is edited or from a clock set wrong, and it would last beyond the lifetime. Capping
    // expiresAt at now + lifetime instead would move with every read, so never expire.
    decidedAt <= now + 864e5 &&
    !!source
  ctx.ids.forEach((id, bit) => {
    state.choices[id] = !bit || (trusted && Math.floor(mask / 2 ** bit) % 2 === 1)
  })
  if (trusted) {
    const signals = +last[1]!
    Object.assign(state, {
      status: 'decided',
      decidedAt,
      expiresAt,
      source,
      signals: { gpc: (signals & 1) > 0, dnt: signals > 1 },
    })
    if (policy && ctx.policy && policy !== idsHash([ctx.policy.version])) state.policyChanged = true
  }
  return state
}
