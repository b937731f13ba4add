// The one template of the widget test pages: a plain shop page that hosts assent.js the way
// a customer site would. test/static-server.mjs serves each page of WIDGET_PAGES at
// /test/widget/pages/<name>.html; the engine suite renders its own pages from it too.

import { declarationPage } from './declaration-page.mjs'

/** The categories and services every widget page declares, unless a page says otherwise. */
export const SHOP_CATEGORIES = [
  'essential',
  {
    id: 'analytics',
    services: [
      {
        id: 'matomo',
        name: 'Matomo',
        provider: 'Shop Ltd (self-hosted)',
        purpose: 'Counts visits and page views.',
        cookies: [
          { name: '_pk_id.*', lifetime: '13 months', purpose: 'Recognises returning visitors' },
          { name: '_pk_ses.*', lifetime: '30 minutes', purpose: 'Groups page views into a visit' },
        ],
      },
      {
        id: 'ga',
        name: 'Google Analytics',
        provider: 'Google Ireland Ltd',
        purpose: 'Measures how the site is used.',
        policyUrl: 'https://policies.google.com/privacy',
        cookies: [
          { name: '_ga', lifetime: '2 years', purpose: 'Tells visitors apart' },
          { name: '_ga_*', lifetime: '2 years', purpose: 'Keeps the session state' },
        ],
      },
    ],
  },
  {
    id: 'preference',
    services: [
      {
        id: 'prefs',
        name: 'Site settings',
        provider: 'Shop Ltd',
        cookies: [{ name: 'theme', lifetime: '1 year', purpose: 'Remembers light or dark mode' }],
      },
    ],
  },
]

const escapeAttribute = (text) =>
  String(text).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')

/**
 * One page. Options: `title`; `lang` ('en'; null for none); `ui` (the config's ui section) or
 * `config` (the whole JSON block; null for none); `head` (tags before assent.js); `body`
 * (HTML at the end of main); `load` ('defer' | 'async' | 'end-of-body'); `attributes` of
 * assent.js's tag (over the shop's; null leaves one out); `settingsLink` (the footer's "Cookie settings", true).
 */
export function widgetPage(options) {
  const {
    title,
    lang = 'en',
    ui = {},
    head = [],
    body = '',
    load = 'defer',
    settingsLink = true,
  } = options
  const config =
    options.config === undefined ? { revision: 1, categories: SHOP_CATEGORIES, ui } : options.config
  const attributes = {
    'data-site': 'shop',
    'data-collector': 'http://collector.shop.test:4310',
    'data-policy-url': 'https://www.shop.test/privacy',
    'data-policy-version': '2026-01',
    ...options.attributes,
  }
  // A null attribute leaves the shop's default out (the JSON block's value then applies).
  const assentTag = `<script${load === 'end-of-body' ? '' : ` ${load}`} src="/assent.js"${Object.entries(
    attributes,
  )
    .filter(([, value]) => value !== null)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('')}></script>`
  const configBlock =
    config === null
      ? ''
      : `<script type="application/json" data-assent-config>\n${JSON.stringify(config, null, 2)}\n</script>`
  return `<!doctype html>
<html${lang ? ` lang="${lang}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/test/widget/pages/site.css">
<link rel="icon" href="/test/widget/pages/favicon.svg">
${[configBlock, ...head, load === 'end-of-body' ? '' : assentTag].filter(Boolean).join('\n')}
</head>
<body>
<header><h1>${title}</h1></header>
<main>
<p>Welcome to the shop. This page hosts the Assent banner the way a customer site would.</p>
<p><a href="/test/widget/pages/basic.html">Another page</a></p>
<div class="filler"></div>
${body}
</main>
<footer><p>© Shop Ltd${settingsLink ? ' · <a href="/privacy" data-assent-open>Cookie settings</a>' : ''}</p></footer>
${load === 'end-of-body' ? assentTag : ''}
</body>
</html>
`
}

const HOSTILE_CSS = `<style>
* { all: unset; }
button { display: none !important; }
html { font-size: 40px; }
div, section, dialog { display: none; }
body * { color: magenta !important; font-family: "Comic Sans MS", cursive !important; }
</style>`

/** The shop's categories with a script link as the Google Analytics service's policy. */
const withUnsafeServiceLink = () => {
  const categories = structuredClone(SHOP_CATEGORIES)
  categories[1].services[1].policyUrl = " javascript:alert('service')"
  return categories
}

/** The shop's categories and marketing: what US law calls sale and sharing. */
export const SHOP_CATEGORIES_WITH_ADS = [
  ...SHOP_CATEGORIES,
  {
    id: 'marketing',
    services: [
      {
        id: 'ads',
        name: 'Ad network',
        provider: 'Ads Inc',
        purpose: 'Shows and measures ads.',
        cookies: [{ name: '_ads', lifetime: '90 days', purpose: 'Counts ad clicks' }],
      },
    ],
  },
]

/** A profile per model, as a shop serving Europe, Hong Kong, the US and Japan would set them. */
export const SHOP_JURISDICTIONS = {
  EU: 'opt-in',
  GB: 'opt-in',
  HK: 'notice',
  'US-OPT-OUT': 'opt-out',
  JP: { model: 'opt-out', doNotSell: false },
  default: 'opt-in',
}

/**
 * `regions.html?region=HK` (template options from the request's query): the shop with SHOP_JURISDICTIONS, the region written by the site
 * (`data-region`). Also `policy` (its version, default 2026-01), `layout`, `lang`, `theme`.
 */
export function regionsPage(q) {
  return {
    title: `Assent widget: visitor from ${q.get('region')}`,
    lang: q.get('lang') ?? 'en',
    config: {
      revision: 1,
      categories: SHOP_CATEGORIES_WITH_ADS,
      jurisdictions: SHOP_JURISDICTIONS,
      ui: { layout: q.get('layout') ?? 'box', theme: q.get('theme') ?? 'auto' },
    },
    attributes: {
      'data-region': q.get('region') ?? '',
      'data-policy-version': q.get('policy') ?? '2026-01',
    },
  }
}

/** The pages test/static-server.mjs serves at /test/widget/pages/<name>.html. */
export const WIDGET_PAGES = {
  regions: regionsPage,
  'declaration-privacy': declarationPage,
  basic: { title: 'Assent widget: box, defer', ui: { layout: 'box' } },
  bar: {
    title: 'Assent widget: bar, end of body',
    ui: { layout: 'bar' },
    load: 'end-of-body',
    settingsLink: false,
  },
  'bar-top': { title: 'Assent widget: bar at the top', ui: { layout: 'bar', position: 'top' } },
  'box-left': {
    title: 'Assent widget: box bottom-left, dark',
    ui: { layout: 'box', position: 'bottom-left', theme: 'dark' },
  },
  modal: { title: 'Assent widget: modal, async', ui: { layout: 'modal' }, load: 'async' },
  hostile: { title: 'Assent widget on a hostile page', ui: { layout: 'box' }, head: [HOSTILE_CSS] },
  'no-lang': { title: 'Assent widget: language from the browser', lang: null },
  queue: {
    title: 'Assent widget: queued calls',
    ui: { layout: 'box' },
    head: ['<script src="/test/widget/pages/queue.js"></script>'],
  },
  'bad-json': {
    title: 'Assent widget: broken JSON config',
    config: null,
    head: ['<script src="/test/widget/pages/bad-json.js"></script>'],
    body: `<script type="text/plain" data-assent="analytics">(self.ran = self.ran || []).push('inline')</script>`,
  },
  // An element with id="assent": browsers expose it as window.assent before assent.js runs.
  'named-element': {
    title: 'Assent widget: an element named assent',
    ui: { layout: 'box' },
    body: '<p id="assent">A paragraph the site named "assent".</p>',
  },
  twice: {
    title: 'Assent widget: assent.js loaded twice',
    ui: { layout: 'box' },
    body: '<script defer src="/assent.js"></script>',
  },
  'bad-ui': {
    title: 'Assent widget: bad ui options',
    config: {
      ui: { layout: 'sidebar', texts: { en: { title: 42 } } },
      categories: ['essential', 'analytics'],
    },
  },
  'unsafe-links': {
    title: 'Assent widget: script links in the config',
    config: { revision: 1, categories: withUnsafeServiceLink(), ui: { layout: 'box' } },
    attributes: { 'data-policy-url': "javascript:alert('policy')" },
  },
  'ui-split': {
    title: 'Assent widget: the UI loads only when needed',
    config: {
      revision: 1,
      categories: SHOP_CATEGORIES,
      scripts: [{ src: 'https://stats.shop.test/counter.js', category: 'analytics' }],
      ui: { layout: 'bar' },
    },
    body: `<script type="text/plain" data-assent="analytics">(self.ran = self.ran || []).push('inline')</script>`,
  },
  // The same shop without a settings link: the boot draws the floating button itself.
  // `?lang=de` for another language, `?theme=dark`.
  'ui-split-fab': (q) => ({
    title: 'Assent widget: the floating button before the UI',
    lang: q.get('lang') ?? 'en',
    config: {
      revision: 1,
      categories: SHOP_CATEGORIES,
      scripts: [{ src: 'https://stats.shop.test/counter.js', category: 'analytics' }],
      ui: { layout: 'bar', theme: q.get('theme') ?? 'auto' },
    },
    body: `<script type="text/plain" data-assent="analytics">(self.ran = self.ran || []).push('inline')</script>`,
    settingsLink: false,
  }),
  // A Content-Security-Policy that lets assent.js in by its path and nothing beside it.
  'ui-csp-blocked': {
    title: 'Assent widget: assent-ui.js refused by the CSP',
    ui: { layout: 'bar' },
    head: [
      `<meta http-equiv="Content-Security-Policy" content="script-src http://*.shop.test:*/assent.js">`,
    ],
  },
  // A nonce-based CSP: files loaded beside assent.js get its nonce.
  'ui-nonce': {
    title: 'Assent widget: a nonce-based CSP, in German',
    lang: 'de',
    ui: { layout: 'bar' },
    head: [`<meta http-equiv="Content-Security-Policy" content="script-src 'nonce-n0nce'">`],
    attributes: { nonce: 'n0nce' },
  },
  'strict.csp': {
    title: 'Assent widget under a strict CSP',
    ui: { layout: 'box' },
    attributes: { 'data-collector': '/collector' },
  },
  'strict-zh-hk.csp': {
    title: 'Assent widget under a strict CSP, in Hong Kong Chinese',
    lang: 'zh-HK',
    ui: { layout: 'box' },
    attributes: { 'data-collector': '/collector' },
  },
}
