// Test helpers for the loaders: the real engine (`testConsent`) driving an integration, and
// the globals the loaders touch. Not exported from the package.
import { type CategoryId, type Integration, type Signals, testConsent } from '@assent/core'

/**
 * The real engine driving `integration` as on a page load: `decided` is what an earlier page
 * stored (restored, no receipt), `signals` the browser's DNT/GPC. Offers analytics,
 * preference, marketing and statistics (for custom category maps).
 */
export const testPage = (
  integration: Integration,
  decided?: Partial<Record<CategoryId, boolean>>,
  signals?: Partial<Signals>,
) =>
  testConsent(
    {
      categories: ['analytics', 'preference', 'marketing', 'statistics'],
      integrations: [integration],
      decided,
    },
    signals,
  ).consent

/** Fresh globals: no dataLayer, gtag, _paq, or injected scripts; no external file loading. */
export function resetPage(): void {
  const w = window as unknown as Record<string, unknown> & {
    happyDOM?: {
      settings: {
        disableJavaScriptFileLoading: boolean
        handleDisabledFileLoadingAsSuccess: boolean
      }
    }
  }
  if (w.happyDOM) {
    w.happyDOM.settings.disableJavaScriptFileLoading = true
    w.happyDOM.settings.handleDisabledFileLoadingAsSuccess = true
  }
  delete w.dataLayer
  delete w.gtag
  delete w._paq
  for (const el of document.querySelectorAll('script')) el.remove()
}

/** `src` of every script element the loaders injected. */
export const scripts = (): string[] =>
  [...document.querySelectorAll('script')].map((el) => el.getAttribute('src') ?? '')

/** The dataLayer as plain arrays (entries stay Arguments objects in the page). */
export const dataLayer = (): unknown[] =>
  ((window as unknown as { dataLayer?: unknown[] }).dataLayer ?? []).map((e) =>
    Object.prototype.toString.call(e) === '[object Arguments]' ? [...(e as unknown[])] : e,
  )

/** `_paq` commands as arrays. */
export const paqCommands = (): unknown[][] =>
  ((window as unknown as { _paq?: unknown[][] })._paq ?? []).map((c) => [...c])
