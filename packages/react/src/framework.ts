// The framework seam: the hooks and components in packages/bindings/src are written once and
// import `assent-framework`, which this package's build, tests and types resolve to this file
// (rollup.config.mjs, vitest.config.ts, tsconfig.json). Everything React does its own way is here.
import type { Consent, ConsentState } from '@assent/core'
import { createContext, useEffect, useLayoutEffect, useMemo, useSyncExternalStore } from 'react'
import { UNDECIDED } from '../../bindings/src/undecided.js'

export type { ReactNode as Children, ReactNode as GateElement } from 'react'

export { createElement as h, Fragment, useContext, useMemo, useRef, useState } from 'react'

// (Declared in the order that measured smallest after gzip.)
// Layout effects warn during server render in React 18; they never run there anyway.
export const useClientEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect

const none = () => () => {}

/**
 * The engine's state as rendered: React's own subscription (`useSyncExternalStore`), with the
 * undecided state as the server snapshot, so hydration matches the server's markup.
 */
export const useConsentState = (c: Consent | null | undefined): ConsentState =>
  useSyncExternalStore(
    useMemo(() => (c ? (cb: () => void) => c.$consent.listen(cb) : none), [c]),
    () => (c ? c.$consent.get() : UNDECIDED),
    () => UNDECIDED,
  )

/**
 * The engine `<ConsentProvider>` shares: null until it exists on the client, undefined
 * outside any provider (so hooks can say so).
 */
export const ConsentContext = createContext<Consent | null | undefined>(undefined)

/** React hydrates with a server snapshot, so an engine passed in is shared from the first render. */
export const hydratesWithoutSnapshot = false
/** `<ConsentGate>` returns its children as they are. */
export const wrapsChildren = false
