import { useEffect, useRef, useState } from 'preact/hooks'
import type { StatsResponse } from './api'
import { fetchStats } from './api'

/** GET /v1/stats for the range, refreshed every `every` ms. */
export function useStats(
  token: string,
  site: string,
  from: string,
  every: number,
  onError: (e: unknown) => void,
) {
  const [stats, setStats] = useState<StatsResponse | null>(null)
  const report = useRef(onError)
  report.current = onError
  useEffect(() => {
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    setStats(null)
    const poll = async () => {
      try {
        const answer = await fetchStats(token, { site, from })
        if (!stopped) setStats(answer)
      } catch (error) {
        if (!stopped) report.current(error)
      }
      if (!stopped) timer = setTimeout(poll, every)
    }
    poll()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [token, site, from, every])
  return stats
}
