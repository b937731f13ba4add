// vanilla-cookieconsent v3: the minimal config equivalent to the other benchmark pages —
// three categories, English texts, a bar at the bottom, Accept all / Reject all / Settings.
CookieConsent.run({
  // Its default hides the banner from headless browsers (navigator.webdriver); a benchmark
  // in headless Chromium has to turn that off to see the banner at all.
  hideFromBots: false,
  guiOptions: {
    consentModal: { layout: 'bar', position: 'bottom', equalWeightButtons: true },
    preferencesModal: { layout: 'box' },
  },
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: { autoClear: { cookies: [{ name: /^_ga/ }] } },
    preferences: {},
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description:
            'Essential cookies make this site work. With your consent we also use analytics and preference cookies. <a href="/privacy">Privacy policy</a>',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Settings',
        },
        preferencesModal: {
          title: 'Cookie settings',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save choices',
          closeIconLabel: 'Close',
          sections: [
            {
              title: 'Essential',
              description: 'Needed for the site to work.',
              linkedCategory: 'necessary',
            },
            {
              title: 'Analytics',
              description: 'Help us understand how the site is used.',
              linkedCategory: 'analytics',
            },
            {
              title: 'Preferences',
              description: 'Remember your choices such as language.',
              linkedCategory: 'preferences',
            },
          ],
        },
      },
    },
  },
})
