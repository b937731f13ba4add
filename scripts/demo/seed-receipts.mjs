// Sample history for a fresh demo database: 30 days of plausible decisions on the Nimbus
// site, posted through the collector's own API with its clock set to each day (so every
// record is validated, hashed and stored exactly as a real one). Only ever used on a new
// demo database, so the receipts page has a chart worth looking at from the first minute.
/** A small deterministic PRNG (mulberry32), so every fresh demo shows the same picture. */
function random(seed) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PAGES = ['/', '/pricing.html', '/privacy.html']

/**
 * Post `days` days of sample receipts for `siteId` through `createCollector` (from the built
 * collector), each one `sampleReceipt` (from the built @assent/receipt) with the day's
 * decision. Returns how many were stored.
 */
export async function seedReceipts({
  createCollector,
  sampleReceipt,
  store,
  siteId,
  siteUrl,
  days = 30,
  now = Date.now(),
}) {
  let clock = new Date(now)
  const app = createCollector({
    store,
    sites: [{ id: siteId, origins: [siteUrl] }],
    rateLimit: false,
    now: () => clock,
  })
  const next = random(2026)
  let stored = 0
  for (let d = days; d >= 1; d--) {
    const midnight = Math.floor((now - d * 86_400_000) / 86_400_000) * 86_400_000
    // A slow upward drift in analytics opt-in after the banner's wording was simplified.
    const analyticsRate = 0.34 + (0.16 * (days - d)) / days
    const n = 12 + Math.floor(next() * 20)
    const times = Array.from({ length: n }, () => midnight + Math.floor(next() * 86_400_000))
    for (const time of times.sort((a, b) => a - b)) {
      const at = new Date(time)
      const r = next()
      const action = r < analyticsRate * 0.8 ? 'accept-all' : r < 0.62 ? 'reject-all' : 'custom'
      const analytics = action === 'accept-all' || (action === 'custom' && next() < 0.35)
      const preference = action === 'accept-all' || (action === 'custom' && next() < 0.85)
      const gpc = action === 'reject-all' && next() < 0.08
      const receipt = sampleReceipt({
        siteId,
        action,
        source: gpc ? 'signal' : action === 'custom' ? 'preferences' : 'banner',
        choices: { essential: true, analytics, preference },
        signals: { gpc, dnt: false },
        policy: { version: '2026-03', url: `${siteUrl}/privacy.html` },
        locale: next() < 0.7 ? 'en' : 'zh-Hant',
        textHash: gpc ? null : 'c0ffee'.padEnd(64, '0'),
        clientTime: at.toISOString(),
        page: siteUrl + PAGES[Math.floor(next() * PAGES.length)],
        expiresAt: new Date(at.getTime() + 182 * 86_400_000).toISOString(),
      })
      // One at a time: the collector's clock is this receipt's time while it is stored.
      clock = at
      const response = await app.request('/v1/receipts', {
        method: 'POST',
        headers: { origin: siteUrl, 'content-type': 'application/json' },
        body: JSON.stringify(receipt),
      })
      if (response.status !== 201) {
        throw new Error(`seeding failed: ${response.status} ${await response.text()}`)
      }
      stored++
    }
  }
  return stored
}
