/** Loads a pure-JS SHA-256 (text → lowercase hex) for pages without Web Crypto. */
export type Sha256Loader = () => Promise<(text: string) => string>

/**
 * Lowercase hex SHA-256 of a UTF-8 string, through Web Crypto (browsers on https or
 * localhost, Node ≥ 20). Without Web Crypto (a plain-http page) it uses the SHA-256 that
 * `fallback` loads, so that only such pages download one.
 *
 * @example await sha256Hex('abc') // 'ba7816bf…'
 */
export async function sha256Hex(text: string, fallback?: Sha256Loader): Promise<string> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle && fallback) return (await fallback())(text)
  const digest = new Uint8Array(await subtle!.digest('SHA-256', new TextEncoder().encode(text)))
  let hex = ''
  for (const byte of digest) hex += (byte + 256).toString(16).slice(1)
  return hex
}
