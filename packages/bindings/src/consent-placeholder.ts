import type { CategoryId } from '@assent/core'
import { type Children, h } from 'assent-framework'
import { useConsent } from './use-consent.js'

export interface ConsentPlaceholderProps {
  /** The category (or all of several) the hidden content needs. */
  category: CategoryId | readonly CategoryId[]
  /** Replaces the explanation. Default: "This content needs {names} cookies." */
  children?: Children
  /** Replaces the button text. Default: "Allow {names} cookies". */
  label?: Children
}

/**
 * The default `<ConsentGate>` fallback: says what is missing and grants it in one click.
 * The click records a decision for just those categories with `source: 'api'`, which sends
 * a receipt. Style it with `.assent-placeholder`.
 *
 * @example
 * <ConsentPlaceholder category="marketing">The video is hosted by YouTube.</ConsentPlaceholder>
 */
export function ConsentPlaceholder({ category, children, label }: ConsentPlaceholderProps) {
  const { decide } = useConsent()
  const ids = ([] as CategoryId[]).concat(category)
  const names = ids.join(' and ')
  return h(
    'div',
    { className: 'assent-placeholder' },
    h('p', null, children ?? `This content needs ${names} cookies.`),
    h(
      'button',
      {
        type: 'button',
        onClick: () => decide(Object.fromEntries(ids.map((id) => [id, true])), { source: 'api' }),
      },
      label ?? `Allow ${names} cookies`,
    ),
  )
}
