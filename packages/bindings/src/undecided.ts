import type { ConsentState } from '@assent/core'

/**
 * The state hooks report before a consent engine exists: during server render, during
 * hydration, and on the first client render. One shared object, so React sees a stable
 * snapshot and server and client markup agree.
 */
export const UNDECIDED: ConsentState = {
  status: 'undecided',
  // Categories not named are denied: `isGranted` checks for `true`.
  choices: { essential: true } as ConsentState['choices'],
  revision: 0,
  subjectId: '',
}
