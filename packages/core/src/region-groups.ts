/**
 * Region groups a `jurisdictions` key may name instead of listing codes. Sources (also in
 * docs/core.md, "Consent models and jurisdictions"):
 * - `EU`: the 27 member states, https://european-union.europa.eu/principles-countries-history/eu-countries_en
 * - `EEA`: the EU plus Iceland, Liechtenstein and Norway, https://www.efta.int/eea
 * - `US-OPT-OUT`: the twelve US states whose privacy laws make a universal opt-out signal
 *   (Global Privacy Control) a binding opt-out of sale and sharing: CA (11 CCR §7025), CO
 *   (4 CCR 904-3, UOOM registry), CT, DE, MD, MN, MT, NE, NH, NJ, OR, TX.
 */
const EU = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'
export const REGION_GROUPS: Record<string, readonly string[]> = {
  // Indexed by config keys: a key `constructor` or `toString` must not find Object's. (The
  // literal's prototype, not a property: `never` only quiets the index signature.)
  __proto__: null as never,
  EU: EU.split(' '),
  EEA: `${EU} IS LI NO`.split(' '),
  'US-OPT-OUT': 'CA CO CT DE MD MN MT NE NH NJ OR TX'.split(' ').map((state) => `US-${state}`),
}

/** ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision: `HK`, `US-CA`, `ES-CT`. */
export const REGION_CODE = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/
