import type { Texts } from '../types'

/** French. Loaded only when shown. */
const texts: Texts = {
  title: 'Cookies sur ce site',
  description:
    'Nous utilisons des cookies essentiels au fonctionnement de ce site. Avec votre accord, nous aimerions aussi utiliser des cookies facultatifs ({purposes}). Vous pouvez modifier votre choix à tout moment.',
  policyLink: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customise: 'Personnaliser',
  preferencesTitle: 'Préférences de confidentialité',
  preferencesDescription:
    'Choisissez les cookies que nous pouvons utiliser. Les cookies facultatifs restent désactivés tant que vous ne les activez pas, et vous pouvez changer d’avis à tout moment.',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  alwaysOn: 'Toujours actifs',
  services: 'Services et cookies',
  cookie: 'Cookie',
  provider: 'Fournisseur',
  purpose: 'Finalité',
  lifetime: 'Durée',
  gpcHonored: 'Demande d’opposition respectée',
  gpcText:
    'Votre navigateur a envoyé un signal Global Privacy Control, nous avons donc désactivé ces cookies : {categories}. Vous pouvez toujours modifier ce choix ici.',
  dntHonored: 'Do Not Track respecté',
  dntText:
    'Votre navigateur demande aux sites de ne pas vous suivre, nous avons donc désactivé ces cookies : {categories}. Vous pouvez toujours modifier ce choix ici.',
  settings: 'Paramètres des cookies',
  noticeText:
    'Nous utilisons des cookies pour faire fonctionner ce site, ainsi que des cookies facultatifs ({purposes}). Vous pouvez vous y opposer à tout moment dans les paramètres des cookies.',
  optOutText:
    'Nous utilisons des cookies pour faire fonctionner ce site, ainsi que des cookies facultatifs ({purposes}). Vous pouvez vous y opposer à tout moment.',
  ok: 'OK',
  optOut: 'M’opposer',
  doNotSell: 'Ne pas vendre ni partager mes informations personnelles',
  policyChanged: 'Notre politique de confidentialité a changé.',
  service: 'Service',
  session: 'Session',
  noCookies: 'Aucun cookie',
  consentCookie: 'Mémorise vos choix en matière de cookies',
  categories: {
    essential: {
      title: 'Essentiels',
      description:
        'Nécessaires au fonctionnement du site, par exemple pour garder votre session ouverte et mémoriser ce choix. Ils ne peuvent pas être désactivés.',
    },
    analytics: {
      title: 'Mesure d’audience',
      description:
        'Nous aident à comprendre comment les visiteurs utilisent le site, afin de l’améliorer.',
    },
    preference: {
      title: 'Préférences',
      description: 'Mémorisent vos réglages, comme la langue ou la région.',
    },
    marketing: {
      title: 'Marketing',
      description:
        'Servent à vous montrer des publicités pertinentes et à mesurer leur efficacité.',
    },
  },
}

export default texts
