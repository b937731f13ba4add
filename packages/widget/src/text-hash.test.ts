import { afterEach, expect, test, vi } from 'vitest'
import { categoryViews } from './category-views'
import { sha256 } from './sha256'
import { textHash } from './text-hash'
import en from './texts/en'

afterEach(() => vi.unstubAllGlobals())

const categories = categoryViews([{ id: 'essential', locked: true, services: [] }], en, 'en')

test('is the same hash whichever way it is computed, and changes with the texts', async () => {
  const viaWebCrypto = await textHash('en', en, categories, '/privacy', async () => sha256)
  vi.stubGlobal('crypto', {})
  const viaFallback = await textHash('en', en, categories, '/privacy', async () => sha256)
  expect(viaFallback).toBe(viaWebCrypto)
  const other = await textHash(
    'en',
    { ...en, title: 'Cookies' },
    categories,
    '/privacy',
    async () => sha256,
  )
  expect(other).not.toBe(viaWebCrypto)
})

test('a fallback that fails rejects the hash without an unhandled rejection', async () => {
  vi.stubGlobal('crypto', {})
  const unhandled = vi.fn()
  process.on('unhandledRejection', unhandled)
  const hash = textHash('en', en, categories, '/privacy', () => Promise.reject(new Error('404')))
  await new Promise((resolve) => setTimeout(resolve, 20))
  process.off('unhandledRejection', unhandled)
  expect(unhandled).not.toHaveBeenCalled()
  await expect(hash).rejects.toThrow('404')
})
