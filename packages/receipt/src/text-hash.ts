import { canonicalJson } from './canonical-json.js'
import { type Sha256Loader, sha256Hex } from './sha256.js'
import type { TextBundle } from './text-bundle.js'

/**
 * The receipt's `textHash`: lowercase hex SHA-256 of the UTF-8 bytes of
 * `canonicalJson(bundle)` (keys sorted at every depth, no whitespace, undefined members left
 * out). The widget hashes with this very function, and the collector recomputes it to check
 * a bundle; an auditor can too, with any SHA-256 tool. `fallback` loads a pure-JS SHA-256
 * for pages without Web Crypto (plain http).
 *
 * @example await textHash(bundle) // 'e3b0c442…'
 * @see https://github.com/assent/assent/blob/main/docs/evidence.md
 */
export const textHash = (bundle: TextBundle, fallback?: Sha256Loader): Promise<string> =>
  sha256Hex(canonicalJson(bundle), fallback)
