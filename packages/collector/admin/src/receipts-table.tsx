import type { ReceiptRecord } from '@assent/receipt'
import { apiUrl } from './api'

export interface ReceiptsTableProps {
  records: readonly ReceiptRecord[]
  /** Receipt ids that arrived after the page loaded: highlighted. */
  fresh: ReadonlySet<string>
  /** Show what the visitor of this receipt saw. */
  onShow: (receiptId: string) => void
}

const time = (iso: string) => {
  const d = new Date(iso)
  return `${d.toLocaleDateString()} ${d.toLocaleTimeString()}`
}

/** The latest receipts, newest first: when, where, what was decided, and the receipt itself. */
export function ReceiptsTable({ records, fresh, onShow }: ReceiptsTableProps) {
  if (records.length === 0) return <p class="muted">No receipts in the last 7 days.</p>
  return (
    <div class="table-scroll">
      <table class="receipts">
        <thead>
          <tr>
            <th scope="col">Received</th>
            <th scope="col">Site</th>
            <th scope="col">Action</th>
            <th scope="col">Choices</th>
            <th scope="col">Source</th>
            <th scope="col">Policy</th>
            <th scope="col">Page</th>
            <th scope="col">Receipt</th>
            <th scope="col">Seen</th>
          </tr>
        </thead>
        <tbody>
          {records.map(({ receipt, receivedAt }) => (
            <tr
              key={receipt.receiptId}
              class={fresh.has(receipt.receiptId) ? 'fresh' : undefined}
              data-receipt-id={receipt.receiptId}
            >
              <td>{time(receivedAt)}</td>
              <td>{receipt.siteId}</td>
              <td>
                <span class={`action ${receipt.action}`}>{receipt.action}</span>
              </td>
              <td class="choices">
                {Object.entries(receipt.choices)
                  .filter(([id]) => id !== 'essential')
                  .map(([id, on]) => (
                    <span
                      key={id}
                      class={on ? 'on' : 'off'}
                      title={`${id}: ${on ? 'granted' : 'denied'}`}
                    >
                      {id} {on ? '✓' : '✗'}
                    </span>
                  ))}
              </td>
              <td>
                {receipt.source}
                {receipt.signals.gpc ? ' · GPC' : ''}
                {receipt.signals.dnt ? ' · DNT' : ''}
              </td>
              <td>{receipt.policy.version}</td>
              <td class="page">{new URL(receipt.page).pathname}</td>
              <td>
                <a
                  href={apiUrl(`v1/receipts/${receipt.receiptId}`)}
                  target="_blank"
                  rel="noreferrer"
                >
                  <code>{receipt.receiptId.slice(0, 8)}</code>
                </a>
              </td>
              <td>
                <button type="button" class="link" onClick={() => onShow(receipt.receiptId)}>
                  Texts
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
