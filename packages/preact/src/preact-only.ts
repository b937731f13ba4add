/**
 * The names only `@assent/preact` exports; every other name is shared with `@assent/react`
 * (checked by both packages' exports-parity tests). `<ConsentPreferences>` renders the
 * widget's dialog inside the app's own tree, which must be a Preact tree.
 */
export const PREACT_ONLY: readonly string[] = ['ConsentPreferences']

/** The type names only `@assent/preact` exports. */
export const PREACT_ONLY_TYPES: readonly string[] = ['ConsentPreferencesProps']
