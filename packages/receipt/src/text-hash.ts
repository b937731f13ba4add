import { type Sha256Loader, sha256Hex } from './sha256.js'
import type { TextBundle } from './text-bundle.js'

/** JSON.stringify replacer: every object's keys in sorted order. */
const sortedKeys = (_key: string, value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((key) => [key, (value as Record<string, unknown>)[key]]),
      )
    : value

/**
 * The receipt's `textHash`: lowercase hex SHA-256 of the UTF-8 bytes of the bundle's
 * canonical JSON — object keys sorted (by UTF-16 code units) at every depth, no whitespace,
 * undefined members left out; for a bundle this is exactly `canonicalJson(bundle)`. The
 * widget hashes with this very function and the collector recomputes it to check a bundle;
 * an auditor can too, with any SHA-256 tool. `fallback` loads a pure-JS SHA-256 for pages
 * without Web Crypto (plain http).
 *
 * @example await textHash(bundle) // 'e3b0c442…'
 * @see https://github.com/assent/assent/blob/main/docs/evidence.md
 */
export const textHash = (bundle: TextBundle, fallback?: Sha256Loader): Promise<string> =>
  // A smaller serialiser than canonicalJson (it ships in assent.js); the two agree on every
  // valid bundle, whose keys are never array indices (validateTextBundle).
  sha256Hex(JSON.stringify(bundle, sortedKeys), fallback)
