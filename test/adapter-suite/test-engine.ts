// The engine of the adapter suites: `testConsent` (the real engine with memory storage, no
// signals and recorded receipts) offering the categories the suites show.
import {
  type CategoryId,
  type TestConsent,
  type TestConsentOptions,
  testConsent,
} from '@assent/core'

export const testEngine = (decided?: Partial<Record<CategoryId, boolean>>): TestConsent =>
  testConsent({ categories: ['analytics', 'preference', 'marketing'], decided })

/**
 * `testConsent` with what the widget's and `<ConsentPreferences>`' tests show (Google
 * Analytics under analytics, with its cookie; preference) and a policy link; `decisions` lists
 * each decision's choices and source. The caller destroys `consent`.
 */
export function dialogEngine(
  options: TestConsentOptions = {},
  signals: { gpc?: boolean; dnt?: boolean } = {},
) {
  const test = testConsent(
    {
      categories: [
        {
          id: 'analytics',
          services: [
            {
              id: 'ga',
              name: 'Google Analytics',
              provider: 'Google',
              purpose: 'Visitor statistics',
              cookies: [{ name: '_ga', lifetime: '2 years', purpose: 'Tells visitors apart' }],
            },
          ],
        },
        'preference',
      ],
      policy: { version: '3', url: 'https://www.shop.test/privacy' },
      ...options,
    },
    signals,
  )
  const decisions: Array<{ choices: Record<string, boolean>; source: string | undefined }> = []
  test.consent.onChange(({ status, choices, source }) => {
    if (status === 'decided') decisions.push({ choices, source })
  })
  return { ...test, decisions }
}
