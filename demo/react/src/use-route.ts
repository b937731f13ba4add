import { useEffect, useState } from 'react'

const base = import.meta.env.BASE_URL

/** The app's path below the base (`/`, `/visit`), following links and back/forward. */
export function useRoute(initial: string): [string, (to: string) => void] {
  const [path, setPath] = useState(initial)
  useEffect(() => {
    const sync = () => setPath(`/${location.pathname.slice(base.length)}`.replace(/\/$/, '') || '/')
    sync()
    addEventListener('popstate', sync)
    return () => removeEventListener('popstate', sync)
  }, [])
  const go = (to: string) => {
    history.pushState(null, '', base + to.slice(1))
    setPath(to)
  }
  return [path, go]
}

export const href = (to: string) => base + to.slice(1)
