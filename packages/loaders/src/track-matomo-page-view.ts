import { matomoPage, paq } from './paq.js'

/**
 * Tracks a page view in a single-page app, after a route change. Does nothing (and queues
 * nothing, so nothing is replayed later) while consent does not allow Matomo to track.
 * Returns whether the page view was sent.
 *
 * @example
 * router.afterEach((to) => trackMatomoPageView(to.fullPath, document.title))
 * @see https://github.com/assent/assent/blob/main/docs/matomo.md
 */
export function trackMatomoPageView(url = location.href, title = document.title): boolean {
  if (!matomoPage.allowed) return false
  if (matomoPage.url) paq('setReferrerUrl', matomoPage.url)
  paq('setCustomUrl', url)
  paq('setDocumentTitle', title)
  paq('trackPageView')
  matomoPage.url = url
  return true
}
