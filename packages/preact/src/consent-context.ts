// The widget's context, not a copy: `<ConsentPreferences>` (from `@assent/widget/preact`) and
// the components and hooks here must read the engine from one and the same context.
export { ConsentContext } from '@assent/widget/preact'
