// klaro: the minimal config equivalent to the other benchmark pages — three purposes
// (essential, analytics, preferences), English texts, a wide bar at the bottom,
// Accept all / Reject all / Settings.
window.klaroConfig = {
  version: 1,
  elementID: 'klaro',
  styling: { theme: ['light', 'bottom', 'wide'] },
  lang: 'en',
  showNoticeTitle: true,
  acceptAll: true,
  hideDeclineAll: false,
  hideLearnMore: false,
  mustConsent: false,
  privacyPolicy: '/privacy',
  translations: {
    en: {
      consentNotice: {
        title: 'We use cookies',
        description:
          'Essential cookies make this site work. With your consent we also use {purposes} cookies. {privacyPolicy}',
        learnMore: 'Settings',
      },
      ok: 'Accept all',
      decline: 'Reject all',
      privacyPolicy: { name: 'Privacy policy' },
      purposes: {
        essential: { title: 'Essential', description: 'Needed for the site to work.' },
        analytics: { title: 'Analytics', description: 'Help us understand how the site is used.' },
        preferences: {
          title: 'Preferences',
          description: 'Remember your choices such as language.',
        },
      },
    },
  },
  services: [
    { name: 'session', title: 'Session', purposes: ['essential'], required: true },
    {
      name: 'google-analytics',
      title: 'Google Analytics',
      purposes: ['analytics'],
      cookies: [/^_ga/],
    },
    { name: 'language', title: 'Language', purposes: ['preferences'] },
  ],
}
