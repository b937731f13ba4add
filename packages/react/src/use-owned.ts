import { type DependencyList, useEffect, useLayoutEffect, useRef, useState } from 'react'

// Layout effects warn during server render in React 18; they never run there anyway.
const useClientEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect

interface Owned<T> {
  value: T
  deps: DependencyList
  timer?: ReturnType<typeof setTimeout>
}

const same = (a: DependencyList, b: DependencyList) => a.every((v, i) => Object.is(v, b[i]))

/**
 * Creates a resource on the client after mount (never during render, never on the server)
 * and destroys it on unmount. StrictMode unmounts and remounts every effect once in
 * development; destroying a tick later and cancelling on the remount keeps ONE resource.
 */
export function useOwned<T>(
  create: () => T,
  destroy: (value: T) => void,
  deps: DependencyList,
): T | undefined {
  const [value, setValue] = useState<{ v: T }>()
  const owned = useRef<Owned<T>>(undefined)
  useClientEffect(() => {
    let current = owned.current
    if (current && same(current.deps, deps)) {
      clearTimeout(current.timer)
    } else {
      if (current) {
        clearTimeout(current.timer)
        destroy(current.value)
      }
      current = owned.current = { value: create(), deps }
      setValue({ v: current.value })
    }
    const mine = current
    return () => {
      mine.timer = setTimeout(() => {
        if (owned.current === mine) owned.current = undefined
        destroy(mine.value)
      })
    }
  }, deps)
  return value?.v
}
