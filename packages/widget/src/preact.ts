export { ConsentContext } from './preact/consent-context'
export type { ConsentPreferencesProps } from './preact/consent-preferences'
export { ConsentPreferences } from './preact/consent-preferences'
