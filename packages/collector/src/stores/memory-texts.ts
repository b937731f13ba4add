import type { StoredTexts, TextStore } from '../types.js'

/** The text bundles of `memoryStore`, in a Map. */
export function memoryTexts(): TextStore {
  const texts = new Map<string, StoredTexts>()
  return {
    async putTexts(entry) {
      const key = `${entry.siteId}\n${entry.hash}`
      const first = texts.get(key)
      if (first) return { created: false, receivedAt: first.receivedAt }
      texts.set(key, { ...entry })
      return { created: true, receivedAt: entry.receivedAt }
    },
    async getTexts(siteId, hash) {
      const entry = texts.get(`${siteId}\n${hash}`)
      return entry ? { ...entry } : null
    },
    async *iterateTexts(siteId) {
      for (const entry of [...texts.values()]) {
        if (siteId === undefined || entry.siteId === siteId) yield { ...entry }
      }
    },
  }
}
