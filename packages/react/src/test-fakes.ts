// Test doubles until the real engine and widget land: a Consent with hand-made atoms.
import type { CategoryId, Consent, ConsentState, DecideOptions } from '@assent/core'

type Listener<T> = (v: T) => void
function atom<T>(initial: T) {
  let value = initial
  const ls = new Set<Listener<T>>()
  return {
    get: () => value,
    set(v: T) {
      value = v
      for (const l of [...ls]) l(v)
    },
    listen(l: Listener<T>) {
      ls.add(l)
      return () => ls.delete(l)
    },
    subscribe(l: Listener<T>) {
      l(value)
      return this.listen(l)
    },
  }
}

export const created: FakeConsent[] = []
export type FakeConsent = Consent & { decisions: DecideOptions[]; destroyed: boolean }

export function fakeConsent(): FakeConsent {
  const $consent = atom<ConsentState>({
    status: 'undecided',
    choices: { essential: true, analytics: false, preference: false, marketing: false },
    revision: 1,
    subjectId: 'sub',
  })
  const $needsDecision = atom(true)
  const decide = (choices: Partial<Record<CategoryId, boolean>>, o: DecideOptions = {}) => {
    c.decisions.push(o)
    $consent.set({
      ...$consent.get(),
      status: 'decided',
      choices: { ...$consent.get().choices, ...choices } as Record<CategoryId, boolean>,
    })
    $needsDecision.set(false)
  }
  const c = {
    $consent,
    $needsDecision,
    decisions: [] as DecideOptions[],
    destroyed: false,
    categories: ['essential', 'analytics', 'preference', 'marketing'].map((id) => ({
      id,
      locked: id === 'essential',
      services: [],
    })),
    signals: { gpc: false, dnt: false },
    honoredSignals: { gpc: false, dnt: false },
    policy: undefined,
    acceptAll: (o?: DecideOptions) =>
      decide({ analytics: true, preference: true, marketing: true }, o),
    rejectAll: (o?: DecideOptions) =>
      decide({ analytics: false, preference: false, marketing: false }, o),
    decide,
    reset() {},
    isGranted: () => false,
    onChange: () => () => {},
    use: () => () => {},
    setShownTexts() {},
    destroy() {
      c.destroyed = true
    },
  } as unknown as FakeConsent
  created.push(c)
  return c
}
