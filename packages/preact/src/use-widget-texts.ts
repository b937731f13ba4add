import type { Consent } from '@assent/core'
import type { WidgetOptions } from '@assent/widget'
import { resolveWidgetTexts, type WidgetTexts, widgetTexts } from '@assent/widget/dialog'
import { useEffect, useLayoutEffect, useState } from 'preact/hooks'

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
    resolveWidgetTexts(options).then((resolved) => {
      if (live) setResult(widgetTexts(consent, resolved))
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
