// Pages for the jurisdiction tests, rendered from the widget pages' one template
// (test/widget/pages/widget-page.mjs). test/static-server.mjs serves each at
// /test/policies/pages/<name>.html; the query carries what a site's server would write:
// `region` (its CDN's country header → data-region) and `collector` (the collector's URL).
import { readFileSync } from 'node:fs'

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

/** The pages, by name: each a function of the request's query giving the template's options. */
export const POLICY_PAGES = {
  'consent-mode-basic': consentMode('basic'),
  'consent-mode-advanced': consentMode('advanced'),
}
for (const name of ['000-kvmmac', '001-kvmcloud', '002-kvmzone', '003-ixcm', '004-clonzone']) {
  POLICY_PAGES[`policy-${name}`] = (query) =>
    withQuery({ title: `Policy ${name}`, config: example(name) })(query)
}
