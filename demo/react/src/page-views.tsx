import { trackMatomoPageView } from '@assent/loaders'
import { useConsent } from '@assent/react'
import { useEffect, useRef } from 'react'

declare global {
  interface Window {
    gtag?: (...args: unknown[]) => void
  }
}

/**
 * Page views for client-side route changes. The first page view of a visit is sent by the
 * loaders themselves (gtag `config`, Matomo `trackPageView`) once consent allows; each later
 * route change is reported here, and only while analytics is granted.
 */
export function PageViews({ path }: { path: string }) {
  const { consent } = useConsent()
  const last = useRef(path)
  useEffect(() => {
    if (last.current === path) return
    last.current = path
    const page = { page_location: location.href, page_title: document.title }
    // Matomo: the helper itself checks consent and queues nothing without it.
    trackMatomoPageView(location.href, document.title)
    // GA4: a manual page_view event; gtag exists only once the loader set it up.
    if (consent?.isGranted('analytics')) window.gtag?.('event', 'page_view', page)
  }, [path, consent])
  return null
}
