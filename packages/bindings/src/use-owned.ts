import { useClientEffect, useRef, useState } from 'assent-framework'

/**
 * Creates a resource for `key` on the client after mount (never during render, never on
 * the server) and destroys it on unmount or when `key` changes. React's StrictMode unmounts
 * and remounts every effect once in development, and a parent may do the same; destroying a
 * tick later and cancelling on the remount keeps ONE resource.
 */
export function useOwned<T>(
  create: () => T,
  destroy: (value: T) => void,
  key: unknown,
): T | undefined {
  const [value, setValue] = useState<{ v: T }>()
  const owned = useRef<{ v: T; k: unknown; t?: ReturnType<typeof setTimeout> } | undefined>(
    undefined,
  )
  useClientEffect(() => {
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
