import type { KantaraOptions } from './kantara.js'

/** A purpose (one per offered category, granted or refused) in the processing section. */
export interface Iso27560Purpose {
  /** The category id, e.g. `analytics`; events name it in `purpose_id`. */
  purpose_id: string
  purpose: string
  /** DPV purpose IRI, e.g. `https://w3id.org/dpv#ServiceUsageAnalytics`; absent for site-defined categories. */
  purpose_type?: string
  /** DPV legal basis IRI: `dpv#Consent` for consent categories, `dpv#LegitimateInterest` for essential. */
  lawful_basis: string
  pii_information: { pii_type: string }[]
}

/** The controller as a party (27560 party fields). */
export interface Iso27560Party {
  party_id: string
  party_name: string
  party_address: Record<string, string>
  party_contact: string
  /** `https://w3id.org/dpv#LegalEntity`. */
  party_type: string
  /** `https://w3id.org/dpv#DataController`. */
  party_role: string
  party_email: string
  party_phone: string
  party_url?: string
}

/** One consent event: the state of one consent-based purpose at `event_time`. */
export interface Iso27560Event {
  purpose_id: string
  /** The collector's `receivedAt`, ISO 8601 UTC. */
  event_time: string
  /** Valid until the receipt's `expiresAt` (`dpv#UntilTimeDuration`). */
  validity_duration: { type: string; value: string }
  /** Who acted: the pii principal (pseudonymous subject id). */
  entity_id: string
  /** DPV consent type IRI: `dpv#ExpressedConsent` (opt-in), `dpv#ImpliedConsent` (notice, opt-out). */
  event_type: string
  /** DPV consent status IRI: `dpv#ConsentGiven` or `dpv#ConsentRefused`. */
  event_state: string
  /** How it was indicated (`dpv:hasIndicationMethod`), e.g. the banner or a GPC signal. */
  indication_method: string
}

/** An ISO/IEC TS 27560 consent record, structured per the W3C DPVCG implementation guide. */
export interface Iso27560Record {
  header: {
    /** Profile IRI (`dct:conformsTo`): `https://w3id.org/dpv/schema/dpv-27560#record`. */
    schema_version: string
    record_id: string
    pii_principal_id: string
    /** The record this one follows for the same browser (`dct:replaces`), or null. */
    replaces: string | null
    /** SHA-256 sealing the stored record (see `recordHash`). */
    record_hash: string
  }
  processing: {
    /** The privacy policy shown, and the banner texts (`dpv#ConsentNotice`) as a hash. */
    privacy_notice: {
      url: string
      version: string
      consent_notice_sha256: string | null
      locale: string
      config_revision: number
    }
    /** ISO 639-1 language of the notice. */
    language: string
    purposes: Iso27560Purpose[]
    /** `party_id`s of the controllers in `parties`. */
    pii_controllers: string[]
    collection_method: string
    storage_locations: string[]
    retention_period: string
    jurisdiction: string
    /** Third parties that receive data under a purpose this record grants. */
    recipient_third_parties: { party_name: string; purpose_ids: string[] }[]
    withdrawal_method: string
    service: string
    /** Browser privacy signals seen with the decision (27560 Annex F). */
    preference_signals: { gpc: boolean; dnt: boolean }
    /** The consent model the decision was made under (receipt v2; v1 receipts: `opt-in`). */
    consent_model: 'opt-in' | 'opt-out' | 'notice'
    /** The visitor's region and how it was found (receipt v2), or null. */
    region: { code: string | null; source: 'site' | 'collector' | 'timezone' | 'default' } | null
  }
  parties: Iso27560Party[]
  events: Iso27560Event[]
}

/**
 * The Kantara export's per-site options, plus what ISO/IEC TS 27560 requires and Kantara
 * v1.1 has no field for. Read from the same `kantara` config block.
 */
export interface Iso27560Options extends KantaraOptions {
  /** Where the data of these purposes is stored (27560 `storage_locations`). Default `[]`: fill it in. */
  storageLocations?: string[]
  /** How long it is kept (27560 `retention_period`). Default `''`: fill it in. */
  retentionPeriod?: string
  /** How to withdraw (27560 `withdrawal_method`). Default: the site's cookie settings. */
  withdrawalMethod?: string
}
