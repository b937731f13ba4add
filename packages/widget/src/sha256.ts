// Pure-JS SHA-256, for pages without Web Crypto: `crypto.subtle` exists only on secure
// origins, so on plain http:// the widget loads this (dist/sha256.js, or an `import()`) to
// hash the texts it shows. Synchronous itself; the hash is awaited either way (sha256-hex.ts).
let K: number[] | undefined
let H0: number[]

function constants(): number[] {
  // First 32 bits of the fractional parts of the square roots (H0) and cube roots (K) of
  // the first primes, computed instead of shipped as 72 literals.
  K = []
  H0 = []
  for (let n = 2, i = 0; i < 64; n++) {
    let prime = true
    for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false
    if (prime) {
      if (i < 8) H0[i] = (n ** 0.5 * 2 ** 32) | 0
      K[i++] = (n ** (1 / 3) * 2 ** 32) | 0
    }
  }
  return K
}

/** Lowercase hex SHA-256 of the UTF-8 bytes of `text`. */
export function sha256(text: string): string {
  const k = K ?? constants()
  const bytes = new TextEncoder().encode(text)
  const length = bytes.length
  const words = new Int32Array(((length + 8) >> 6) * 16 + 16)
  for (let i = 0; i < length; i++) words[i >> 2]! |= bytes[i]! << (24 - 8 * (i % 4))
  words[length >> 2]! |= 0x80 << (24 - 8 * (length % 4))
  words[words.length - 2] = (length / 2 ** 29) | 0
  words[words.length - 1] = length << 3
  const h = H0.slice()
  const w = new Int32Array(64)
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n))
  for (let block = 0; block < words.length; block += 16) {
    let [a, b, c, d, e, f, g, hh] = h as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ]
    for (let i = 0; i < 64; i++) {
      if (i < 16) w[i] = words[block + i]!
      else {
        const x = w[i - 15]!
        const y = w[i - 2]!
        w[i] =
          (rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3)) +
          w[i - 7]! +
          (rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10)) +
          w[i - 16]!
      }
      const t1 =
        hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i]! + w[i]!
      const t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))
      hh = g
      g = f
      f = e
      e = (d + t1) | 0
      d = c
      c = b
      b = a
      a = (t1 + t2) | 0
    }
    const next = [a, b, c, d, e, f, g, hh]
    for (let i = 0; i < 8; i++) h[i] = (h[i]! + next[i]!) | 0
  }
  return h.map((x) => (x >>> 0).toString(16).padStart(8, '0')).join('')
}
