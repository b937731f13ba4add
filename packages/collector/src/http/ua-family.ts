const FAMILIES: [RegExp, string][] = [
  [/bot|crawl|spider|slurp|headless|lighthouse/i, 'Bot'],
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
  [/Safari\//, 'Safari'],
]

/**
 * Reduce a User-Agent header to a browser family with no version, so it cannot help
 * fingerprint anyone: `Chrome`, `Firefox`, `Safari`, `Edge`, `Opera`, `Samsung Internet`,
 * `Bot`, or `Other`. Null when there is no header.
 *
 * @example uaFamily('Mozilla/5.0 … Firefox/128.0') // 'Firefox'
 */
export function uaFamily(userAgent: string | undefined | null): string | null {
  if (!userAgent) return null
  for (const [pattern, family] of FAMILIES) if (pattern.test(userAgent)) return family
  return 'Other'
}
