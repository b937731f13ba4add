const UNITS: Record<string, number> = {
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
}

/**
 * Parse a duration such as `395d`, `12h`, `30m`, `2w` or `90s` into milliseconds; null when
 * it is not one.
 *
 * @example parseDuration('395d') // 34128000000
 */
export function parseDuration(text: string): number | null {
  const match = /^(\d+)\s*([smhdw])$/i.exec(text.trim())
  if (!match) return null
  const ms = Number(match[1]) * (UNITS[(match[2] as string).toLowerCase()] as number)
  return ms > 0 && Number.isSafeInteger(ms) ? ms : null
}
