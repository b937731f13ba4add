import type { Consent, ShownTexts } from '@assent/core'
import { useEffect, useLayoutEffect, useState } from 'preact/hooks'
import { type CategoryView, categoryViews } from '../category-views'
import { loadBuiltinTexts } from '../i18n/load-builtin-texts'
import { resolveTexts } from '../i18n/resolve-texts'
import { loadSha256 } from '../load-sha256'
import { shownTexts } from '../shown-texts'
import type { Texts, WidgetOptions } from '../types'

/** The texts a view shows, with the report the engine puts into receipts. */
export interface WidgetTexts {
  locale: string
  texts: Texts
  categories: CategoryView[]
  shown: ShownTexts
}

/** Texts in the chosen language (loaded on demand) once the engine exists; undefined before. */
export function useWidgetTexts(
  consent: Consent | null,
  options: Pick<WidgetOptions, 'lang' | 'texts'>,
): WidgetTexts | undefined {
  const [result, setResult] = useState<WidgetTexts>()
  const key = JSON.stringify([options.lang, options.texts])
  useEffect(() => {
    if (!consent) return
    let live = true
    resolveTexts(options, loadBuiltinTexts).then(({ locale, texts }) => {
      if (!live) return
      const categories = categoryViews(consent.categories, texts, locale)
      const shown = shownTexts(locale, texts, categories, consent.policy, loadSha256)
      setResult({ locale, texts, categories, shown })
    })
    return () => {
      live = false
    }
  }, [consent, key])
  return result
}

/**
 * `light` or `dark`: forced, or following `prefers-color-scheme` live. The first render is
 * always `light` (the server cannot know), so hydration matches; a layout effect corrects it
 * before the browser paints.
 */
export function useTheme(theme: WidgetOptions['theme']): 'light' | 'dark' {
  const [dark, setDark] = useState(false)
  useLayoutEffect(() => {
    const q = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null
    const update = () => setDark(q?.matches === true)
    update()
    q?.addEventListener?.('change', update)
    return () => q?.removeEventListener?.('change', update)
  }, [])
  return theme === 'light' || theme === 'dark' ? theme : dark ? 'dark' : 'light'
}
