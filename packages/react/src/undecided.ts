import type { ConsentState } from '@assent/core'

/**
 * The state hooks report before a consent engine exists: during server render, during
 * hydration, and on the first client render. One shared object, so React sees a stable
 * snapshot and server and client markup agree.
 */
export const UNDECIDED: ConsentState = {
  status: 'undecided',
  choices: { essential: true, analytics: false, preference: false, marketing: false },
  revision: 0,
  subjectId: '',
}
