import type { CategoryId, LocalizedText } from '@assent/core'
import { createElement, type ReactNode } from 'react'
import { useConsent } from './use-consent.js'

export interface ConsentPlaceholderProps {
  /** The category (or all of several) the hidden content needs. */
  category: CategoryId | readonly CategoryId[]
  /** Replaces the explanation. Default: "Showing this content needs your consent to {names} cookies." */
  children?: ReactNode
  /** Replaces the button text. Default: "Allow {names} cookies". */
  label?: ReactNode
}

const text = (t: LocalizedText | undefined, id: string) =>
  typeof t === 'string' ? t : (t && (t.en ?? Object.values(t)[0])) || id

/**
 * The default `<ConsentGate>` fallback: says what is missing and grants it in one click.
 * The click records a decision for just those categories with `source: 'api'`, which sends
 * a receipt. Style it with `.assent-placeholder`.
 *
 * @example
 * <ConsentPlaceholder category="marketing">The video is hosted by YouTube.</ConsentPlaceholder>
 */
export function ConsentPlaceholder({ category, children, label }: ConsentPlaceholderProps) {
  const { categories, decide } = useConsent()
  const ids = ([] as CategoryId[]).concat(category)
  const names = ids
    .map((id) => text(categories.find((c) => c.id === id)?.title, id).toLowerCase())
    .join(' and ')
  return createElement(
    'div',
    { className: 'assent-placeholder', 'data-assent-placeholder': ids.join(' ') },
    createElement(
      'p',
      null,
      children ?? `Showing this content needs your consent to ${names} cookies.`,
    ),
    createElement(
      'button',
      {
        type: 'button',
        onClick: () => decide(Object.fromEntries(ids.map((id) => [id, true])), { source: 'api' }),
      },
      label ?? `Allow ${names} cookies`,
    ),
  )
}
