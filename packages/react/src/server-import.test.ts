// @vitest-environment node
import { expect, test } from 'vitest'

// The first import transforms the whole package graph: about 0.2 s, but over 5 s (vitest's
// default timeout) on a 2-core machine under load (seen 2026-12-06 at load 25).
const COLD_IMPORT_MS = 30_000

test(
  'imports on the server without touching window or document',
  async () => {
    expect(typeof window).toBe('undefined')
    const react = await import('./index.js')
    expect(typeof react.ConsentProvider).toBe('function')
  },
  COLD_IMPORT_MS,
)
