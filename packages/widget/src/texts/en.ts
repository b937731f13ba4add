import type { Texts } from '../types'

/** English, the default language; bundled with the widget. */
const en: Texts = {
  title: 'Cookies on this site',
  description:
    'We use essential cookies to make this site work. With your permission we would also like to use optional cookies for {purposes}. You can change your choice at any time.',
  policyLink: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customise: 'Customise',
  preferencesTitle: 'Privacy preferences',
  preferencesDescription:
    'Choose which cookies we may use. Optional cookies stay off unless you switch them on, and you can change your mind at any time.',
  save: 'Save choices',
  close: 'Close',
  alwaysOn: 'Always on',
  services: 'Services and cookies',
  cookie: 'Cookie',
  provider: 'Provider',
  purpose: 'Purpose',
  lifetime: 'Lifetime',
  gpcHonored: 'Opt-Out Request Honored',
  gpcText:
    'Your browser sent a Global Privacy Control signal, so we switched off {categories}. You can still change this here.',
  dntHonored: 'Do Not Track respected',
  dntText:
    'Your browser asks sites not to track you, so we switched off {categories}. You can still change this here.',
  settings: 'Cookie settings',
  noticeText:
    'We use cookies to make this site work and for {purposes}. You can opt out at any time in the cookie settings.',
  optOutText:
    'We use cookies to make this site work and for {purposes}. You can opt out at any time.',
  ok: 'OK',
  optOut: 'Opt out',
  doNotSell: 'Do Not Sell or Share My Personal Information',
  policyChanged: 'Our privacy policy has changed.',
  service: 'Service',
  session: 'Session',
  noCookies: 'No cookies',
  consentCookie: 'Remembers your cookie choices',
  categories: {
    essential: {
      title: 'Essential',
      description:
        'Needed for the site to work, for example to keep you signed in and remember this choice. They cannot be switched off.',
    },
    analytics: {
      title: 'Analytics',
      description: 'Help us understand how visitors use the site, so we can improve it.',
    },
    preference: {
      title: 'Preferences',
      description: 'Remember your settings, such as language or region.',
    },
    marketing: {
      title: 'Marketing',
      description: 'Used to show you relevant ads and measure how well they work.',
    },
  },
}

export default en
