// The libraries under test: the files each one ships, the tags its docs recommend for a
// plain site, and where its visible banner is. All scripts load with `defer` from <head>
// so every library gets the same loading mode.
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)
const pkgDir = (name) => dirname(require.resolve(`${name}/package.json`))
const version = (name) => require(`${name}/package.json`).version
export const widgetDist = resolve(here, '../packages/widget/dist')

const cc = pkgDir('vanilla-cookieconsent')
const klaro = pkgDir('klaro')

const JURISDICTIONS = {
  EEA: 'opt-in',
  GB: 'opt-in',
  CH: 'opt-in',
  'US-OPT-OUT': 'opt-out',
  HK: 'notice',
  default: 'opt-in',
}

const assentTags = [
  // Data, not code: the widget options beyond what the attributes cover.
  '<script type="application/json" data-assent-config>{"ui":{"layout":"bar","position":"bottom"}}</script>',
  '<script defer src="/assent.js" data-policy-url="/privacy" data-policy-version="1" data-lang="en"></script>',
]

/**
 * Each library: `files` maps a URL path to the file on disk (its own files are counted in
 * the byte columns; config files are listed under `config`), `banner` is a path of CSS
 * selectors (each step searched inside the previous match's shadow root when it has one).
 * `settingsLink`: the attributes its docs give a link that reopens the preferences (the host
 * page's footer has one). `variants` (optional): other pages of the same library for scenarios
 * that name them, each with its own `headTags({ collector })` and, when it differs,
 * `settingsLink` (null: no link).
 */
export const libraries = [
  {
    id: 'none',
    label: 'no library (baseline)',
    files: {},
    config: {},
    headTags: [],
    // The same footer link, doing nothing: the page's DOM is the one the libraries get.
    settingsLink: '',
    // Polls for a banner that never comes, so the probe's own cost is the same on every page.
    banner: ['#no-consent-banner'],
  },
  {
    id: 'assent',
    label: 'assent.js',
    version: () => require(resolve(here, '../packages/widget/package.json')).version,
    // The boot file, the UI it fetches when the banner is due, and the floating button it
    // fetches when idle on a page without a settings link (variant `nolink`): a returning
    // visitor's page fetches the boot alone, no UI; the transferred column shows it. The CSS is inside assent-ui.js (a constructable
    // stylesheet); dist/assent.css is only a fallback for browsers without them, which
    // Chromium never fetches.
    files: {
      '/assent.js': join(widgetDist, 'assent.js'),
      '/assent-ui.js': join(widgetDist, 'assent-ui.js'),
      '/assent-button.js': join(widgetDist, 'assent-button.js'),
      // Sends receipts: fetched only on the region variant's pages, which have a collector
      // (once the banner shows); the plain page has none and never asks for it.
      '/assent-outbox.js': join(widgetDist, 'assent-outbox.js'),
    },
    config: {},
    // docs/script-tag.md: any element with `data-assent-open` opens the preferences.
    settingsLink: 'data-assent-open',
    // The file the banner cannot show without (the region lookup runs beside it).
    bannerFile: '/assent-ui.js',
    headTags: assentTags,
    // Scenario `first-rtt-region`: the same page with the jurisdictions map of the example
    // policies (docs/jurisdictions.md) and a collector, so the engine asks its GET /v1/region.
    variants: {
      region: {
        headTags: ({ collector }) => [
          `<script type="application/json" data-assent-config>{"ui":{"layout":"bar","position":"bottom"},"jurisdictions":${JSON.stringify(JURISDICTIONS)}}</script>`,
          `<script defer src="/assent.js" data-site="bench" data-collector="${collector}" data-policy-url="/privacy" data-policy-version="1" data-lang="en"></script>`,
        ],
      },
      // Scenario `returning-4x-nolink`: the same page without a settings link, where Assent
      // draws its floating button (assent-button.js) so the visitor can still withdraw.
      nolink: { headTags: () => assentTags, settingsLink: null },
      // Scenario `first-rtt-preload`: the same page with the preload hint docs/script-tag.md
      // offers, so the UI's request starts with the page's instead of after assent.js runs.
      preload: {
        headTags: () => ['<link rel="preload" href="/assent-ui.js" as="script">', ...assentTags],
      },
    },
    // The widget renders into an open shadow root on an <assent-ui> element.
    banner: ['assent-ui', '.a-banner'],
  },
  {
    id: 'cookieconsent',
    label: 'vanilla-cookieconsent',
    version: () => version('vanilla-cookieconsent'),
    files: {
      '/cookieconsent.umd.js': join(cc, 'dist/cookieconsent.umd.js'),
      '/cookieconsent.css': join(cc, 'dist/cookieconsent.css'),
    },
    config: { '/cookieconsent-config.js': join(here, 'configs/cookieconsent-config.js') },
    headTags: [
      '<link rel="stylesheet" href="/cookieconsent.css">',
      '<script defer src="/cookieconsent.umd.js"></script>',
      '<script defer src="/cookieconsent-config.js"></script>',
    ],
    // Its docs' "show preferences" button: `data-cc="show-preferencesModal"`.
    settingsLink: 'data-cc="show-preferencesModal"',
    banner: ['#cc-main .cm'],
  },
  {
    id: 'klaro',
    label: 'klaro',
    version: () => version('klaro'),
    files: { '/klaro.js': join(klaro, 'dist/klaro.js') },
    config: { '/klaro-config.js': join(here, 'configs/klaro-config.js') },
    headTags: [
      '<script defer src="/klaro-config.js"></script>',
      '<script defer data-config="klaroConfig" src="/klaro.js"></script>',
    ],
    // Its docs' link: `onclick="return klaro.show();"`.
    settingsLink: 'onclick="return klaro.show();"',
    banner: ['.klaro .cookie-notice:not(.cookie-notice-hidden)'],
  },
]

/** The host stylesheet shared by every page. */
export const hostCss = join(here, 'configs/host.css')
