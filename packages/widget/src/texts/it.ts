import type { Texts } from '../types'

/** Italian. Loaded only when shown. */
const texts: Texts = {
  title: 'Cookie su questo sito',
  description:
    'Utilizziamo cookie essenziali per far funzionare questo sito. Con il tuo consenso vorremmo usare anche cookie facoltativi per {purposes}. Puoi modificare la tua scelta in qualsiasi momento.',
  policyLink: 'Informativa sulla privacy',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  customise: 'Personalizza',
  preferencesTitle: 'Preferenze sulla privacy',
  preferencesDescription:
    'Scegli quali cookie possiamo usare. I cookie facoltativi restano disattivati finché non li attivi, e puoi cambiare idea in qualsiasi momento.',
  save: 'Salva le scelte',
  close: 'Chiudi',
  alwaysOn: 'Sempre attivi',
  services: 'Servizi e cookie',
  cookie: 'Cookie',
  provider: 'Fornitore',
  purpose: 'Finalità',
  lifetime: 'Durata',
  gpcHonored: 'Richiesta di opt-out rispettata',
  gpcText:
    'Il tuo browser ha inviato un segnale Global Privacy Control, quindi abbiamo disattivato {categories}. Puoi comunque modificare la tua scelta qui.',
  dntHonored: 'Do Not Track rispettato',
  dntText:
    'Il tuo browser chiede ai siti di non tracciarti, quindi abbiamo disattivato {categories}. Puoi comunque modificare la tua scelta qui.',
  settings: 'Impostazioni cookie',
  noticeText:
    'Utilizziamo i cookie per far funzionare questo sito e per {purposes}. Puoi opporti in qualsiasi momento nelle impostazioni cookie.',
  optOutText:
    'Utilizziamo i cookie per far funzionare questo sito e per {purposes}. Puoi opporti in qualsiasi momento.',
  ok: 'OK',
  optOut: 'Mi oppongo',
  doNotSell: 'Non vendere né condividere i miei dati personali',
  policyChanged: 'La nostra informativa sulla privacy è cambiata.',
  service: 'Servizio',
  session: 'Sessione',
  noCookies: 'Nessun cookie',
  consentCookie: 'Ricorda le tue scelte sui cookie',
  categories: {
    essential: {
      title: 'Essenziali',
      description:
        'Necessari al funzionamento del sito, ad esempio per mantenere l’accesso e ricordare questa scelta. Non possono essere disattivati.',
    },
    analytics: {
      title: 'Statistiche',
      description: 'Ci aiutano a capire come i visitatori usano il sito, per poterlo migliorare.',
    },
    preference: {
      title: 'Preferenze',
      description: 'Ricordano le tue impostazioni, come la lingua o il paese.',
    },
    marketing: {
      title: 'Marketing',
      description: 'Servono a mostrarti annunci pertinenti e a misurarne l’efficacia.',
    },
  },
}

export default texts
