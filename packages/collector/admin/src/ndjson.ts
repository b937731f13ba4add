/** Split a text stream into lines: returns the complete lines and the unfinished rest. */
export function splitLines(rest: string, chunk: string): { lines: string[]; rest: string } {
  const parts = (rest + chunk).split('\n')
  const last = parts.pop() ?? ''
  return { lines: parts.filter((line) => line.trim() !== ''), rest: last }
}

/**
 * Read an NDJSON response as it streams, keeping only the last `limit` values, so a large
 * export never sits in memory whole.
 */
export async function readNdjsonTail<T>(response: Response, limit: number): Promise<T[]> {
  const kept: T[] = []
  const keep = (line: string) => {
    kept.push(JSON.parse(line) as T)
    if (kept.length > limit) kept.shift()
  }
  const reader = response.body?.getReader()
  if (!reader) {
    for (const line of (await response.text()).split('\n')) if (line.trim()) keep(line)
    return kept
  }
  const decoder = new TextDecoder()
  let rest = ''
  for (;;) {
    const { done, value } = await reader.read()
    const split = splitLines(
      rest,
      done ? decoder.decode() : decoder.decode(value, { stream: true }),
    )
    for (const line of split.lines) keep(line)
    rest = split.rest
    if (done) break
  }
  if (rest.trim()) keep(rest)
  return kept
}
