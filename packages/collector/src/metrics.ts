const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]

const labels = (pairs: Record<string, string>): string =>
  `{${Object.entries(pairs)
    .map(([k, v]) => `${k}="${v.replace(/[\\"\n]/g, (ch) => (ch === '\n' ? '\\n' : `\\${ch}`))}"`)
    .join(',')}}`

/** The collector's counters and latency histogram, rendered as Prometheus text. */
export interface Metrics {
  received(siteId: string, created: boolean): void
  rejected(reason: string): void
  /** An admin request refused: `missing_token`, `bad_token` or `too_many_failures`. */
  adminRefused(reason: string): void
  observe(route: string, status: number, seconds: number): void
  render(): string
}

/**
 * In-process metrics: receipts received (per site, created or duplicate), rejected (per
 * reason), admin requests refused (per reason), and HTTP requests with a latency histogram per route. Label values are bounded:
 * configured sites, fixed reasons, route templates.
 */
export function createMetrics(): Metrics {
  const received = new Map<string, number>()
  const rejected = new Map<string, number>()
  const adminRefused = new Map<string, number>()
  const requests = new Map<string, number>()
  const histograms = new Map<string, { counts: number[]; sum: number; count: number }>()
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)
  const started = Date.now()
  // Label sets repeat (a few routes × statuses, sites × results): build each text once, not
  // per request.
  const memo = new Map<string, string>()
  const cached = (key: string, make: () => string): string => {
    let text = memo.get(key)
    if (text === undefined) {
      text = make()
      memo.set(key, text)
    }
    return text
  }

  return {
    received(siteId, created) {
      const result = created ? 'created' : 'duplicate'
      bump(
        received,
        cached(`r\u0000${siteId}\u0000${result}`, () => labels({ site: siteId, result })),
      )
    },
    rejected: (reason) =>
      bump(
        rejected,
        cached(`x\u0000${reason}`, () => labels({ reason })),
      ),
    adminRefused: (reason) =>
      bump(
        adminRefused,
        cached(`a\u0000${reason}`, () => labels({ reason })),
      ),
    observe(route, status, seconds) {
      bump(
        requests,
        cached(`o\u0000${route}\u0000${status}`, () => labels({ route, status: String(status) })),
      )
      let h = histograms.get(route)
      if (!h) {
        h = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 }
        histograms.set(route, h)
      }
      for (let i = 0; i < BUCKETS.length; i++)
        if (seconds <= (BUCKETS[i] as number)) h.counts[i] = (h.counts[i] as number) + 1
      h.sum += seconds
      h.count++
    },
    render() {
      const out: string[] = []
      const family = (name: string, type: string, help: string, map: Map<string, number>) => {
        out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`)
        for (const [l, v] of map) out.push(`${name}${l} ${v}`)
      }
      family(
        'assent_receipts_received_total',
        'counter',
        'Receipts accepted, by site and result (created or duplicate).',
        received,
      )
      family('assent_receipts_rejected_total', 'counter', 'Receipts refused, by reason.', rejected)
      family(
        'assent_admin_refused_total',
        'counter',
        'Admin requests refused, by reason (missing_token, bad_token, too_many_failures).',
        adminRefused,
      )
      family(
        'assent_http_requests_total',
        'counter',
        'HTTP requests by route and status.',
        requests,
      )
      out.push(
        '# HELP assent_http_request_duration_seconds Time to answer, by route.',
        '# TYPE assent_http_request_duration_seconds histogram',
      )
      for (const [route, h] of histograms) {
        BUCKETS.forEach((le, i) => {
          out.push(
            `assent_http_request_duration_seconds_bucket${labels({ route, le: String(le) })} ${h.counts[i]}`,
          )
        })
        out.push(
          `assent_http_request_duration_seconds_bucket${labels({ route, le: '+Inf' })} ${h.count}`,
        )
        out.push(`assent_http_request_duration_seconds_sum${labels({ route })} ${h.sum}`)
        out.push(`assent_http_request_duration_seconds_count${labels({ route })} ${h.count}`)
      }
      out.push(
        '# HELP assent_uptime_seconds Seconds since the collector started.',
        '# TYPE assent_uptime_seconds gauge',
        `assent_uptime_seconds ${(Date.now() - started) / 1000}`,
      )
      return `${out.join('\n')}\n`
    },
  }
}
