/**
 * A random UUID v4 from `crypto.getRandomValues`, which, unlike `crypto.randomUUID`, also
 * exists on plain-http pages.
 */
export function uuidV4(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6]! & 15) | 64
  bytes[8] = (bytes[8]! & 63) | 128
  let hex = ''
  for (const byte of bytes) hex += (byte + 256).toString(16).slice(1)
  return dashed(hex)
}

/** 32 hex digits as a UUID: `8-4-4-4-12`. */
export const dashed = (hex: string): string =>
  hex.replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-')
