// Decoding a source map's `mappings` (Source Map v3): for scripts that give a built file's
// bytes or samples back to the sources they came from (boot-bytes.mjs, bench/profile-returning.mjs).

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** One segment's Base64 VLQ fields, as the relative numbers the map stores. */
function vlq(segment) {
  const values = []
  let value = 0
  let shift = 0
  for (const ch of segment) {
    const digit = B64.indexOf(ch)
    value += (digit & 31) << shift
    if (digit & 32) shift += 5
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
  }
  return values
}

/**
 * Per generated line, its segments with absolute values: `[column]` for output that comes
 * from no source, else `[column, source index, source line, source column]` (0-based).
 */
export function decodeMappings(mappings) {
  let source = 0
  let line = 0
  let sourceColumn = 0
  return mappings.split(';').map((text) => {
    let column = 0
    return (text ? text.split(',') : []).map((segment) => {
      const s = vlq(segment)
      column += s[0]
      if (s.length < 2) return [column]
      source += s[1]
      line += s[2]
      sourceColumn += s[3]
      return [column, source, line, sourceColumn]
    })
  })
}
