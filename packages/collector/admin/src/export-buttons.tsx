import { useState } from 'preact/hooks'
import type { exportChoices } from '../../src/export/exporters'
import { downloadExport, type Query } from './api'

/** The collector's `exportChoices()`, inlined by admin/build.mjs from the EXPORTERS record. */
declare const __EXPORT_CHOICES__: ReturnType<typeof exportChoices>

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
      {__EXPORT_CHOICES__.map(({ format, label, description }) => (
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
          <span class="muted">{description}</span>
        </li>
      ))}
    </ul>
  )
}
