// A real engine for the adapter suites: memory storage, no signals, receipts captured.
import { type ConsentOptions, createConsent } from '@assent/core'

export const receipts: Array<Record<string, unknown>> = []

export const testOptions = (decided?: string): ConsentOptions => ({
  categories: ['analytics', 'preference', 'marketing'],
  storage: {
    read: () => decided ?? null,
    write() {},
    clear() {},
  },
  readSignals: () => ({ gpc: false, dnt: false }),
  policy: { version: '1', url: 'https://shop.test/privacy' },
  collector: { url: 'https://collector.test', siteId: 'shop' },
  transport: async (_url, body) => {
    receipts.push(JSON.parse(body))
    return true
  },
  gating: false,
})

export const testEngine = () => createConsent(testOptions())
