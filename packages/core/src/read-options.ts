import type {
  Category,
  CategoryId,
  CollectorOptions,
  ConsentOptions,
  ConsentStorage,
  CookieInfo,
  CookieOptions,
  Integration,
  ReceiptTransport,
  SignalPolicy,
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
  signals: Record<keyof Signals, SignalPolicy>
  policy: { version: string; url: string } | undefined
  collector: CollectorOptions | undefined
  integrations: Integration[]
  gating: boolean
  storage: ConsentStorage | undefined
  readSignals: (() => Signals) | undefined
  transport: ReceiptTransport | undefined
  now: () => number
  /** The first invalid option's name, e.g. `lifetimeDays` or `categories.Video`. */
  invalid: string | undefined
}

type Rec = Record<string, any>
const isObject = (value: unknown): value is Rec =>
  !!value && typeof value === 'object' && !Array.isArray(value)
const isText = (value: unknown, pattern = /./): boolean =>
  typeof value === 'string' && pattern.test(value)
const optional = (value: unknown, valid: (value: any) => unknown): unknown =>
  value === undefined || valid(value)
const isBoolean = (value: unknown): boolean => value === !!value
const MAX_DAYS = 395
const POLICY = /^(honor|ignore)$/

/** What each option must be, for the console error in development builds. */
export const OPTION_HINTS: Record<string, string> = {
  options: 'must be an object',
  categories:
    'must be a list of ids (a-z 0-9 _ -, unique) or { id, services: [{ id, name, cookies }] }',
  revision: 'must be an integer ≥ 0',
  lifetimeDays: 'must be a positive number of days',
  cookie: 'must be { name, domain, path: "/…", sameSite: Lax|Strict|None, secure: boolean }',
  signals: 'must be { gpc, dnt } with "honor" or "ignore"',
  policy: 'must be { version, url } (required with a collector)',
  collector: 'must be { url, siteId } (siteId: 1-64 of A-Z a-z 0-9 . _ -)',
  integrations: 'must be a list of { name, categories }',
  storage: 'must be { read, write, clear }',
  readSignals: 'must be a function',
  transport: 'must be a function',
  now: 'must be a function',
  gating: 'must be true or false',
}

/** Validate `createConsent` options once; never throws. */
export function readOptions(input: ConsentOptions): Config {
  let invalid: string | undefined
  const check = (ok: unknown, field: string): void => {
    if (!ok) invalid ??= field
  }
  const o: Rec = isObject(input) ? input : {}
  check(input === undefined || o === input, 'options')

  const categories: Category[] = [{ id: 'essential', locked: true, services: [] }]
  const list = o.categories ?? ['analytics', 'preference']
  check(Array.isArray(list), 'categories')
  for (const item of Array.isArray(list) ? list : []) {
    const c: Rec = isObject(item) ? item : { id: item }
    const { id, services = [] } = c
    const field = `categories.${id}`
    check(isText(id, /^[a-z][a-z0-9_-]{0,31}$/), field)
    check(id === 'essential' || !categories.some((x) => x.id === id), field)
    check(Array.isArray(services), field)
    const category = {
      ...c,
      locked: id === 'essential',
      services: (Array.isArray(services) ? services : []).map((service: Rec) => {
        const cookies = (service?.cookies ?? []).map?.((k: string | CookieInfo) =>
          isObject(k) ? k : { name: k },
        )
        check(isText(service?.id) && cookies?.every((k: Rec) => isText(k.name)), field)
        return { ...service, cookies: cookies ?? [] }
      }),
    } as unknown as Category
    if (id === 'essential') categories[0] = category
    else categories.push(category)
  }

  const { revision = 1, cookie = {}, policy, collector, integrations = [] } = o
  let { lifetimeDays = 182 } = o
  check(Number.isInteger(revision) && revision >= 0, 'revision')
  check(lifetimeDays > 0 && lifetimeDays < 1e9 && typeof lifetimeDays === 'number', 'lifetimeDays')
  if (lifetimeDays > MAX_DAYS) {
    if (process.env.NODE_ENV !== 'production') {
      console.warn(`[assent] lifetimeDays ${lifetimeDays} is capped at ${MAX_DAYS}`)
    }
    lifetimeDays = MAX_DAYS
  }
  check(
    isObject(cookie) &&
      optional(cookie.name, (name) => isText(name, /^[\w!#$%&'*+.^`|~-]+$/)) &&
      optional(cookie.domain, isText) &&
      optional(cookie.path, (path) => isText(path, /^\//)) &&
      optional(cookie.sameSite, (same) => isText(same, /^(Lax|Strict|None)$/)) &&
      optional(cookie.secure, isBoolean),
    'cookie',
  )
  const signals = { gpc: 'honor', dnt: 'honor', ...o.signals }
  check(
    optional(o.signals, isObject) && isText(signals.gpc, POLICY) && isText(signals.dnt, POLICY),
    'signals',
  )
  // Without the policy shown a receipt proves nothing (and the collector refuses it).
  check(
    optional(policy, (p) => isText(p?.version) && isText(p.url)) && (policy || !collector),
    'policy',
  )
  check(
    optional(collector, (c) => isText(c?.url) && isText(c.siteId, /^[\w.-]{1,64}$/)),
    'collector',
  )
  check(
    Array.isArray(integrations) &&
      integrations.every((i: Rec) => isText(i?.name) && Array.isArray(i.categories)),
    'integrations',
  )
  check(
    optional(o.storage, (s) => typeof s?.write === 'function'),
    'storage',
  )
  for (const key of ['readSignals', 'transport', 'now']) {
    check(
      optional(o[key], (fn) => typeof fn === 'function'),
      key,
    )
  }
  check(optional(o.gating, isBoolean), 'gating')

  return {
    ...o,
    categories,
    ids: categories.map((c) => c.id),
    revision,
    lifetimeDays,
    cookie,
    signals,
    integrations: invalid ? [] : [...integrations],
    gating: o.gating ?? typeof document === 'object',
    now: typeof o.now === 'function' ? o.now : Date.now,
    invalid,
  } as Config
}
