import type { DecideOptions } from '@assent/core'

/** What `useCategory(id)` returns. */
export interface CategoryApi {
  /** True while the category is granted (false on the server and before the engine exists). */
  granted: boolean
  /** Grant this category only; the others keep their value. Sends a receipt (source `api` by default). */
  grant(options?: DecideOptions): void
  /** Deny this category only (withdraw); its cookies are deleted. */
  deny(options?: DecideOptions): void
}
