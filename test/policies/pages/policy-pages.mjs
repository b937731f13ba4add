// Pages for the jurisdiction tests, rendered from the widget pages' one template
// (test/widget/pages/widget-page.mjs). test/static-server.mjs serves each at
// /test/policies/pages/<name>.html; the query carries what a site's server would write:
// `region` (its CDN's country header → data-region) and `collector` (the collector's URL).
import { readFileSync } from 'node:fs'
import { SHOP_CATEGORIES_WITH_ADS } from '../../widget/pages/widget-page.mjs'

const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/

/** The profiles of the Consent Mode and matrix pages. */
export const JURISDICTIONS = { EU: 'opt-in', GB: 'opt-in', 'US-OPT-OUT': 'opt-out', HK: 'notice' }

/** Template options from the query: data-region and data-collector as the site writes them. */
const withQuery = (options) => (query) => {
  const attributes = { ...options.attributes }
  const region = query.get('region')
  if (region && REGION.test(region)) attributes['data-region'] = region
  const collector = query.get('collector')
  if (collector && /^https?:\/\/[\w.:-]+$/.test(collector)) attributes['data-collector'] = collector
  return { ...options, attributes }
}

/** A policy example's JSON block, read from docs so that the docs and the tests cannot drift. */
const example = (name) =>
  JSON.parse(
    readFileSync(new URL(`../../../docs/examples/policies/${name}.json`, import.meta.url), 'utf8'),
  )

const consentMode = (mode) =>
  withQuery({
    title: `Shop: Consent Mode by region (${mode})`,
    config: {
      categories: ['analytics', 'preference', { id: 'marketing', defaults: { notice: false } }],
      jurisdictions: JURISDICTIONS,
      googleAnalytics: { measurementId: 'G-TEST1', mode },
    },
    attributes: { 'data-collector': 'https://consent.shop.test' },
  })

/**
 * The shop with one profile per model (EU opt-in, the US opt-out states, HK notice) and every
 * kind of thing that waits for consent: Google Analytics (basic mode), Matomo (consent mode),
 * and two tagged inline scripts, one per category, that log to `self.ran` when they run.
 * test/widget/model-matrix.e2e.ts visits it as each model × signal × decided/undecided.
 */
const modelMatrix = withQuery({
  title: 'Shop: every model, signal and decision',
  config: {
    revision: 1,
    categories: SHOP_CATEGORIES_WITH_ADS,
    jurisdictions: JURISDICTIONS,
    googleAnalytics: { measurementId: 'G-MATRIX1' },
    matomo: { url: 'https://stats.shop.test/', siteId: 1 },
  },
  attributes: { 'data-collector': 'https://consent.shop.test' },
  body: ['analytics', 'marketing']
    .map(
      (category) =>
        `<script type="text/plain" data-assent="${category}">(self.ran = self.ran || []).push('${category}')</script>`,
    )
    .join('\n'),
})

/** The pages, by name: each a function of the request's query giving the template's options. */
export const POLICY_PAGES = {
  'consent-mode-basic': consentMode('basic'),
  'consent-mode-advanced': consentMode('advanced'),
  'model-matrix': modelMatrix,
}
/** Where a policy page's web beacon (its `marketing` category's pixel) is requested. */
export const BEACON = 'https://beacon.policy.test/pixel.gif'

for (const name of ['000-kvmmac', '001-kvmcloud', '002-kvmzone', '003-ixcm', '004-clonzone']) {
  POLICY_PAGES[`policy-${name}`] = (query) => {
    const config = example(name)
    const marketing = config.categories.some((c) => c === 'marketing' || c.id === 'marketing')
    return withQuery({
      title: `Policy ${name}`,
      config,
      // The example's own policy and site id apply (the shop's attributes would override them);
      // receipts still go to the tests' collector (data-collector).
      attributes: { 'data-site': null, 'data-policy-url': null, 'data-policy-version': null },
      // The "pixel tags and web beacons" the policy names, gated on marketing as a site would.
      body: marketing
        ? `<img data-assent="marketing" data-src="${BEACON}" alt="" width="1" height="1">`
        : '',
    })(query)
  }
}
