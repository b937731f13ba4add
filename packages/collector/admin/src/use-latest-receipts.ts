import type { ReceiptRecord } from '@assent/receipt'
import { useEffect, useRef, useState } from 'preact/hooks'
import { adminFetch, apiUrl } from './api'
import { mergeLatest, nextCursor } from './latest'
import { readNdjsonTail } from './ndjson'

const LIMIT = 50
const DAY_MS = 86_400_000

/**
 * The latest receipts, polled: first the last 24 hours (a week when that day was quiet), then
 * only what arrived since the newest shown (the NDJSON export from that time on). `onError` gets failures, 401 included.
 */
export function useLatestReceipts(
  token: string,
  site: string,
  every: number,
  onError: (e: unknown) => void,
) {
  const [records, setRecords] = useState<ReceiptRecord[]>([])
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set())
  const shown = useRef<ReceiptRecord[]>([])
  const report = useRef(onError)
  report.current = onError

  useEffect(() => {
    let stopped = false
    let first = true
    let timer: ReturnType<typeof setTimeout> | undefined
    shown.current = []
    setRecords([])
    setFresh(new Set())
    const since = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString()
    const fetchFrom = async (from: string) =>
      readNdjsonTail<ReceiptRecord>(
        await adminFetch(apiUrl('v1/export', { format: 'ndjson', site, from }), token),
        LIMIT,
      )
    const poll = async () => {
      try {
        let incoming = await fetchFrom(nextCursor(shown.current, since(1)))
        // A quiet day: look back a week once, so the list is not empty for nothing.
        if (first && incoming.length < 10) incoming = await fetchFrom(since(7))
        if (stopped) return
        const before = new Set(shown.current.map((r) => r.receipt.receiptId))
        shown.current = mergeLatest(shown.current, incoming, LIMIT)
        setRecords(shown.current)
        if (!first) {
          const added = incoming.map((r) => r.receipt.receiptId).filter((id) => !before.has(id))
          if (added.length) setFresh((old) => new Set([...old, ...added]))
        }
        first = false
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
  }, [token, site, every])
  return { records, fresh }
}
