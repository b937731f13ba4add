import { afterEach, describe, expect, test, vi } from 'vitest'
import de from '../texts/de'
import en from '../texts/en'
import type { TextOverrides } from '../types'
import { loadBuiltinTexts } from './load-builtin-texts'
import { resolveTexts } from './resolve-texts'

afterEach(() => {
  document.documentElement.lang = ''
  vi.restoreAllMocks()
})

describe('resolveTexts', () => {
  test('shows English without loading anything when nothing asks for another language', async () => {
    const load = vi.fn()
    const { locale, texts } = await resolveTexts({ lang: 'en-GB' }, load)
    expect(locale).toBe('en')
    expect(texts).toEqual(en)
    expect(load).not.toHaveBeenCalled()
  })

  test('follows <html lang> when the config names no language', async () => {
    document.documentElement.lang = 'de-AT'
    const { locale, texts } = await resolveTexts({}, loadBuiltinTexts)
    expect(locale).toBe('de')
    expect(texts.acceptAll).toBe(de.acceptAll)
  })

  test('applies overrides, including one category field at a time', async () => {
    const { texts } = await resolveTexts(
      {
        lang: 'en',
        texts: { en: { title: 'Cookies', categories: { analytics: { title: 'Statistics' } } } },
      },
      loadBuiltinTexts,
    )
    expect(texts.title).toBe('Cookies')
    expect(texts.categories.analytics).toEqual({
      title: 'Statistics',
      description: en.categories.analytics!.description,
    })
  })

  test('builds a site language on English and a regional one on its built-in base', async () => {
    const sv = await resolveTexts(
      { lang: 'sv', texts: { sv: { acceptAll: 'Godkänn alla' } } },
      loadBuiltinTexts,
    )
    expect(sv.locale).toBe('sv')
    expect(sv.texts.acceptAll).toBe('Godkänn alla')
    expect(sv.texts.rejectAll).toBe('Reject all')
    const hk = await resolveTexts(
      { lang: 'zh-HK', texts: { 'zh-HK': { title: '曲奇' } } },
      loadBuiltinTexts,
    )
    expect(hk.texts.title).toBe('曲奇')
    expect(hk.texts.policyLink).toBe('私隱政策')
  })

  test('drops non-text overrides with one console error naming them', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const bad = { title: 42, categories: { analytics: { description: {} } } }
    const { texts } = await resolveTexts(
      { lang: 'en', texts: { en: bad as unknown as TextOverrides } },
      loadBuiltinTexts,
    )
    expect(texts.title).toBe(en.title)
    expect(error).toHaveBeenCalledTimes(1)
    expect(error.mock.calls[0]![0]).toMatch(/title, categories\.analytics\.description/)
  })

  test('falls back to English with a console error when a language fails to load', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { locale, texts } = await resolveTexts({ lang: 'ja' }, async () => undefined)
    expect(locale).toBe('en')
    expect(texts.acceptAll).toBe('Accept all')
    expect(error).toHaveBeenCalledOnce()
  })
})
