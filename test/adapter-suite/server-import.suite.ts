// A binding imports on the server: its module graph touches neither window nor document.
// The calling test file runs in Node (`// @vitest-environment node`).
import { expect, test } from 'vitest'

// The first import transforms the whole package graph: about 0.2 s, but over 5 s (vitest's
// default timeout) on a 2-core machine under load (seen 2026-12-06 at load 25).
const COLD_IMPORT_MS = 30_000

export function describeServerImport(load: () => Promise<{ ConsentProvider: unknown }>) {
  test(
    'imports on the server without touching window or document',
    async () => {
      expect(typeof window).toBe('undefined')
      const binding = await load()
      expect(typeof binding.ConsentProvider).toBe('function')
    },
    COLD_IMPORT_MS,
  )
}
