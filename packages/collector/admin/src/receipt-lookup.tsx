import type { ReceiptRecord } from '@assent/receipt'
import { useEffect, useState } from 'preact/hooks'
import { apiUrl } from './api'
import { VisitorSaw } from './visitor-saw'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

/**
 * Any receipt by id (GET /v1/receipts/:id), with what its visitor saw. `receiptId` comes from
 * the table's "Texts" buttons; the field takes any id, e.g. one a visitor quotes.
 */
export function ReceiptLookup({ receiptId }: { receiptId: string }) {
  const [id, setId] = useState(receiptId)
  const [record, setRecord] = useState<ReceiptRecord | string | null>(null)
  useEffect(() => setId(receiptId), [receiptId])
  useEffect(() => {
    if (!UUID.test(id)) return setRecord(id ? 'A receipt id is a UUID.' : null)
    let live = true
    fetch(apiUrl(`v1/receipts/${id}`), { cache: 'no-store' })
      .then(async (response) =>
        response.ok
          ? ((await response.json()) as ReceiptRecord)
          : response.status === 404
            ? 'No receipt with this id.'
            : `The collector answered ${response.status}.`,
      )
      .catch(() => 'The collector could not be reached.')
      .then((value) => live && setRecord(value))
    return () => {
      live = false
    }
  }, [id])
  return (
    <div class="lookup">
      <form onSubmit={(e) => e.preventDefault()}>
        <label>
          Receipt id{' '}
          <input
            name="receiptId"
            size={38}
            spellcheck={false}
            value={id}
            onInput={(e) => setId((e.target as HTMLInputElement).value.trim())}
          />
        </label>
      </form>
      {typeof record === 'string' ? <p class="muted">{record}</p> : null}
      {record && typeof record === 'object' ? (
        <section
          aria-label={`Receipt ${record.receipt.receiptId}`}
          data-receipt-id={record.receipt.receiptId}
        >
          <p>
            <span class={`action ${record.receipt.action}`}>{record.receipt.action}</span> on{' '}
            {record.receipt.siteId}, {record.receipt.source}, received{' '}
            {new Date(record.receivedAt).toLocaleString()}
          </p>
          <VisitorSaw receipt={record.receipt} />
        </section>
      ) : null}
    </div>
  )
}
