// Issue 13's "done when": every consent model × signal (none, DNT, GPC) × decided/undecided,
// in Chromium against the built assent.js, on one page (test/policies/pages/policy-pages.mjs,
// `model-matrix`: Google Analytics, Matomo and a tagged script per category). Each case checks
// the banner and its variant, what runs before any interaction, the receipts the collector
// receives and the stored cookie. "Decided" is an Accept all on an earlier visit without the
// signal; the signal then appears. The specifications' SDK policy (§3.4) is the oracle.
import { expect, type Page, test } from '@playwright/test'
import { emulateSignal, interceptVendors, type Recorded, settle } from '../loaders/vendors'
import { expectNoBanner, ready } from '../policies/policy-visit'
import { banner } from './widget-page'

// One browser for the file: the 18 cases run in order in one worker.
test.describe.configure({ mode: 'default' })

type Model = 'opt-in' | 'opt-out' | 'notice'
type Signal = 'none' | 'dnt' | 'gpc'
/** What waits for consent on the page: gtag.js, matomo.js, the tagged scripts (by category). */
type Runs = 'gtag' | 'matomo' | 'analytics' | 'marketing'

/** A visitor of each model: the site writes the region (data-region) from its CDN. */
const REGION: Record<Model, string> = { 'opt-in': 'FR', 'opt-out': 'US-CA', notice: 'HK' }
/** The page's categories, in the cookie's bit order. */
const IDS = ['essential', 'analytics', 'preference', 'marketing']
const ALL = 'analytics preference marketing'
const NO_ADS = 'analytics preference'
const EVERYTHING: Runs[] = ['gtag', 'matomo', 'analytics', 'marketing']
const NO_MARKETING: Runs[] = ['gtag', 'matomo', 'analytics']
const GPC_NOTE = 'Opt-Out Request Honored'
const DNT_NOTE = 'Do Not Track respected'

interface Case {
  model: Model
  signal: Signal
  decided: boolean
  /** The banner's variant and its signal note, or none at all. */
  banner: { variant: Model; note: string | null } | null
  runs: Runs[]
  /** Receipts of this visit: action, source and the optional categories granted. */
  receipts: Array<[action: string, source: string, granted: string]>
  /** The stored decision: optional categories granted and its source; null: no cookie. */
  cookie: { granted: string; source: string } | null
}

const CASES: Case[] = [
  // Undecided: a first visit.
  ...(['none', 'dnt', 'gpc'] as const).map(
    (signal): Case => ({
      model: 'opt-in',
      signal,
      decided: false,
      // §3.4: under opt-in a signal only reinforces the default; the banner still asks.
      banner: {
        variant: 'opt-in',
        note: { none: null, dnt: DNT_NOTE, gpc: GPC_NOTE }[signal],
      },
      runs: [],
      receipts: [],
      cookie: null,
    }),
  ),
  ...(['none', 'dnt'] as const).map(
    (signal): Case => ({
      model: 'opt-out',
      signal,
      decided: false,
      // DNT is off by default in the US (§3.4): the same as no signal.
      banner: { variant: 'opt-out', note: null },
      runs: EVERYTHING,
      receipts: [['defaults', 'notice', ALL]],
      cookie: { granted: ALL, source: 'notice' },
    }),
  ),
  {
    model: 'opt-out',
    signal: 'gpc',
    decided: false,
    // GPC is binding: an opt-out of sale and sharing, never re-prompted. What it does not
    // take runs, so the notice at collection still shows, with the opt-out honoured.
    banner: { variant: 'opt-out', note: GPC_NOTE },
    runs: NO_MARKETING,
    receipts: [['custom', 'signal', NO_ADS]],
    cookie: { granted: NO_ADS, source: 'signal' },
  },
  {
    model: 'notice',
    signal: 'none',
    decided: false,
    banner: { variant: 'notice', note: null },
    runs: EVERYTHING,
    receipts: [['defaults', 'notice', ALL]],
    cookie: { granted: ALL, source: 'notice' },
  },
  ...(['dnt', 'gpc'] as const).map(
    (signal): Case => ({
      model: 'notice',
      signal,
      decided: false,
      // The signal takes marketing at once; the rest runs, so the notice is still due (DPP1).
      banner: { variant: 'notice', note: { dnt: DNT_NOTE, gpc: GPC_NOTE }[signal] },
      runs: NO_MARKETING,
      receipts: [['custom', 'signal', NO_ADS]],
      cookie: { granted: NO_ADS, source: 'signal' },
    }),
  ),
  // Decided: Accept all on an earlier visit (source api), then this visit with the signal.
  ...(['opt-in', 'opt-out', 'notice'] as const).map(
    (model): Case => ({
      model,
      signal: 'none',
      decided: true,
      banner: null,
      runs: EVERYTHING,
      receipts: [],
      cookie: { granted: ALL, source: 'api' },
    }),
  ),
  ...(['dnt', 'gpc'] as const).map(
    (signal): Case => ({
      model: 'opt-in',
      signal,
      decided: true,
      // A signal that appears after a decision takes analytics and marketing away.
      banner: null,
      runs: [],
      receipts: [['custom', 'signal', 'preference']],
      cookie: { granted: 'preference', source: 'signal' },
    }),
  ),
  {
    model: 'opt-out',
    signal: 'dnt',
    decided: true,
    banner: null,
    runs: EVERYTHING,
    receipts: [],
    cookie: { granted: ALL, source: 'api' },
  },
  {
    model: 'opt-out',
    signal: 'gpc',
    decided: true,
    banner: null,
    runs: NO_MARKETING,
    receipts: [['custom', 'signal', NO_ADS]],
    cookie: { granted: NO_ADS, source: 'signal' },
  },
  ...(['dnt', 'gpc'] as const).map(
    (signal): Case => ({
      model: 'notice',
      signal,
      decided: true,
      banner: null,
      runs: NO_MARKETING,
      receipts: [['custom', 'signal', NO_ADS]],
      cookie: { granted: NO_ADS, source: 'signal' },
    }),
  ),
]

const pageOf = (model: Model) => `/test/policies/pages/model-matrix.html?region=${REGION[model]}`
const choicesOf = (granted: string) =>
  Object.fromEntries(IDS.map((id) => [id, id === 'essential' || granted.split(' ').includes(id)]))

/** What ran on this page: the vendor scripts requested and the tagged scripts executed. */
async function runs(page: Page, recorded: Recorded): Promise<Runs[]> {
  const ran = await page.evaluate(() => (self as unknown as { ran?: string[] }).ran ?? [])
  return [
    ...(recorded.vendor.some((url) => url.includes('googletagmanager.com/gtag/js'))
      ? (['gtag'] as const)
      : []),
    ...(recorded.vendor.some((url) => url.endsWith('/matomo.js')) ? (['matomo'] as const) : []),
    ...(['analytics', 'marketing'] as const).filter((category) => ran.includes(category)),
  ]
}

/**
 * The `assent` cookie as its fields say (packages/core/src/state-codec.ts): the granted
 * categories from the bitmask, the source from its first letter, the signals digit.
 */
async function storedCookie(page: Page) {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'assent')
  if (!cookie) return null
  const fields = cookie.value.split('.')
  const mask = Number.parseInt(fields[5] ?? '', 36)
  const last = fields[8] ?? ''
  const source = ['banner', 'preferences', 'signal', 'api', 'notice'].find(
    (name) => name[0] === last[0],
  )
  const digit = Number(last.slice(1))
  return {
    granted: IDS.filter((id, bit) => id !== 'essential' && mask & (2 ** bit)).join(' '),
    source,
    signals: { gpc: (digit & 1) === 1, dnt: (digit & 2) === 2 },
  }
}

for (const c of CASES) {
  const name = `${c.model} × ${c.signal === 'none' ? 'no signal' : c.signal.toUpperCase()} × ${c.decided ? 'decided' : 'undecided'}`
  test(name, async ({ page }) => {
    const recorded = await interceptVendors(page.context())
    if (c.decided) {
      await page.goto(pageOf(c.model))
      await ready(page)
      await page.evaluate(() =>
        (window as unknown as { assent: { acceptAll(): void } }).assent.acceptAll(),
      )
      await expect.poll(() => recorded.receipts.some((r) => r.action === 'accept-all')).toBe(true)
      await settle(page)
      recorded.receipts.length = 0
      recorded.vendor.length = 0
    }
    if (c.signal !== 'none') await emulateSignal(page, c.signal)
    await page.goto(pageOf(c.model))
    await ready(page)

    // The banner: its variant and the signal's note, or none.
    if (c.banner) {
      await expect(banner(page)).toBeVisible()
      await expect(banner(page)).toHaveAttribute('data-variant', c.banner.variant)
      const note = banner(page).locator('.a-notice')
      if (c.banner.note) await expect(note).toHaveText(c.banner.note)
      else await expect(note).toHaveCount(0)
    } else {
      await expectNoBanner(page)
    }

    // The receipts of this visit, each with the model, region and signals that applied.
    const signals = { gpc: c.signal === 'gpc', dnt: c.signal === 'dnt' }
    const region = { code: REGION[c.model], source: 'site' }
    // Receipts only, not the texts they prove (PUT /v1/texts/…, recorded too).
    const receipts = () => recorded.receipts.filter((body) => body.action)
    await expect.poll(() => receipts().length).toBe(c.receipts.length)
    await settle(page)
    expect(
      receipts().map((r) => ({
        action: r.action,
        source: r.source,
        model: r.model,
        region: r.region,
        signals: r.signals,
        choices: r.choices,
      })),
    ).toEqual(
      c.receipts.map(([action, source, granted]) => ({
        action,
        source,
        model: c.model,
        region,
        signals,
        choices: choicesOf(granted),
      })),
    )

    // What ran before any interaction on this visit.
    expect(await runs(page, recorded)).toEqual(c.runs)

    // The stored decision; a receipt-less decided visit keeps the earlier one (no signal then).
    const kept = c.decided && c.receipts.length === 0
    expect(await storedCookie(page)).toEqual(
      c.cookie && {
        ...c.cookie,
        signals: kept ? { gpc: false, dnt: false } : signals,
      },
    )
  })
}
