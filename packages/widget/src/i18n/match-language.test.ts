import { describe, expect, test } from 'vitest'
import { BUILTIN_LANGUAGES, chooseLanguage, matchLanguage } from './match-language'

describe('matchLanguage', () => {
  test('maps Chinese regions onto the script they use', () => {
    expect(matchLanguage('zh-HK', BUILTIN_LANGUAGES)).toBe('zh-Hant')
    expect(matchLanguage('zh-TW', BUILTIN_LANGUAGES)).toBe('zh-Hant')
    expect(matchLanguage('zh-Hant-HK', BUILTIN_LANGUAGES)).toBe('zh-Hant')
    expect(matchLanguage('zh-CN', BUILTIN_LANGUAGES)).toBe('zh-Hans')
    expect(matchLanguage('zh', BUILTIN_LANGUAGES)).toBe('zh-Hans')
    expect(matchLanguage('zh-Hans-HK', BUILTIN_LANGUAGES)).toBe('zh-Hans')
  })

  test('falls back to the primary language and ignores case and underscores', () => {
    expect(matchLanguage('pt-BR', BUILTIN_LANGUAGES)).toBe('pt')
    expect(matchLanguage('DE_at', BUILTIN_LANGUAGES)).toBe('de')
    expect(matchLanguage('ja-JP', BUILTIN_LANGUAGES)).toBe('ja')
    expect(matchLanguage('sv', BUILTIN_LANGUAGES)).toBeUndefined()
    expect(matchLanguage('', BUILTIN_LANGUAGES)).toBeUndefined()
  })
})

describe('chooseLanguage', () => {
  test('takes the first candidate that is available, else English', () => {
    expect(chooseLanguage([undefined, 'sv', 'ko-KR', 'de'], BUILTIN_LANGUAGES)).toBe('ko')
    expect(chooseLanguage(['fr', 'de'], BUILTIN_LANGUAGES)).toBe('fr')
    expect(chooseLanguage(['sv', null, ''], BUILTIN_LANGUAGES)).toBe('en')
  })

  test('skips a candidate that is not a string (a config with `"lang": ["de"]`)', () => {
    expect(chooseLanguage([['de'], { de: 1 }, 5, 'fr'] as never, BUILTIN_LANGUAGES)).toBe('fr')
  })

  test('offers a site-defined language when the site gives its texts', () => {
    expect(chooseLanguage(['sv-SE'], [...BUILTIN_LANGUAGES, 'sv'])).toBe('sv')
  })
})
