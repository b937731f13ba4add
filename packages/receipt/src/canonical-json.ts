/**
 * Serialise JSON with object keys sorted at every depth, no whitespace: equal data always
 * gives equal text, so hashes of it can be compared across machines and languages.
 * `undefined` object members are left out, as `JSON.stringify` does.
 *
 * @example canonicalJson({ b: 1, a: [true, { d: null, c: 'x' }] }) // '{"a":[true,{"c":"x","d":null}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new TypeError('canonicalJson: non-finite number')
    }
    const text = JSON.stringify(value)
    if (text === undefined) throw new TypeError(`canonicalJson: cannot encode ${typeof value}`)
    return text
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`
  }
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map(
      (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
    )
  return `{${entries.join(',')}}`
}
