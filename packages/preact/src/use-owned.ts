import { useLayoutEffect, useRef, useState } from 'preact/hooks'

/**
 * Creates a resource for `key` on the client after mount (never during render, never on
 * the server: effects do not run there) and destroys it on unmount or when `key` changes.
 * Destroying a tick later, and cancelling on a remount, keeps ONE resource when a parent
 * unmounts and remounts the component at once (same contract as the React version).
 */
export function useOwned<T>(
  create: () => T,
  destroy: (value: T) => void,
  key: unknown,
): T | undefined {
  const [value, setValue] = useState<{ v: T }>()
  const owned = useRef<{ v: T; k: unknown; t?: ReturnType<typeof setTimeout> }>()
  useLayoutEffect(() => {
    let mine = owned.current
    clearTimeout(mine?.t)
    if (!mine || mine.k !== key) {
      if (mine) destroy(mine.v)
      mine = owned.current = { v: create(), k: key }
      setValue(mine)
    }
    return () => {
      mine.t = setTimeout(() => {
        if (owned.current === mine) owned.current = undefined
        destroy(mine.v)
      })
    }
  }, [key])
  return value?.v
}
