import { useEffect, useState } from 'preact/hooks'
import { type CategoryView, categoryViews } from '../category-views'
import { loadBuiltinTexts } from '../i18n/load-builtin-texts'
import { resolveTexts } from '../i18n/resolve-texts'
import { textHash } from '../text-hash'
import type { Texts, WidgetOptions } from '../types'
import { useConsentEngine } from './consent-context'

/** Texts in the chosen language (loaded on demand), reported to the engine once shown. */
export function useWidgetTexts(options: Pick<WidgetOptions, 'lang' | 'texts'>) {
  const consent = useConsentEngine()
  const [shown, setShown] = useState<{ locale: string; texts: Texts; categories: CategoryView[] }>()
  const key = JSON.stringify([options.lang, options.texts])
  useEffect(() => {
    let live = true
    resolveTexts(options, loadBuiltinTexts).then(({ locale, texts }) => {
      if (!live) return
      const categories = categoryViews(consent.categories, texts, locale)
      consent.setShownTexts({
        locale,
        textHash: textHash(locale, texts, categories, consent.policy?.url),
      })
      setShown({ locale, texts, categories })
    })
    return () => {
      live = false
    }
  }, [consent, key])
  return shown
}

/** `light` or `dark`: forced, or following `prefers-color-scheme` live. */
export function useTheme(theme: WidgetOptions['theme']): 'light' | 'dark' {
  const query = () =>
    typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null
  const [dark, setDark] = useState(() => query()?.matches === true)
  useEffect(() => {
    const q = query()
    const update = () => setDark(q?.matches === true)
    q?.addEventListener?.('change', update)
    return () => q?.removeEventListener?.('change', update)
  }, [])
  return theme === 'light' || theme === 'dark' ? theme : dark ? 'dark' : 'light'
}
