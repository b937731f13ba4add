import type { ConsentReceipt, ReceiptProblem, ValidationResult } from './receipt.js'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i
const SITE_ID = /^[A-Za-z0-9._-]{1,64}$/
const CATEGORY_ID = /^[a-z][a-z0-9_-]{0,31}$/
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$/
/** One line of printable text: no C0/C1 controls (\p{Cc}), no line or paragraph separator. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the controls are what it refuses (\p{Cc} compiles 7x slower)
const POLICY_VERSION = /^[^\0-\x1f\x7f-\x9f\u2028\u2029]{1,64}$/u
/**
 * What the URL parser drops or encodes without complaint, so the raw string (which is what is
 * stored, sealed and exported) would not be the URL checked: C0/C1 controls, line and
 * paragraph separators, bidi controls, and whitespace at either end.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the controls are what it refuses
const HIDDEN_IN_URL = /[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|^\s|\s$/u
const HEX_SHA256 = /^[0-9a-f]{64}$/
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/
const ACTIONS = ['accept-all', 'reject-all', 'custom']
const SOURCES = ['banner', 'preferences', 'signal', 'api']
const MODELS = ['opt-in', 'opt-out', 'notice']
const REGION_SOURCES = ['site', 'collector', 'timezone', 'default']
/** ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision: `HK`, `US-CA`, `ES-CT`. */
const REGION_CODE = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/
const FIELDS = [
  'v',
  'receiptId',
  'previousReceiptId',
  'subjectId',
  'siteId',
  'action',
  'source',
  'choices',
  'signals',
  'policy',
  'revision',
  'locale',
  'textHash',
  'clientTime',
  'page',
  'expiresAt',
]
const V2_FIELDS = [...FIELDS, 'model', 'region']
const MAX_CATEGORIES = 32
const MAX_URL = 2048

type Rec = Record<string, unknown>
const isObject = (value: unknown): value is Rec =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function httpUrl(value: unknown, withQuery: boolean): string | undefined {
  if (typeof value !== 'string') return 'must be a string'
  if (value.length > MAX_URL) return `must be at most ${MAX_URL} characters`
  if (HIDDEN_IN_URL.test(value))
    return 'must not contain control, line-break or bidi characters, or start or end with a space'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'must be an absolute URL'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http(s) URL'
  if (!withQuery && (url.search || url.hash || value.includes('?') || value.includes('#'))) {
    return 'must not contain a query string or fragment'
  }
  return undefined
}

function isoTime(value: unknown): string | undefined {
  if (typeof value !== 'string' || !ISO_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    return 'must be an ISO 8601 date-time'
  }
  return undefined
}

/**
 * Check untrusted input against receipt format v1 or v2 (by its `v`). Unknown fields are
 * refused so nothing unexpected is ever stored. Meant for the collector: browsers only
 * import the types.
 *
 * @example
 * const result = validateReceipt(JSON.parse(body))
 * if (!result.ok) return json({ errors: result.problems }, 400)
 */
export function validateReceipt(input: unknown): ValidationResult {
  const problems: ReceiptProblem[] = []
  const report = (field: string, problem: string | undefined): void => {
    if (problem) problems.push({ field, problem })
  }
  if (!isObject(input))
    return { ok: false, problems: [{ field: '$', problem: 'must be a JSON object' }] }

  const v2 = input.v === 2
  for (const key of Object.keys(input)) {
    if (!(v2 ? V2_FIELDS : FIELDS).includes(key)) report(key.slice(0, 64), 'is not a receipt field')
  }
  report('v', v2 || input.v === 1 ? undefined : 'must be 1 or 2')
  for (const field of ['receiptId', 'subjectId'] as const) {
    const value = input[field]
    report(
      field,
      typeof value === 'string' && UUID_V4.test(value) ? undefined : 'must be a UUID v4',
    )
  }
  const previous = input.previousReceiptId
  report(
    'previousReceiptId',
    previous === null || (typeof previous === 'string' && UUID_V4.test(previous))
      ? undefined
      : 'must be a UUID v4 or null',
  )
  const siteId = input.siteId
  report(
    'siteId',
    typeof siteId === 'string' && SITE_ID.test(siteId)
      ? undefined
      : 'must be 1-64 characters of A-Z a-z 0-9 . _ -',
  )
  const actions = v2 ? [...ACTIONS, 'defaults'] : ACTIONS
  const sources = v2 ? [...SOURCES, 'notice'] : SOURCES
  report(
    'action',
    actions.includes(input.action as string) ? undefined : `must be one of ${actions.join(', ')}`,
  )
  report(
    'source',
    sources.includes(input.source as string) ? undefined : `must be one of ${sources.join(', ')}`,
  )
  if (v2) {
    report(
      'model',
      MODELS.includes(input.model as string) ? undefined : `must be one of ${MODELS.join(', ')}`,
    )
    // Defaults (no click) are recorded when a notice is shown, and a notice records nothing else;
    // under opt-in nothing optional is on by default, so there are no defaults to record.
    if ((input.action === 'defaults') !== (input.source === 'notice')) {
      report('source', 'must be notice with the action defaults, and only with it')
    } else if (input.action === 'defaults' && input.model === 'opt-in') {
      report('action', 'must not be defaults under the opt-in model')
    }
    const region = input.region
    if (!isObject(region)) report('region', 'must be an object { code, source }')
    else {
      for (const key of Object.keys(region))
        if (key !== 'code' && key !== 'source')
          report(`region.${key.slice(0, 32)}`, 'is not a region field')
      report(
        'region.code',
        region.code === null || (typeof region.code === 'string' && REGION_CODE.test(region.code))
          ? undefined
          : 'must be an ISO 3166 code (HK, US-CA) or null',
      )
      report(
        'region.source',
        REGION_SOURCES.includes(region.source as string)
          ? undefined
          : `must be one of ${REGION_SOURCES.join(', ')}`,
      )
    }
  }

  const choices = input.choices
  if (!isObject(choices)) report('choices', 'must be an object of category → boolean')
  else {
    const keys = Object.keys(choices)
    if (keys.length > MAX_CATEGORIES)
      report('choices', `must have at most ${MAX_CATEGORIES} categories`)
    else {
      for (const key of keys) {
        if (!CATEGORY_ID.test(key))
          report(`choices.${key.slice(0, 32)}`, 'is not a valid category id')
        else if (typeof choices[key] !== 'boolean')
          report(`choices.${key}`, 'must be true or false')
      }
      if (choices.essential !== true) report('choices.essential', 'must be true')
    }
  }

  const signals = input.signals
  if (!isObject(signals)) report('signals', 'must be an object { gpc, dnt }')
  else {
    for (const key of Object.keys(signals))
      if (key !== 'gpc' && key !== 'dnt') report(`signals.${key.slice(0, 32)}`, 'is not a signal')
    report('signals.gpc', typeof signals.gpc === 'boolean' ? undefined : 'must be true or false')
    report('signals.dnt', typeof signals.dnt === 'boolean' ? undefined : 'must be true or false')
  }

  const policy = input.policy
  if (!isObject(policy)) report('policy', 'must be an object { version, url }')
  else {
    for (const key of Object.keys(policy))
      if (key !== 'version' && key !== 'url')
        report(`policy.${key.slice(0, 32)}`, 'is not a policy field')
    const version = policy.version
    report(
      'policy.version',
      typeof version === 'string' && POLICY_VERSION.test(version)
        ? undefined
        : 'must be a string of 1-64 characters without control characters',
    )
    report('policy.url', httpUrl(policy.url, true))
  }

  const revision = input.revision
  report(
    'revision',
    Number.isInteger(revision) && (revision as number) >= 0 && (revision as number) <= 2 ** 31
      ? undefined
      : 'must be a non-negative integer',
  )
  const locale = input.locale
  report(
    'locale',
    typeof locale === 'string' && LOCALE.test(locale) ? undefined : 'must be a BCP 47 language tag',
  )
  const textHash = input.textHash
  report(
    'textHash',
    textHash === null || (typeof textHash === 'string' && HEX_SHA256.test(textHash))
      ? undefined
      : 'must be a lowercase hex SHA-256 or null',
  )
  report('clientTime', isoTime(input.clientTime))
  report('expiresAt', isoTime(input.expiresAt))
  report('page', httpUrl(input.page, false))

  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, receipt: input as unknown as ConsentReceipt }
}
