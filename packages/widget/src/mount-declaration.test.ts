import { testConsent } from '@assent/core'
import { afterEach, expect, test, vi } from 'vitest'
import type { Texts } from './types'

// German held back, so a declaration can be destroyed while its language loads.
let releaseGerman: (() => void) | undefined
vi.mock('./i18n/load-builtin-texts', async (original) => {
  const { loadBuiltinTexts } = await original<typeof import('./i18n/load-builtin-texts')>()
  return {
    loadBuiltinTexts: (lang: string) =>
      lang === 'de'
        ? new Promise<Texts | undefined>((resolve) => {
            releaseGerman = () => void loadBuiltinTexts('de').then(resolve)
          })
        : loadBuiltinTexts(lang),
  }
})
const { mountDeclaration } = await import('./mount-declaration')

afterEach(() => {
  document.body.innerHTML = ''
})

test('a declaration destroyed while its language loads draws nothing over the one that replaced it', async () => {
  const { consent } = testConsent({ categories: ['analytics'] })
  const element = document.body.appendChild(document.createElement('div'))
  const german = mountDeclaration(element, consent, { lang: 'de' })
  await vi.waitFor(() => expect(releaseGerman).toBeDefined())
  // The language changes (a framework re-renders with lang="en") while German loads.
  german.destroy()
  const english = mountDeclaration(element, consent, { lang: 'en' })
  expect(await english.ready).toBe(true)
  expect(element.querySelector('.assent-declaration-title')!.textContent).toBe('Essential')
  releaseGerman!()
  expect(await german.ready).toBe(false)
  expect(element.querySelector('.assent-declaration-title')!.textContent).toBe('Essential')
  expect(element.querySelectorAll('.assent-declaration')).toHaveLength(1)
  consent.destroy()
})
