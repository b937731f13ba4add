import { useCallback, useState } from 'preact/hooks'
import { Unauthorized } from './api'
import { daysBetween, percent, summarizeStats } from './chart-model'
import { ExportButtons } from './export-buttons'
import { OptInChart } from './optin-chart'
import { ReceiptLookup } from './receipt-lookup'
import { ReceiptsTable } from './receipts-table'
import { forgetToken, readToken, saveToken } from './token'
import { TokenForm } from './token-form'
import { useLatestReceipts } from './use-latest-receipts'
import { useStats } from './use-stats'

const RANGES = [7, 30, 90]
const today = () => new Date().toISOString().slice(0, 10)
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)

/** The receipts page: asks for the token, then shows stats, the chart, exports and the latest receipts. */
export function App() {
  const [token, setToken] = useState(readToken())
  const [refused, setRefused] = useState<string>()
  if (!token) {
    return (
      <TokenForm
        error={refused}
        onToken={(value) => {
          saveToken(value)
          setRefused(undefined)
          setToken(value)
        }}
      />
    )
  }
  return (
    <Dashboard
      token={token}
      onRefused={(message?: string) => {
        forgetToken()
        setRefused(message)
        setToken(null)
      }}
    />
  )
}

function Dashboard({ token, onRefused }: { token: string; onRefused: (message?: string) => void }) {
  const [site, setSite] = useState('')
  const [range, setRange] = useState(30)
  const [error, setError] = useState('')
  const [shown, setShown] = useState('')
  const from = daysAgo(range - 1)
  const onError = useCallback(
    (e: unknown) => {
      if (e instanceof Unauthorized) onRefused(e.message)
      else setError(e instanceof Error ? e.message : String(e))
    },
    [onRefused],
  )
  const stats = useStats(token, site, from, 15_000, onError)
  const latest = useLatestReceipts(token, site, 3_000, onError)
  const days = daysBetween(from, today())
  const sites = [...new Set(latest.records.map((r) => r.receipt.siteId))].sort()
  const totals = summarizeStats(stats?.days ?? [])

  return (
    <main>
      <header class="top">
        <h1>Consent receipts</h1>
        <span class="muted">{location.host}</span>
        <button type="button" class="link" onClick={() => onRefused()}>
          Sign out
        </button>
      </header>
      {error ? (
        <p class="error" role="alert">
          {error}{' '}
          <button type="button" class="link" onClick={() => setError('')}>
            Dismiss
          </button>
        </p>
      ) : null}
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Site{' '}
          <input
            list="sites"
            placeholder="all sites"
            value={site}
            onChange={(e) => setSite((e.target as HTMLInputElement).value.trim())}
          />
          <datalist id="sites">
            {sites.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </label>
        <label>
          Range{' '}
          <select
            value={range}
            onChange={(e) => setRange(Number((e.target as HTMLSelectElement).value))}
          >
            {RANGES.map((n) => (
              <option key={n} value={n}>
                last {n} days
              </option>
            ))}
          </select>
        </label>
      </form>
      <ul class="tiles" aria-label="Summary of the range">
        <li>
          <strong>{totals.receipts}</strong> receipts
        </li>
        {totals.rates.map(([id, rate]) => (
          <li key={id}>
            <strong>{percent(rate)}</strong> {id} opt-in
          </li>
        ))}
        <li>
          <strong>{percent(totals.receipts ? totals.rejectAll / totals.receipts : null)}</strong>{' '}
          reject all
        </li>
      </ul>
      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">Opt-in rate per category per day</h2>
        {stats ? <OptInChart stats={stats.days} days={days} /> : <p class="muted">Loading…</p>}
      </section>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">Export the consent log</h2>
        <p class="muted">
          Receipts of {site || 'all sites'} from {from} on, streamed by the collector (GET
          /v1/export).
        </p>
        <ExportButtons token={token} query={{ site, from }} onError={onError} />
      </section>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">
          Latest receipts <span class="live">live</span>
        </h2>
        <ReceiptsTable
          records={latest.records}
          fresh={latest.fresh}
          onShow={(id) => {
            setShown(id)
            document.getElementById('seen-heading')?.scrollIntoView()
          }}
        />
      </section>
      <section aria-labelledby="seen-heading">
        <h2 id="seen-heading">What this visitor saw</h2>
        <ReceiptLookup receiptId={shown} />
      </section>
    </main>
  )
}
