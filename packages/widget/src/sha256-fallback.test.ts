import { createHash } from 'node:crypto'
import { sha256Hex } from '@assent/receipt'
import { afterEach, expect, test, vi } from 'vitest'
import { sha256 } from './sha256'

afterEach(() => vi.unstubAllGlobals())

const nodeHash = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')
const text = 'Datenschutzerklärung · 私隱政策 · 😀'

test('hashes with Web Crypto and never loads the fallback', async () => {
  const fallback = vi.fn(async () => sha256)
  expect(await sha256Hex(text, fallback)).toBe(nodeHash(text))
  expect(await sha256Hex('', fallback)).toBe(nodeHash(''))
  expect(fallback).not.toHaveBeenCalled()
})

test('without Web Crypto (plain http) it loads the pure-JS hash, with the same result', async () => {
  vi.stubGlobal('crypto', {})
  const fallback = vi.fn(async () => sha256)
  expect(await sha256Hex(text, fallback)).toBe(nodeHash(text))
  expect(fallback).toHaveBeenCalledTimes(1)
})

test('rejects when the fallback cannot be loaded', async () => {
  vi.stubGlobal('crypto', undefined)
  await expect(sha256Hex(text, () => Promise.reject(new Error('offline')))).rejects.toThrow(
    'offline',
  )
})
