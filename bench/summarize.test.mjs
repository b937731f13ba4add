import { expect, test } from 'vitest'
import { runMetrics } from './summarize.mjs'

const lib = { bannerFile: '/assent-ui.js', config: {} }
const run = (regionEnd) => ({
  banner: { visible: 600, settled: 800 },
  fcp: 300,
  load: 400,
  longtasks: [],
  loafs: [],
  shifts: [],
  transfers: regionEnd
    ? [{ url: 'http://127.0.0.1:2/v1/region', responseBodySize: 15, responseHeadersSize: 150 }]
    : [],
  resources: [
    { url: 'http://127.0.0.1:1/assent-ui.js', start: 350, end: 500 },
    ...(regionEnd ? [{ url: 'http://127.0.0.1:2/v1/region?x', start: 360, end: regionEnd }] : []),
  ],
})

test('the region wait is how long the answer came after the UI file, never negative', () => {
  expect(runMetrics(run(512), lib)).toMatchObject({
    regionLookups: 1,
    regionAnswered: 512,
    regionWait: 12,
  })
  expect(runMetrics(run(480), lib).regionWait).toBe(0)
  expect(runMetrics(run(undefined), lib)).toMatchObject({
    regionLookups: 0,
    regionAnswered: null,
    regionWait: null,
  })
})
