import type { CategoryId } from '@assent/core'
import type { GoogleConsentType } from './google-options.js'

/** Which category grants which Google consent type (specs §0). */
export const defaultConsentMap: Readonly<Record<GoogleConsentType, CategoryId>> = {
  ad_storage: 'marketing',
  ad_user_data: 'marketing',
  ad_personalization: 'marketing',
  analytics_storage: 'analytics',
  functionality_storage: 'preference',
  personalization_storage: 'preference',
  security_storage: 'essential',
}

export type ConsentParams = Record<GoogleConsentType, 'granted' | 'denied'>

/**
 * All seven types, each explicitly `granted` or `denied`: GTM treats a missing type as
 * granted (specs §1.2). `security_storage` is always granted.
 */
export function consentParams(
  map: Record<GoogleConsentType, CategoryId>,
  granted: (category: CategoryId) => boolean | undefined,
): ConsentParams {
  const params = {} as ConsentParams
  let type: GoogleConsentType
  for (type in map) {
    params[type] = type === 'security_storage' || granted(map[type]) ? 'granted' : 'denied'
  }
  return params
}

/** Cookie patterns Google tags write, by the category whose withdrawal deletes them (§1.7). */
export function googleCookies(
  map: Record<GoogleConsentType, CategoryId>,
  prefix = '',
): Partial<Record<CategoryId, string[]>> {
  const analytics = ['_ga', '_ga_*', '_gid', '_gat*', '_dc_gtm_*']
  const ads = ['_gcl_*', '_gac_*']
  if (prefix) {
    // gtag prepends it: `example_ga`, `example_ga_<id>`; ads `example_aw`, `example_au`, `example_dc`
    analytics.push(`${prefix}_ga*`)
    ads.push(`${prefix}_a*`, `${prefix}_d*`)
  }
  // When both map to one category the second key wins, so it carries both lists.
  return {
    [map.ad_storage]: ads,
    [map.analytics_storage]:
      map.ad_storage === map.analytics_storage ? [...analytics, ...ads] : analytics,
  }
}
