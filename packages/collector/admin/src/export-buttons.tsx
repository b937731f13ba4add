import { useState } from 'preact/hooks'
import { downloadExport, type Query } from './api'

const FORMATS = [
  { format: 'csv', label: 'CSV', hint: 'one row per receipt, a column per category' },
  { format: 'ndjson', label: 'NDJSON', hint: 'the stored records, with their hashes' },
  { format: 'kantara', label: 'Kantara', hint: 'Kantara Consent Receipt v1.1 JSON' },
  { format: 'iso27560', label: 'ISO 27560', hint: 'ISO/IEC TS 27560 consent records (DPV terms)' },
]

/** Downloads of the export in each format, for the current filter (the token goes in a header). */
export function ExportButtons({
  token,
  query,
  onError,
}: {
  token: string
  query: Query
  onError: (e: unknown) => void
}) {
  const [busy, setBusy] = useState('')
  return (
    <ul class="exports">
      {FORMATS.map(({ format, label, hint }) => (
        <li key={format}>
          <button
            type="button"
            data-export={format}
            disabled={busy === format}
            onClick={async () => {
              setBusy(format)
              try {
                await downloadExport(token, query, format)
              } catch (error) {
                onError(error)
              }
              setBusy('')
            }}
          >
            {label}
          </button>{' '}
          <span class="muted">{hint}</span>
        </li>
      ))}
    </ul>
  )
}
