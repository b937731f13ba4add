import { expect, test } from 'vitest'
import { createCollector } from '../packages/collector/src/create-collector.ts'
import { memoryStore } from '../packages/collector/src/stores/memory-store.ts'
import { libraries } from './libraries.mjs'
import { BENCH_REGION, regionResponse } from './region-collector.mjs'
import { firstRttLines, goalsList } from './report.mjs'
import { appliesTo, pageUrl, scenarios, selected } from './scenarios.mjs'
import { startServer } from './static-server.mjs'

const byId = (id) => scenarios.find((s) => s.id === id)
const stat = (id, visible, extra = {}) => ({
  scenario: byId(id),
  summary: { visible: { median: visible }, ...extra },
})
const assent = (stats) => ({ lib: { id: 'assent', label: 'assent.js' }, stats })

test('the region lookup is reported as the difference from the same run’s plain first-rtt banner', () => {
  const lines = firstRttLines([
    assent([
      stat('first-rtt', 600),
      stat('first-rtt-region', 640, {
        regionLookups: { median: 1 },
        regionAnswered: { median: 455.4 },
        regionWait: { median: 12 },
      }),
      stat('first-rtt-region-cached', 597, { regionLookups: { median: 0 } }),
    ]),
  ])
  expect(lines).toEqual([
    '- assent.js, first visit at 100 ms RTT: region lookup adds +40 ms to banner visible (640 vs 600 ms without `jurisdictions`; 1 request to /v1/region per load, answered at 455 ms, 12 ms after assent-ui.js); at most one round trip (100 ms) — met',
    '- assent.js, next page of the session at 100 ms RTT, region cached in sessionStorage: −3 ms to banner visible (597 vs 600 ms; 0 requests to /v1/region per load)',
  ])
})

test('the preload hint is reported against the same run’s plain first-rtt banner', () => {
  const lines = firstRttLines([assent([stat('first-rtt', 610), stat('first-rtt-preload', 520)])])
  expect(lines).toEqual([
    '- assent.js, first visit at 100 ms RTT with `<link rel="preload">` for assent-ui.js: −90 ms to banner visible (520 vs 610 ms without it)',
  ])
  const tags = libraries[1].variants.preload.headTags().join('\n')
  expect(tags.indexOf('<link rel="preload" href="/assent-ui.js" as="script">')).toBe(0)
  expect(tags).toContain('src="/assent.js"')
  expect(byId('first-rtt-preload')).toMatchObject({
    rtt: 100,
    only: ['assent'],
    variant: 'preload',
  })
})

test('a lookup that costs more than one round trip is not met; without first-rtt nothing is claimed', () => {
  const late = firstRttLines([assent([stat('first-rtt', 600), stat('first-rtt-region', 701)])])
  expect(late[0]).toMatch(/adds \+101 ms .* — \*\*not met\*\*$/)
  expect(firstRttLines([assent([stat('first-rtt-region', 701)])])).toEqual([])
})

test('the targets skip a banner comparison vanilla-cookieconsent has no row for', () => {
  const yardstick = {
    lib: { id: 'cookieconsent', label: 'vanilla-cookieconsent' },
    stats: [stat('first-rtt', 590)],
  }
  const list = goalsList(
    [assent([stat('first-rtt', 600), stat('first-rtt-region', 650)]), yardstick],
    [byId('first-rtt'), byId('first-rtt-region')],
  )
  expect(list).toContain("no later than vanilla-cookieconsent's")
  expect(list).not.toMatch(/region looked up .*no later than/)
  expect(list).toContain('region lookup adds +50 ms')
})

test('the region scenarios measure Assent only, on its region page', () => {
  const [none, assentLib] = libraries
  expect(appliesTo(byId('first-rtt-region'), assentLib)).toBe(true)
  expect(appliesTo(byId('first-rtt-region'), none)).toBe(false)
  expect(appliesTo(byId('first-rtt'), none)).toBe(true)
  expect(pageUrl('http://h', assentLib, byId('first-rtt-region'))).toBe(
    'http://h/assent-region.html',
  )
  expect(pageUrl('http://h', assentLib, byId('first-rtt'))).toBe('http://h/assent.html')
  const tags = assentLib.variants.region.headTags({ collector: 'http://c' }).join('\n')
  expect(tags).toContain('data-collector="http://c"')
  expect(JSON.parse(/>(\{.*\})</.exec(tags)[1]).jurisdictions.default).toBe('opt-in')
})

test('every page has a "Cookie settings" link as its library documents it; the nolink page has none', async () => {
  const server = await startServer()
  try {
    const page = (path) => fetch(server.origin + path).then((r) => r.text())
    const link = (html) =>
      /<footer>.*<\/footer>/s.exec(html)[0].match(/<a href="#cookie-settings"[^>]*>/g)
    expect(link(await page('/none.html'))).toEqual(['<a href="#cookie-settings" >'])
    expect(link(await page('/assent.html'))).toEqual([
      '<a href="#cookie-settings" data-assent-open>',
    ])
    expect(link(await page('/assent-region.html'))).toEqual([
      '<a href="#cookie-settings" data-assent-open>',
    ])
    expect(link(await page('/cookieconsent.html'))).toEqual([
      '<a href="#cookie-settings" data-cc="show-preferencesModal">',
    ])
    expect(link(await page('/klaro.html'))).toEqual([
      '<a href="#cookie-settings" onclick="return klaro.show();">',
    ])
    const nolink = await page('/assent-nolink.html')
    expect(link(nolink)).toBeNull()
    expect(nolink).toContain('src="/assent.js"')
    expect(byId('returning-4x-nolink')).toMatchObject({ only: ['assent'], variant: 'nolink' })
  } finally {
    await server.close()
  }
})

test('BENCH_SCENARIOS / BENCH_LIBRARIES pick ids, keep the order, and refuse unknown ones', () => {
  expect(selected(scenarios, undefined)).toBe(scenarios)
  expect(selected(scenarios, ' ')).toBe(scenarios)
  expect(selected(scenarios, 'first-rtt-region, first-1x').map((s) => s.id)).toEqual([
    'first-1x',
    'first-rtt-region',
  ])
  expect(() => selected(scenarios, 'first-2x')).toThrow(/unknown id\(s\) first-2x/)
})

test('the collector stand-in answers GET /v1/region as the real route does', async () => {
  const collector = createCollector({
    store: memoryStore(),
    sites: [{ id: 'bench', origins: ['http://127.0.0.1'] }],
    region: { header: 'x-country' },
  })
  for (const origin of ['http://127.0.0.1:4000', undefined]) {
    const real = await collector.request('/v1/region', {
      headers: { 'x-country': BENCH_REGION, ...(origin ? { origin } : {}) },
    })
    const mine = regionResponse(origin)
    expect(mine.status).toBe(real.status)
    expect(JSON.parse(mine.body)).toEqual(await real.json())
    for (const name of ['cache-control', 'vary', 'access-control-allow-origin', 'content-type'])
      expect([name, mine.headers[name] ?? null]).toEqual([name, real.headers.get(name)])
  }
})
