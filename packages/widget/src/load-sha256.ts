import type { Sha256Loader } from '@assent/receipt'

/** The pure-JS SHA-256 as its own chunk (`import()`), for `mountWidget` and the Preact components. */
export const loadSha256: Sha256Loader = () => import('./sha256').then((m) => m.sha256)
