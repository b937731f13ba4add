import type { ConsentReceipt, TextBundle } from '@assent/receipt'
import { useEffect, useState } from 'preact/hooks'
import { apiUrl } from './api'

type Seen = { bundle: TextBundle; receivedAt: string } | 'missing' | 'loading' | string

/** Fetch the bundle behind a receipt's `textHash` (GET /v1/texts/:hash?site, public). */
function useTexts(receipt: ConsentReceipt): Seen {
  const [seen, setSeen] = useState<Seen>('loading')
  const { textHash, siteId } = receipt
  useEffect(() => {
    if (!textHash) return
    let live = true
    setSeen('loading')
    fetch(apiUrl(`v1/texts/${textHash}`, { site: siteId }), { cache: 'no-store' })
      .then(async (response) => {
        if (response.status === 404) return 'missing'
        if (!response.ok) return `The collector answered ${response.status}.`
        return (await response.json()) as Seen
      })
      .catch(() => 'The collector could not be reached.')
      .then((value) => live && setSeen(value))
    return () => {
      live = false
    }
  }, [textHash, siteId])
  return seen
}

/**
 * "What this visitor saw": the texts behind the receipt's `textHash` (banner, dialog,
 * categories, services and cookies, in the shown language), from the bundle the browser sent.
 */
export function VisitorSaw({ receipt }: { receipt: ConsentReceipt }) {
  const seen = useTexts(receipt)
  if (!receipt.textHash) {
    return (
      <p class="muted" data-seen="none">
        No texts: this decision was made without the banner (through the API), so the receipt names
        none.
      </p>
    )
  }
  if (seen === 'loading') return <p class="muted">Loading the texts…</p>
  if (seen === 'missing') {
    return (
      <p class="muted" data-seen="missing">
        The collector has no texts for hash <code>{receipt.textHash.slice(0, 12)}…</code> yet: the
        visitor's browser sends them once per hash, and may still hold them in its outbox.
      </p>
    )
  }
  if (typeof seen === 'string') return <p class="error">{seen}</p>
  const { bundle } = seen
  const t = bundle.texts
  return (
    <div class="seen" data-seen="texts" lang={bundle.locale}>
      <p class="muted">
        Language <code>{bundle.locale}</code> · policy {bundle.policy.version} (
        <a href={bundle.policy.url} rel="noreferrer">
          {bundle.policy.url}
        </a>
        ) · texts first received {new Date(seen.receivedAt).toLocaleString()} · hash{' '}
        <code>{receipt.textHash.slice(0, 12)}…</code>
      </p>
      <h4>{t.title}</h4>
      <p>{t.description}</p>
      {bundle.signal ? (
        <p data-seen="signal">
          Signal note: <strong>{bundle.signal.label}</strong> {bundle.signal.text}
        </p>
      ) : null}
      <p>Buttons: {[t.acceptAll, t.rejectAll, t.customise].filter(Boolean).join(' · ')}</p>
      <h4>{t.preferencesTitle}</h4>
      {t.preferencesDescription ? <p>{t.preferencesDescription}</p> : null}
      <ul class="seen-categories">
        {bundle.categories.map((category) => (
          <li key={category.id}>
            <strong>{category.title}</strong>
            {category.locked ? ` (${t.alwaysOn ?? 'always on'})` : ''}: {category.description}{' '}
            <span class={receipt.choices[category.id] ? 'on' : 'off'}>
              {receipt.choices[category.id] ? 'granted' : 'denied'}
            </span>
            {category.services.length ? (
              <ul>
                {category.services.map((service) => (
                  <li key={service.name}>
                    {service.name}
                    {service.provider ? ` (${service.provider})` : ''}
                    {service.purpose ? `: ${service.purpose}` : ''}
                    {service.cookies.length
                      ? ` · cookies ${service.cookies.map((c) => c.name).join(', ')}`
                      : ''}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
