import type { Texts } from '../types'

/** Spanish. Loaded only when shown. */
const texts: Texts = {
  title: 'Cookies en este sitio',
  description:
    'Usamos cookies esenciales para que este sitio funcione. Con tu permiso, también nos gustaría usar cookies opcionales de {purposes}. Puedes cambiar tu elección en cualquier momento.',
  policyLink: 'Política de privacidad',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  customise: 'Personalizar',
  preferencesTitle: 'Preferencias de privacidad',
  preferencesDescription:
    'Elige qué cookies podemos usar. Las cookies opcionales permanecen desactivadas hasta que las actives, y puedes cambiar de opinión en cualquier momento.',
  save: 'Guardar selección',
  close: 'Cerrar',
  alwaysOn: 'Siempre activas',
  services: 'Servicios y cookies',
  cookie: 'Cookie',
  provider: 'Proveedor',
  purpose: 'Finalidad',
  lifetime: 'Duración',
  gpcHonored: 'Solicitud de exclusión respetada',
  gpcText:
    'Tu navegador envió una señal Global Privacy Control, así que hemos desactivado las cookies de {categories}. Aun así, puedes cambiarlo aquí.',
  dntHonored: 'Do Not Track respetado',
  dntText:
    'Tu navegador pide a los sitios que no te rastreen, así que hemos desactivado las cookies de {categories}. Aun así, puedes cambiarlo aquí.',
  settings: 'Configuración de cookies',
  noticeText:
    'Usamos cookies para que este sitio funcione y cookies de {purposes}. Puedes oponerte en cualquier momento en la configuración de cookies.',
  optOutText:
    'Usamos cookies para que este sitio funcione y cookies de {purposes}. Puedes oponerte en cualquier momento.',
  ok: 'Entendido',
  optOut: 'Oponerme',
  doNotSell: 'No vender ni compartir mi información personal',
  policyChanged: 'Nuestra política de privacidad ha cambiado.',
  service: 'Servicio',
  session: 'Sesión',
  noCookies: 'Sin cookies',
  consentCookie: 'Recuerda sus preferencias de cookies',
  categories: {
    essential: {
      title: 'Esenciales',
      description:
        'Necesarias para que el sitio funcione, por ejemplo para mantener tu sesión iniciada y recordar esta elección. No se pueden desactivar.',
    },
    analytics: {
      title: 'Analítica',
      description: 'Nos ayudan a entender cómo usan el sitio los visitantes para poder mejorarlo.',
    },
    preference: {
      title: 'Preferencias',
      description: 'Recuerdan tu configuración, como el idioma o la región.',
    },
    marketing: {
      title: 'Marketing',
      description: 'Se usan para mostrarte anuncios relevantes y medir su eficacia.',
    },
  },
}

export default texts
