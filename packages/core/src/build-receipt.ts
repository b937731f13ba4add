import type { ConsentReceipt, ReceiptAction } from '@assent/receipt'
import type { ConsentState, Signals } from './types.js'

/** What a receipt needs beyond the decided state. */
export interface ReceiptContext {
  siteId: string
  policy: { version: string; url: string }
  signals: Signals
  /** The language of the texts the UI showed; without a UI, the page's. */
  locale: string | undefined
  /** The SHA-256 of the texts the UI showed; null without a UI. */
  textHash: string | undefined
}

const iso = (ms = 0): string => new Date(ms).toISOString()

/** The receipt for a decided state (`receiptId`, `decidedAt`, `expiresAt` set). */
export function buildReceipt(
  state: ConsentState,
  action: ReceiptAction,
  previousReceiptId: string | undefined,
  ctx: ReceiptContext,
): ConsentReceipt {
  const { model, region } = state
  return {
    // Format 2 says which rule applied; without `jurisdictions` it is opt-in everywhere (v1).
    v: model ? 2 : 1,
    receiptId: state.receiptId!,
    previousReceiptId: previousReceiptId ?? null,
    subjectId: state.subjectId,
    siteId: ctx.siteId,
    action,
    source: state.source ?? 'api',
    choices: state.choices,
    signals: { ...ctx.signals },
    policy: { version: ctx.policy.version, url: new URL(ctx.policy.url, location.href).href },
    revision: state.revision,
    // Without texts from a UI (API decisions), the page language says what was shown.
    locale: ctx.locale ?? (document.documentElement.lang.replace('_', '-') || 'en'),
    textHash: ctx.textHash ?? null,
    clientTime: iso(state.decidedAt),
    page: location.origin + location.pathname,
    expiresAt: iso(state.expiresAt),
    ...(model && { model, region }),
  }
}
