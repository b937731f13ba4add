import type { Texts } from '../types'

/** Dutch. Loaded only when shown. */
const texts: Texts = {
  title: 'Cookies op deze website',
  description:
    'We gebruiken noodzakelijke cookies om deze website te laten werken. Met je toestemming willen we ook optionele cookies gebruiken voor {purposes}. Je kunt je keuze altijd wijzigen.',
  policyLink: 'Privacybeleid',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customise: 'Aanpassen',
  preferencesTitle: 'Privacyvoorkeuren',
  preferencesDescription:
    'Kies welke cookies we mogen gebruiken. Optionele cookies blijven uit tot je ze aanzet, en je kunt altijd van gedachten veranderen.',
  save: 'Keuze opslaan',
  close: 'Sluiten',
  alwaysOn: 'Altijd aan',
  services: 'Diensten en cookies',
  cookie: 'Cookie',
  provider: 'Aanbieder',
  purpose: 'Doel',
  lifetime: 'Bewaartermijn',
  gpcHonored: 'Opt-outverzoek gehonoreerd',
  gpcText:
    'Je browser stuurde een Global Privacy Control-signaal, dus we hebben {categories} uitgezet. Je kunt dit hier alsnog wijzigen.',
  dntHonored: 'Do Not Track gerespecteerd',
  dntText:
    'Je browser vraagt websites je niet te volgen, dus we hebben {categories} uitgezet. Je kunt dit hier alsnog wijzigen.',
  settings: 'Cookie-instellingen',
  noticeText:
    'We gebruiken cookies om deze website te laten werken en voor {purposes}. Je kunt je altijd afmelden in de cookie-instellingen.',
  optOutText:
    'We gebruiken cookies om deze website te laten werken en voor {purposes}. Je kunt je altijd afmelden.',
  ok: 'OK',
  optOut: 'Afmelden',
  doNotSell: 'Mijn persoonsgegevens niet verkopen of delen',
  policyChanged: 'Ons privacybeleid is gewijzigd.',
  service: 'Dienst',
  session: 'Sessie',
  noCookies: 'Geen cookies',
  consentCookie: 'Onthoudt uw cookiekeuzes',
  categories: {
    essential: {
      title: 'Noodzakelijk',
      description:
        'Nodig om de website te laten werken, bijvoorbeeld om je ingelogd te houden en deze keuze te onthouden. Ze kunnen niet worden uitgezet.',
    },
    analytics: {
      title: 'Statistieken',
      description:
        'Helpen ons te begrijpen hoe bezoekers de website gebruiken, zodat we die kunnen verbeteren.',
    },
    preference: {
      title: 'Voorkeuren',
      description: 'Onthouden je instellingen, zoals taal of regio.',
    },
    marketing: {
      title: 'Marketing',
      description:
        'Worden gebruikt om je relevante advertenties te tonen en te meten hoe goed die werken.',
    },
  },
}

export default texts
