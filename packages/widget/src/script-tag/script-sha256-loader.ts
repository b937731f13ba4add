import type { Sha256Loader } from '../sha256-hex'
import { loadBeside } from './load-beside'

/**
 * Loads `sha256.js` (the pure-JS hash, which registers `self.assentSha256`) from next to
 * assent.js: only pages without Web Crypto (plain http) need it. Rejects when it cannot be
 * loaded; the receipt then carries a null `textHash`.
 */
export function scriptSha256Loader(base: string, nonce?: string): Sha256Loader {
  const read = () => (self as unknown as { assentSha256?: (text: string) => string }).assentSha256
  return () =>
    loadBeside(base, 'sha256.js', read, nonce).then(
      (sha256) => sha256 ?? Promise.reject(new Error('Assent: sha256.js could not be loaded.')),
    )
}
