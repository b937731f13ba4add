/** Loads the pure-JS `sha256` for pages without Web Crypto (plain-http origins). */
export type Sha256Loader = () => Promise<(text: string) => string>

/**
 * Lowercase hex SHA-256 of the UTF-8 bytes of `text`: with Web Crypto where the page has it
 * (https and localhost), else with the pure-JS `sha256`, which `fallback` loads on demand so
 * that only plain-http pages download it.
 */
export async function sha256Hex(text: string, fallback: Sha256Loader): Promise<string> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) return (await fallback())(text)
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)))
  let hex = ''
  for (const byte of digest) hex += (byte + 256).toString(16).slice(1)
  return hex
}
