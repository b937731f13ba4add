import type { Texts } from '../types'

/** Portuguese (neutral between Portugal and Brazil). Loaded only when shown. */
const texts: Texts = {
  title: 'Cookies neste site',
  description:
    'Usamos cookies essenciais para que este site funcione. Com a sua permissão, também gostaríamos de usar cookies opcionais para {purposes}. A sua escolha pode ser alterada a qualquer momento.',
  policyLink: 'Política de privacidade',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  customise: 'Personalizar',
  preferencesTitle: 'Preferências de privacidade',
  preferencesDescription:
    'Escolha os cookies que podemos usar. Os cookies opcionais ficam desativados até que os ative, e a sua escolha pode ser alterada a qualquer momento.',
  save: 'Confirmar escolhas',
  close: 'Fechar',
  alwaysOn: 'Sempre ativos',
  services: 'Serviços e cookies',
  cookie: 'Cookie',
  provider: 'Fornecedor',
  purpose: 'Finalidade',
  lifetime: 'Duração',
  gpcHonored: 'Pedido de exclusão respeitado',
  gpcText:
    'O seu navegador enviou um sinal Global Privacy Control, por isso foram desativados os cookies de {categories}. Ainda é possível alterar esta escolha aqui.',
  dntHonored: 'Do Not Track respeitado',
  dntText:
    'O seu navegador pede aos sites que não o rastreiem, por isso foram desativados os cookies de {categories}. Ainda é possível alterar esta escolha aqui.',
  settings: 'Preferências de cookies',
  noticeText:
    'Usamos cookies para que este site funcione e para {purposes}. Pode opor-se a qualquer momento nas preferências de cookies.',
  optOutText:
    'Usamos cookies para que este site funcione e para {purposes}. Pode opor-se a qualquer momento.',
  ok: 'OK',
  optOut: 'Opor-me',
  doNotSell: 'Não vender nem partilhar as minhas informações pessoais',
  policyChanged: 'A nossa política de privacidade foi alterada.',
  service: 'Serviço',
  session: 'Sessão',
  noCookies: 'Sem cookies',
  consentCookie: 'Memoriza as suas escolhas de cookies',
  categories: {
    essential: {
      title: 'Essenciais',
      description:
        'Necessários para o funcionamento do site, por exemplo para manter a sessão iniciada e memorizar esta escolha. Não podem ser desativados.',
    },
    analytics: {
      title: 'Análise',
      description:
        'Ajudam-nos a entender como os visitantes usam o site, para que possamos melhorá-lo.',
    },
    preference: {
      title: 'Preferências',
      description: 'Memorizam as suas escolhas, como idioma ou região.',
    },
    marketing: {
      title: 'Marketing',
      description: 'Usados para mostrar anúncios relevantes e medir a sua eficácia.',
    },
  },
}

export default texts
