// A stand-in for `@assent/core`'s Consent in component tests: same interface, memory only.
import type {
  Category,
  Consent,
  ConsentState,
  DecideOptions,
  ShownTexts,
  Signals,
} from '@assent/core'

interface Atom<T> {
  get(): T
  set(value: T): void
  listen(fn: (value: T) => void): () => void
  subscribe(fn: (value: T) => void): () => void
}

function atom<T>(initial: T): Atom<T> {
  let value = initial
  const fns = new Set<(value: T) => void>()
  return {
    get: () => value,
    set(next) {
      value = next
      for (const fn of [...fns]) fn(value)
    },
    listen(fn) {
      fns.add(fn)
      return () => fns.delete(fn)
    },
    subscribe(fn) {
      fn(value)
      fns.add(fn)
      return () => fns.delete(fn)
    },
  }
}

export interface TestConsent extends Consent {
  decisions: Array<{ choices: Record<string, boolean>; options: DecideOptions | undefined }>
  shownTexts: ShownTexts[]
}

export function testConsent(
  init: {
    categories?: Category[]
    honoredSignals?: Signals
    decided?: Record<string, boolean>
  } = {},
): TestConsent {
  const categories: Category[] = init.categories ?? [
    { id: 'essential', locked: true, services: [] },
    {
      id: 'analytics',
      locked: false,
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
    { id: 'preference', locked: false, services: [] },
  ]
  const all = (on: boolean) =>
    Object.fromEntries(categories.map((c) => [c.id, c.locked || on])) as Record<string, boolean>
  const $consent = atom<ConsentState>({
    status: init.decided ? 'decided' : 'undecided',
    choices: init.decided ?? all(false),
    revision: 1,
    subjectId: 'test-subject',
  })
  const $needsDecision = atom(!init.decided && !init.honoredSignals?.gpc)
  const listeners = new Set<(s: ConsentState, p: ConsentState) => void>()
  const consent: TestConsent = {
    decisions: [],
    shownTexts: [],
    $consent: $consent as unknown as Consent['$consent'],
    $needsDecision: $needsDecision as unknown as Consent['$needsDecision'],
    $jurisdiction: atom({
      resolved: true,
      model: 'opt-in',
      profile: 'default',
      region: { code: null, source: 'default' },
      banner: 'opt-in',
      doNotSell: false,
    }) as unknown as Consent['$jurisdiction'],
    noticeShown() {},
    acknowledge() {},
    categories,
    signals: init.honoredSignals ?? { gpc: false, dnt: false },
    honoredSignals: init.honoredSignals ?? { gpc: false, dnt: false },
    policy: { version: '3', url: 'https://www.shop.test/privacy' },
    acceptAll: (options) => consent.decide(all(true), options),
    rejectAll: (options) => consent.decide(all(false), options),
    decide(choices, options) {
      const previous = $consent.get()
      const next: ConsentState = {
        ...previous,
        status: 'decided',
        choices: { ...previous.choices, ...choices, essential: true } as Record<string, boolean>,
        ...(options?.source ? { source: options.source } : {}),
      }
      consent.decisions.push({ choices: next.choices, options })
      // Same order as the real engine: `$needsDecision` first, so listeners read the new value.
      $needsDecision.set(false)
      $consent.set(next)
      for (const fn of [...listeners]) fn(next, previous)
    },
    reset() {
      const previous = $consent.get()
      const next: ConsentState = { ...previous, status: 'undecided', choices: all(false) }
      $needsDecision.set(true)
      $consent.set(next)
      for (const fn of [...listeners]) fn(next, previous)
    },
    // Like the engine: an empty list is not granted.
    isGranted: (c) => {
      const ids = typeof c === 'string' ? [c] : c
      return ids.length > 0 && ids.every((id) => $consent.get().choices[id] === true)
    },
    onChange(fn) {
      listeners.add(fn)
      return () => listeners.delete(fn)
    },
    use: () => () => {},
    setShownTexts: (texts) => consent.shownTexts.push(texts),
    destroy: () => listeners.clear(),
  }
  return consent
}
