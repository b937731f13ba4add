// The engine of the adapter suites: `testConsent` (the real engine with memory storage, no
// signals and recorded receipts) offering the categories the suites show.
import { type CategoryId, type TestConsent, testConsent } from '@assent/core'

export const testEngine = (decided?: Partial<Record<CategoryId, boolean>>): TestConsent =>
  testConsent({ categories: ['analytics', 'preference', 'marketing'], decided })
