import { orderCategories } from './csv-columns.js'
import { COLLECTION_METHODS, describePurpose } from './purpose-descriptions.js'
import type { ReceiptRecord } from './receipt.js'
import { validUntil } from './valid-until.js'

/** A purpose as Kantara CR v1.1 describes it. */
export interface KantaraPurpose {
  purpose: string
  purposeCategory: string[]
  consentType: string
  piiCategory: string[]
  primaryPurpose: boolean
  termination: string
  thirdPartyDisclosure: boolean
  thirdPartyName?: string
}

/** The data controller named in every Kantara receipt. */
export interface KantaraController {
  piiController: string
  contact: string
  address: Record<string, string>
  email: string
  phone: string
  piiControllerUrl?: string
  onBehalf?: boolean
}

/** A Kantara Consent Receipt v1.1.0 (JSON). */
export interface KantaraReceipt {
  version: 'KI-CR-v1.1.0'
  jurisdiction: string
  consentTimestamp: number
  collectionMethod: string
  consentReceiptID: string
  language: string
  piiPrincipalId: string
  piiControllers: KantaraController[]
  policyUrl: string
  services: { service: string; purposes: KantaraPurpose[] }[]
  sensitive: boolean
  spiCat: string[]
}

/** Who the controller is, where, and how each category is described. */
export interface KantaraOptions {
  /** Where the controller is based or which law applies, e.g. `HK`. Default `''`. */
  jurisdiction?: string
  /** Default: a controller named after the site id with empty contact fields (fill them in). */
  controller?: KantaraController
  /** Service name. Default: the receipt's `siteId`. */
  service?: string
  /** Override or add purpose descriptions per category id. */
  purposes?: Record<
    string,
    Partial<
      Pick<
        KantaraPurpose,
        'purpose' | 'purposeCategory' | 'piiCategory' | 'thirdPartyDisclosure' | 'thirdPartyName'
      >
    >
  >
}

/**
 * Map a stored record onto a Kantara Consent Receipt v1.1. Kantara lists what was agreed
 * to, so `purposes` holds the granted categories only (essential is "NOT-REQUIRED": it
 * needs no consent); refusals show as absent purposes and in `collectionMethod`.
 * `consentTimestamp` is the server's `receivedAt` in seconds.
 *
 * @example toKantaraReceipt(record, { jurisdiction: 'HK', controller })
 */
export function toKantaraReceipt(
  record: ReceiptRecord,
  options: KantaraOptions = {},
): KantaraReceipt {
  const { receipt } = record
  // On the server's clock, as consentTimestamp: the browser's may be off.
  const termination = `Lapses at ${validUntil(record)}; withdraw at any time from the site's cookie settings`
  const purposes: KantaraPurpose[] = []
  // A fixed order (built-in categories first, then A→Z), whatever order the store kept.
  const categories = orderCategories(Object.keys(receipt.choices))
  for (const category of categories) {
    if (!receipt.choices[category]) continue
    const base = describePurpose(category, options.purposes)
    const purpose: KantaraPurpose = {
      purpose: base.purpose ?? `Category "${category}"`,
      purposeCategory: base.purposeCategory ?? [category],
      // Opt-in consent is explicit; under the notice and opt-out models it is implied.
      consentType:
        category === 'essential'
          ? 'NOT-REQUIRED'
          : (receipt.model ?? 'opt-in') === 'opt-in'
            ? 'EXPLICIT'
            : 'IMPLIED',
      piiCategory: base.piiCategory ?? ['Online identifier (pseudonymous)'],
      primaryPurpose: category === 'essential',
      termination,
      thirdPartyDisclosure: base.thirdPartyDisclosure ?? false,
    }
    if (purpose.thirdPartyDisclosure)
      purpose.thirdPartyName = base.thirdPartyName ?? 'Named in the privacy policy'
    purposes.push(purpose)
  }
  const refused = categories.filter((c) => !receipt.choices[c])
  return {
    version: 'KI-CR-v1.1.0',
    jurisdiction: options.jurisdiction ?? '',
    consentTimestamp: Math.floor(Date.parse(record.receivedAt) / 1000),
    collectionMethod:
      `${COLLECTION_METHODS[receipt.source] ?? receipt.source}; action ${receipt.action}` +
      `${refused.length > 0 ? `; refused: ${refused.join(', ')}` : ''}; config revision ${receipt.revision}` +
      // policyUrl is to be versioned, and a site's often is not (/privacy): the version shown.
      `; policy version ${receipt.policy.version}` +
      (receipt.textHash ? `; texts sha256 ${receipt.textHash}` : '') +
      `; model ${receipt.model ?? 'opt-in'}` +
      (receipt.region
        ? `; region ${receipt.region.code ?? 'unknown'} (${receipt.region.source})`
        : ''),
    consentReceiptID: receipt.receiptId,
    language: (receipt.locale.split('-')[0] ?? '').toLowerCase(),
    piiPrincipalId: receipt.subjectId,
    piiControllers: [
      options.controller ?? {
        piiController: receipt.siteId,
        contact: '',
        address: {},
        email: '',
        phone: '',
      },
    ],
    policyUrl: receipt.policy.url,
    services: [{ service: options.service ?? receipt.siteId, purposes }],
    sensitive: false,
    spiCat: [],
  }
}
