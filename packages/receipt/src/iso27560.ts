import { orderCategories } from './csv-columns.js'
import type {
  Iso27560Event,
  Iso27560Options,
  Iso27560Party,
  Iso27560Purpose,
  Iso27560Record,
} from './iso27560-record.js'
import { ownValue } from './own-value.js'
import { COLLECTION_METHODS, describePurpose } from './purpose-descriptions.js'
import type { ReceiptRecord } from './receipt.js'
import { validUntil } from './valid-until.js'

const DPV = 'https://w3id.org/dpv#'

/** The DPVCG profile a record conforms to (`dct:conformsTo`). */
export const ISO27560_PROFILE = 'https://w3id.org/dpv/schema/dpv-27560#record'

const PURPOSE_TYPES: Record<string, string> = {
  essential: `${DPV}TechnicalServiceProvision`,
  analytics: `${DPV}ServiceUsageAnalytics`,
  preference: `${DPV}UserInterfacePersonalisation`,
  marketing: `${DPV}Advertising`,
}

function originOf(page: string): string {
  try {
    return new URL(page).origin
  } catch {
    return page
  }
}

function indicationMethod(record: ReceiptRecord, granted: boolean): string {
  const { source, signals, action } = record.receipt
  if (source !== 'signal') return `${COLLECTION_METHODS[source] ?? source}, action ${action}`
  const seen = [signals.gpc && 'Global Privacy Control', signals.dnt && 'Do Not Track']
  const signal = seen.filter(Boolean).join(', ') || 'GPC/DNT'
  if (!granted) return `automatic opt-out from a browser privacy signal (${signal})`
  // A signal only ever subtracts: what it leaves granted was granted by an earlier decision,
  // or, on a first visit under the opt-out and notice models, on by default.
  const kept = record.receipt.previousReceiptId
    ? "kept from the visitor's previous decision"
    : `on by default under the ${record.receipt.model ?? 'opt-in'} model, no earlier decision`
  return `${kept}; a browser privacy signal (${signal}) turned other categories off`
}

/**
 * Map a stored record onto an ISO/IEC TS 27560 consent record in four sections (header,
 * processing, parties, events), with W3C DPV IRIs for purpose types, legal bases, consent
 * types and states. Every offered category is a purpose (built-in ones first, then A→Z);
 * each consent-based one gets an event saying given or refused. `event_time` is the server's `receivedAt`.
 *
 * @example toIso27560Record(record, { jurisdiction: 'HK', controller, retentionPeriod: 'P13M' })
 */
export function toIso27560Record(
  record: ReceiptRecord,
  options: Iso27560Options = {},
): Iso27560Record {
  const { receipt } = record
  const controller = options.controller
  const party: Iso27560Party = {
    party_id: controller?.piiControllerUrl ?? receipt.siteId,
    party_name: controller?.piiController ?? receipt.siteId,
    party_address: controller?.address ?? {},
    party_contact: controller?.contact ?? '',
    party_type: `${DPV}LegalEntity`,
    party_role: `${DPV}DataController`,
    party_email: controller?.email ?? '',
    party_phone: controller?.phone ?? '',
  }
  if (controller?.piiControllerUrl) party.party_url = controller.piiControllerUrl

  const purposes: Iso27560Purpose[] = []
  const events: Iso27560Event[] = []
  const recipients = new Map<string, string[]>()
  // A fixed order (built-in categories first, then A→Z), whatever order the store kept.
  for (const category of orderCategories(Object.keys(receipt.choices))) {
    const granted = receipt.choices[category] === true
    const base = describePurpose(category, options.purposes)
    // Strictly necessary storage needs no consent (ePrivacy Art. 5(3)): no consent event.
    const essential = category === 'essential'
    const purpose: Iso27560Purpose = {
      purpose_id: category,
      purpose: base.purpose ?? `Category "${category}"`,
      lawful_basis: essential ? `${DPV}LegitimateInterest` : `${DPV}Consent`,
      pii_information: (base.piiCategory ?? ['Online identifier (pseudonymous)']).map((t) => ({
        pii_type: t,
      })),
    }
    const type = ownValue(PURPOSE_TYPES, category)
    if (type) purpose.purpose_type = type
    purposes.push(purpose)
    if (granted && base.thirdPartyDisclosure) {
      const name = base.thirdPartyName ?? 'Named in the privacy policy'
      recipients.set(name, [...(recipients.get(name) ?? []), category])
    }
    if (essential) continue
    events.push({
      purpose_id: category,
      event_time: record.receivedAt,
      // On the server's clock, as event_time: the browser's may be off.
      validity_duration: { type: `${DPV}UntilTimeDuration`, value: validUntil(record) },
      entity_id: receipt.subjectId,
      // Opt-in consent is expressed; under the notice and opt-out models it is implied.
      event_type: `${DPV}${(receipt.model ?? 'opt-in') === 'opt-in' ? 'ExpressedConsent' : 'ImpliedConsent'}`,
      // A refusal that undoes an earlier grant is a withdrawal, but one record does not say
      // what the previous receipt granted (only its id, in `header.replaces`); telling the
      // two apart would mean reading the visitor's history. So a `false` is "refused".
      event_state: granted ? `${DPV}ConsentGiven` : `${DPV}ConsentRefused`,
      indication_method: indicationMethod(record, granted),
    })
  }

  return {
    header: {
      schema_version: ISO27560_PROFILE,
      record_id: receipt.receiptId,
      pii_principal_id: receipt.subjectId,
      replaces: receipt.previousReceiptId,
      record_hash: record.hash,
    },
    processing: {
      privacy_notice: {
        url: receipt.policy.url,
        version: receipt.policy.version,
        consent_notice_sha256: receipt.textHash,
        locale: receipt.locale,
        config_revision: receipt.revision,
      },
      language: (receipt.locale.split('-')[0] ?? '').toLowerCase(),
      purposes,
      pii_controllers: [party.party_id],
      collection_method: `${COLLECTION_METHODS[receipt.source] ?? receipt.source} at ${receipt.page}`,
      storage_locations: options.storageLocations ?? [],
      retention_period: options.retentionPeriod ?? '',
      jurisdiction: options.jurisdiction ?? '',
      recipient_third_parties: [...recipients].map(([party_name, purpose_ids]) => ({
        party_name,
        purpose_ids,
      })),
      withdrawal_method:
        options.withdrawalMethod ??
        `Cookie settings on ${originOf(receipt.page)}: switch the category off at any time; the change is recorded as a new consent record`,
      service: options.service ?? receipt.siteId,
      preference_signals: { gpc: receipt.signals.gpc, dnt: receipt.signals.dnt },
      consent_model: receipt.model ?? 'opt-in',
      region: receipt.region ?? null,
    },
    parties: [party],
    events,
  }
}
