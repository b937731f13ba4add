import { expect, test } from 'vitest'
import languages from '../texts/languages.json' with { type: 'json' }
import { listOf } from './list-of'

test.each(languages)('joins a list in %s as Intl.ListFormat does, without loading it', (lang) => {
  for (const items of [['A'], ['A', 'B'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D']]) {
    expect(listOf(items, lang)).toBe(new Intl.ListFormat(lang).format(items))
  }
})

test('a language it does not know goes to Intl.ListFormat, and commas when Intl refuses the tag', () => {
  expect(listOf(['A', 'B'], 'sv')).toBe(new Intl.ListFormat('sv').format(['A', 'B']))
  expect(listOf(['A', 'B'], 'x-pirate')).toBe('A, B')
})
