// The framework seam: the hooks and components in packages/bindings/src are written once and
// import `assent-framework`, which this package's build, tests and types resolve to this file
// (see the root vitest.config.ts and this package's tsconfig.json). Everything Preact does its
// own way is here.
import type { Consent } from '@assent/core'
import { createContext, type JSX } from 'preact'
import { useLayoutEffect, useState } from 'preact/hooks'
import type { Store } from '../../bindings/src/store.js'

/**
 * The engine `<ConsentProvider>` shares, and every hook and component reads, `<ConsentPreferences>`
 * too: null until it exists on the client, undefined outside any provider (so they can say so).
 * (Declared first: it measured smallest after gzip.)
 */
export const ConsentContext = createContext<Consent | null | undefined>(undefined)

export type { ComponentChildren as Children } from 'preact'
export { Fragment, h } from 'preact'
// useClientEffect: effects never run on the server in Preact, so a layout effect is enough.
export {
  useContext,
  useLayoutEffect as useClientEffect,
  useMemo,
  useRef,
  useState,
} from 'preact/hooks'

/**
 * One of the engine's atoms as rendered (`server` without an engine). Preact has no
 * `useSyncExternalStore` without compat: read the store while rendering, and subscribe in a
 * layout effect.
 */
export function useStore<T>(store: Store<T> | undefined, server: T): T {
  const value = store ? store.get() : server
  const [, rerender] = useState(value)
  // Subscribe, and catch a change made between render and subscription.
  useLayoutEffect(() => {
    if (!store) return
    rerender(store.get())
    return store.listen(rerender)
  }, [store])
  return value
}

/** Preact has no server snapshot to hydrate with, so even an engine passed in waits for mount. */
export const hydratesWithoutSnapshot = true
/** `<ConsentGate>` wraps its children in a fragment (see GateElement). */
export const wrapsChildren = true
/** What `<ConsentGate>` returns in Preact: an element (a fragment, or the placeholder). */
export type GateElement = JSX.Element
