import type { CategoryId } from '@assent/core'
import { type ComponentChildren, Fragment, h } from 'preact'
import { ConsentPlaceholder } from './consent-placeholder.js'
import { useConsent } from './use-consent.js'

export interface ConsentGateProps {
  /** The category, or several that must all be granted. */
  category: CategoryId | readonly CategoryId[]
  /** Shown instead of the children. Default `<ConsentPlaceholder>` (one-click consent); `null` shows nothing. */
  fallback?: ComponentChildren
  children?: ComponentChildren
}

/**
 * Renders its children only while the category is granted; they unmount on withdrawal.
 * On the server and during hydration it renders the fallback.
 *
 * @example
 * <ConsentGate category="marketing"><YouTubeEmbed id="…" /></ConsentGate>
 */
export function ConsentGate({ category, fallback, children }: ConsentGateProps) {
  const shown = useConsent().isGranted(category)
  if (!shown && fallback === undefined) return h(ConsentPlaceholder, { category })
  return h(Fragment, null, shown ? children : fallback)
}
