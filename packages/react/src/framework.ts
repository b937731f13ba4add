// The framework seam: the hooks and components in packages/bindings/src are written once and
// import `assent-framework`, which this package's build, tests and types resolve to this file
// (rollup.config.mjs, vitest.config.ts, tsconfig.json). Everything React does its own way is here.
import type { Consent } from '@assent/core'
import { createContext, useEffect, useLayoutEffect, useMemo, useSyncExternalStore } from 'react'
import type { Store } from '../../bindings/src/store.js'

export type { ReactNode as Children, ReactNode as GateElement } from 'react'

export { createElement as h, Fragment, useContext, useMemo, useRef, useState } from 'react'

// (Declared in the order that measured smallest after gzip.)
// Layout effects warn during server render in React 18; they never run there anyway.
export const useClientEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect

const none = () => () => {}

/**
 * One of the engine's atoms as rendered: React's own subscription (`useSyncExternalStore`),
 * with `server` as the server snapshot (and without an engine), so hydration matches the
 * server's markup.
 */
export const useStore = <T>(store: Store<T> | undefined, server: T): T =>
  useSyncExternalStore(
    useMemo(() => (store ? (cb: () => void) => store.listen(cb) : none), [store]),
    () => (store ? store.get() : server),
    () => server,
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
