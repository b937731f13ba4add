import { isUrl } from './is-url.js'
import { type Profile, readJurisdictions } from './read-jurisdictions.js'
import type {
  Category,
  CategoryId,
  CollectorOptions,
  ConsentOptions,
  ConsentStorage,
  CookieOptions,
  Integration,
  ReceiptTransport,
  Signals,
} from './types.js'

/** Options after validation, with every default filled in. */
export interface Config {
  categories: Category[]
  /** Category ids in configured order, `essential` first: the bit order of the cookie. */
  ids: CategoryId[]
  revision: number
  lifetimeDays: number
  cookie: CookieOptions
  policy: { version: string; url: string } | undefined
  collector: CollectorOptions | undefined
  integrations: Integration[]
  gating: boolean
  storage: ConsentStorage | undefined
  readSignals: (() => Signals) | undefined
  transport: ReceiptTransport | undefined
  now: () => number
  /** The profiles of `jurisdictions`; without the option, only `default` (opt-in, site signals). */
  profiles: Record<string, Profile>
  /** The `jurisdictions` option as given: with it, states carry model and region, receipts are v2. */
  jurisdictions: Rec | undefined
  region: unknown
  lookupRegion: (() => Promise<unknown>) | undefined
  /** The first invalid option's name, e.g. `lifetimeDays` or `categories.Video`. */
  invalid: string | undefined
}

// biome-ignore lint/suspicious/noExplicitAny: options arrive untyped from pages; the checks below are what type them
type Rec = Record<string, any>
// biome-ignore lint/suspicious/noExplicitAny: a check receives whatever the page passed
type Check = (value: any) => unknown

const isObject = (value: unknown): value is Rec =>
  !!value && typeof value === 'object' && !Array.isArray(value)
const text =
  (pattern = /./): Check =>
  (value) =>
    typeof value === 'string' && pattern.test(value)
const isText = text()
const isFunction: Check = (value) => typeof value === 'function'
const isBoolean: Check = (value) => value === !!value
const listOf =
  (item: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(item)
/** An object whose fields pass their checks; with `optional`, a field may also be absent. */
const shape =
  (fields: Rec, optional?: boolean): Check =>
  (value) =>
    isObject(value) &&
    Object.keys(fields).every(
      (key) => (optional && value[key] === undefined) || fields[key](value[key]),
    )
const signalPolicy = text(/^(honor|ignore)$/)

/** Every option but `categories`, which is normalised as well as checked (below). */
const OPTIONS: Record<string, Check> = {
  revision: (value) => Number.isInteger(value) && value >= 0,
  lifetimeDays: (value) => typeof value === 'number' && value > 0 && value < 1e9,
  cookie: shape(
    {
      name: text(/^[\w!#$%&'*+.^`|~-]+$/),
      domain: isText,
      path: text(/^\//),
      sameSite: text(/^(Lax|Strict|None)$/),
      secure: isBoolean,
    },
    true,
  ),
  signals: shape({ gpc: signalPolicy, dnt: signalPolicy }, true),
  // The collector refuses a version it could not print on one line (validateReceipt): no
  // C0/C1 control (\p{Cc}, spelled as its two ranges: compiling \p{…} costs 0.4 ms at start-up).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the controls are what it refuses
  policy: shape({ version: text(/^[^\0-\x1f\x7f-\x9f\u2028\u2029]{1,64}$/u), url: isUrl }),
  collector: shape({ url: isText, siteId: text(/^[\w.-]{1,64}$/) }),
  integrations: listOf(shape({ name: isText, categories: Array.isArray })),
  storage: shape({ write: isFunction }),
  readSignals: isFunction,
  transport: isFunction,
  now: isFunction,
  gating: isBoolean,
  jurisdictions: isObject,
  lookupRegion: isFunction,
}
const categoryId = text(/^[a-z][a-z0-9_-]{0,31}$/)
const services = listOf(
  (service) =>
    isText(service?.id) &&
    // A service's policy link must be as safe as the site's (http(s) or relative).
    (!service.policyUrl || isUrl(service.policyUrl)) &&
    (service.cookies === undefined ||
      listOf((cookie) => isText(cookie) || isText(cookie?.name))(service.cookies)),
)
const MAX_DAYS = 395

/** What each option must be, for the console error in development builds. */
export const OPTION_HINTS: Record<string, string> = {
  options: 'must be an object',
  categories:
    'must be a list of ids (a-z 0-9 _ -, unique) or { id, services: [{ id, name, cookies, policyUrl: http(s) or relative }] }',
  revision: 'must be an integer ≥ 0',
  lifetimeDays: 'must be a positive number of days',
  cookie: 'must be { name, domain, path: "/…", sameSite: Lax|Strict|None, secure: boolean }',
  signals: 'must be { gpc, dnt } with "honor" or "ignore"',
  policy:
    'must be { version, url } (version: 1-64 printable characters; url: http(s) or relative; required with a collector)',
  collector: 'must be { url, siteId } (siteId: 1-64 of A-Z a-z 0-9 . _ -)',
  integrations: 'must be a list of { name, categories }',
  storage: 'must be { read, write, clear }',
  readSignals: 'must be a function',
  transport: 'must be a function',
  now: 'must be a function',
  gating: 'must be true or false',
  jurisdictions:
    'must be { [region or group]: "opt-in" | "opt-out" | "notice" | { model, signals, signalCategories (offered ids), doNotSell, refusalDays } }',
  lookupRegion: 'must be a function',
}

/**
 * Validate `createConsent` options once; never throws. The first invalid option is logged
 * (one console error naming it) and returned as `invalid`: the engine then stays inert.
 */
export function readOptions(input: ConsentOptions = {}): Config {
  const o: Rec = isObject(input) ? input : {}
  let invalid = o === input ? undefined : 'options'
  for (const key in OPTIONS) {
    if (o[key] !== undefined && !OPTIONS[key]!(o[key])) invalid ??= key
  }
  // Without the policy shown a receipt proves nothing (and the collector refuses it).
  if (o.collector && !o.policy) invalid ??= 'policy'

  const categories: Category[] = [{ id: 'essential', locked: true, services: [] }]
  const list = o.categories ?? ['analytics', 'preference']
  if (!Array.isArray(list)) invalid ??= 'categories'
  for (const item of Array.isArray(list) ? list : []) {
    const category: Rec = isObject(item) ? { ...item } : { id: item }
    const { id } = category
    category.services ??= []
    const essential = id === 'essential'
    const valid =
      categoryId(id) &&
      (essential || !categories.some((known) => known.id === id)) &&
      services(category.services)
    if (!valid) invalid ??= `categories.${id}`
    category.locked = essential
    category.services = valid
      ? category.services.map((service: Rec) => ({
          ...service,
          cookies: (service.cookies ?? []).map((cookie: unknown) =>
            isObject(cookie) ? cookie : { name: cookie },
          ),
        }))
      : []
    categories[essential ? 0 : categories.length] = category as Category
  }

  const ids = categories.map((category) => category.id)
  const profiles = readJurisdictions(
    isObject(o.jurisdictions) ? o.jurisdictions : {},
    ids,
    o.signals,
  )
  if (typeof profiles === 'string') invalid ??= profiles

  let { lifetimeDays = 182 } = o
  if (lifetimeDays > MAX_DAYS) {
    if (process.env.NODE_ENV !== 'production') {
      console.warn(`[assent] lifetimeDays ${lifetimeDays} is capped at ${MAX_DAYS}`)
    }
    lifetimeDays = MAX_DAYS
  }
  if (invalid) {
    const hint =
      process.env.NODE_ENV !== 'production' ? ` ${OPTION_HINTS[invalid.split('.')[0]!]}` : ''
    console.error(`[assent] invalid option "${invalid}"${hint}. Nothing optional will run.`)
  }
  return {
    ...o,
    categories,
    ids,
    revision: o.revision ?? 1,
    lifetimeDays,
    cookie: o.cookie ?? {},
    profiles:
      typeof profiles === 'object' ? profiles : (readJurisdictions({}, ids, o.signals) as Rec),
    // An invalid policy is never shown: its url could be a script link.
    policy: OPTIONS.policy!(o.policy) ? o.policy : undefined,
    integrations: invalid ? [] : [...(o.integrations ?? [])],
    gating: o.gating ?? typeof document === 'object',
    now: isFunction(o.now) ? o.now : Date.now,
    invalid,
  } as Config
}
