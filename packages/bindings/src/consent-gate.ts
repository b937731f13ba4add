import type { CategoryId } from '@assent/core'
import { type Children, Fragment, type GateElement, h, wrapsChildren } from 'assent-framework'
import { ConsentPlaceholder } from './consent-placeholder.js'
import { useConsent } from './use-consent.js'

export interface ConsentGateProps {
  /** The category, or several that must all be granted. */
  category: CategoryId | readonly CategoryId[]
  /** Shown instead of the children. Default `<ConsentPlaceholder>` (one-click consent); `null` shows nothing. */
  fallback?: Children
  children?: Children
}

/**
 * Renders its children only while the category is granted; they unmount on withdrawal.
 * On the server and during hydration it renders the fallback.
 *
 * @example
 * <ConsentGate category="marketing"><YouTubeEmbed id="…" /></ConsentGate>
 */
export function ConsentGate({ category, fallback, children }: ConsentGateProps): GateElement {
  const shown = useConsent().isGranted(category)
  if (!shown && fallback === undefined) return h(ConsentPlaceholder, { category })
  const content = shown ? children : fallback
  // A constant of the framework (framework.ts); the build keeps only one branch. Where it is
  // false, children are an element as they are (React's ReactNode).
  return wrapsChildren ? h(Fragment, null, content) : (content as GateElement)
}
