import type { Texts } from '../types'

/** Polish. Loaded only when shown. */
const texts: Texts = {
  title: 'Pliki cookie w tej witrynie',
  description:
    'Używamy niezbędnych plików cookie, aby ta witryna działała. Za Twoją zgodą chcielibyśmy też używać opcjonalnych plików cookie z kategorii: {purposes}. Swój wybór możesz zmienić w dowolnym momencie.',
  policyLink: 'Polityka prywatności',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  customise: 'Dostosuj',
  preferencesTitle: 'Ustawienia prywatności',
  preferencesDescription:
    'Wybierz, których plików cookie możemy używać. Opcjonalne pliki cookie pozostają wyłączone, dopóki ich nie włączysz, a zdanie możesz zmienić w każdej chwili.',
  save: 'Zapisz wybór',
  close: 'Zamknij',
  alwaysOn: 'Zawsze włączone',
  services: 'Usługi i pliki cookie',
  cookie: 'Plik cookie',
  provider: 'Dostawca',
  purpose: 'Cel',
  lifetime: 'Okres przechowywania',
  gpcHonored: 'Uwzględniono żądanie rezygnacji',
  gpcText:
    'Twoja przeglądarka wysłała sygnał Global Privacy Control, więc wyłączyliśmy pliki cookie z kategorii: {categories}. Nadal możesz to tutaj zmienić.',
  dntHonored: 'Uwzględniono Do Not Track',
  dntText:
    'Twoja przeglądarka prosi witryny, aby Cię nie śledziły, więc wyłączyliśmy pliki cookie z kategorii: {categories}. Nadal możesz to tutaj zmienić.',
  settings: 'Ustawienia plików cookie',
  noticeText:
    'Używamy plików cookie, aby ta witryna działała, oraz plików cookie z kategorii: {purposes}. W ustawieniach plików cookie możesz w każdej chwili z nich zrezygnować.',
  optOutText:
    'Używamy plików cookie, aby ta witryna działała, oraz plików cookie z kategorii: {purposes}. Możesz w każdej chwili z nich zrezygnować.',
  ok: 'OK',
  optOut: 'Rezygnuję',
  doNotSell: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
  policyChanged: 'Nasza polityka prywatności uległa zmianie.',
  service: 'Usługa',
  session: 'Sesja',
  noCookies: 'Brak plików cookie',
  consentCookie: 'Zapamiętuje Twoje wybory dotyczące plików cookie',
  categories: {
    essential: {
      title: 'Niezbędne',
      description:
        'Potrzebne do działania witryny, np. do utrzymania sesji logowania i zapamiętania tego wyboru. Nie można ich wyłączyć.',
    },
    analytics: {
      title: 'Analityczne',
      description:
        'Pomagają nam zrozumieć, jak odwiedzający korzystają z witryny, abyśmy mogli ją ulepszać.',
    },
    preference: {
      title: 'Preferencje',
      description: 'Zapamiętują Twoje ustawienia, takie jak język lub region.',
    },
    marketing: {
      title: 'Marketingowe',
      description: 'Służą do wyświetlania trafnych reklam i mierzenia ich skuteczności.',
    },
  },
}

export default texts
