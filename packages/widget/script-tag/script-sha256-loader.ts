import type { Sha256Loader } from '@assent/receipt'
import { loadBeside } from './load-beside'

/**
 * Loads `sha256.js` (the pure-JS hash, which registers `self.assentSha256`) from next to
 * assent.js: only pages without Web Crypto (plain http) need it. When it cannot be loaded it
 * warns once and rejects; receipts then carry a null `textHash`.
 */
export function scriptSha256Loader(base: string, nonce?: string): Sha256Loader {
  const read = () => (self as unknown as { assentSha256?: (text: string) => string }).assentSha256
  return () =>
    loadBeside(base, 'sha256.js', read, nonce).then((sha256) => {
      if (sha256) return sha256
      const problem =
        'Assent: sha256.js could not be loaded next to assent.js, so receipts carry no text hash.'
      console.warn(problem)
      throw new Error(problem)
    })
}
