// The `@assent/widget/preact` entry: deprecated. Users import these from `@assent/preact`; they
// move there in the next minor version, when this entry goes (docs/architecture.md, "Why
// `@assent/widget/preact` is still in the widget").
export { ConsentContext } from './preact/consent-context'
export type { ConsentDeclarationProps } from './preact/consent-declaration'
export { ConsentDeclaration } from './preact/consent-declaration'
export type { ConsentPreferencesProps } from './preact/consent-preferences'
export { ConsentPreferences } from './preact/consent-preferences'
