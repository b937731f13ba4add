import type { Texts } from '../types'

/** German. Loaded only when shown. */
const texts: Texts = {
  title: 'Cookies auf dieser Website',
  description:
    'Wir verwenden notwendige Cookies, damit diese Website funktioniert. Mit Ihrer Einwilligung möchten wir außerdem optionale Cookies für {purposes} nutzen. Sie können Ihre Auswahl jederzeit ändern.',
  policyLink: 'Datenschutzerklärung',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customise: 'Anpassen',
  preferencesTitle: 'Datenschutz-Einstellungen',
  preferencesDescription:
    'Wählen Sie, welche Cookies wir verwenden dürfen. Optionale Cookies bleiben aus, bis Sie sie einschalten, und Sie können Ihre Meinung jederzeit ändern.',
  save: 'Auswahl speichern',
  close: 'Schließen',
  alwaysOn: 'Immer aktiv',
  services: 'Dienste und Cookies',
  cookie: 'Cookie',
  provider: 'Anbieter',
  purpose: 'Zweck',
  lifetime: 'Speicherdauer',
  gpcHonored: 'Opt-out-Anfrage berücksichtigt',
  gpcText:
    'Ihr Browser hat ein Global-Privacy-Control-Signal gesendet, daher haben wir {categories} ausgeschaltet. Sie können das hier trotzdem ändern.',
  dntHonored: 'Do Not Track berücksichtigt',
  dntText:
    'Ihr Browser bittet Websites, Sie nicht zu verfolgen, daher haben wir {categories} ausgeschaltet. Sie können das hier trotzdem ändern.',
  settings: 'Cookie-Einstellungen',
  noticeText:
    'Wir verwenden Cookies, damit diese Website funktioniert, und für {purposes}. In den Cookie-Einstellungen können Sie jederzeit widersprechen.',
  optOutText:
    'Wir verwenden Cookies, damit diese Website funktioniert, und für {purposes}. Sie können jederzeit widersprechen.',
  ok: 'OK',
  optOut: 'Widersprechen',
  doNotSell: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  policyChanged: 'Unsere Datenschutzerklärung hat sich geändert.',
  service: 'Dienst',
  session: 'Sitzung',
  noCookies: 'Keine Cookies',
  consentCookie: 'Speichert Ihre Cookie-Auswahl',
  categories: {
    essential: {
      title: 'Notwendig',
      description:
        'Erforderlich, damit die Website funktioniert, etwa um Sie angemeldet zu halten und diese Auswahl zu speichern. Sie lassen sich nicht ausschalten.',
    },
    analytics: {
      title: 'Statistik',
      description:
        'Helfen uns zu verstehen, wie Besucher die Website nutzen, damit wir sie verbessern können.',
    },
    preference: {
      title: 'Präferenzen',
      description: 'Speichern Ihre Einstellungen, etwa Sprache oder Region.',
    },
    marketing: {
      title: 'Marketing',
      description: 'Dienen dazu, Ihnen passende Werbung zu zeigen und deren Wirkung zu messen.',
    },
  },
}

export default texts
