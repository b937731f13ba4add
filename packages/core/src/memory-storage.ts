import type { ConsentStorage } from './types.js'

/** A `ConsentStorage` that also shows what was written, for tests. */
export interface MemoryStorage extends ConsentStorage {
  value: string | null
  expires: Date | null
}

/**
 * Keeps the consent state in memory: use it in tests, or for server rendering.
 *
 * @example
 * const storage = memoryStorage()
 * const consent = createConsent({ storage })
 * consent.acceptAll()
 * storage.value // '1.…'
 */
/* @__NO_SIDE_EFFECTS__ */
export function memoryStorage(value: string | null = null): MemoryStorage {
  const storage: MemoryStorage = {
    value,
    expires: null,
    read: () => storage.value,
    write(next, expires) {
      storage.value = next
      storage.expires = expires
    },
    clear() {
      storage.value = storage.expires = null
    },
  }
  return storage
}
