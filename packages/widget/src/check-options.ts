import type { Layout, Position, WidgetOptions } from './types'

/** Widget options with defaults filled in and bad values replaced. */
export interface CheckedOptions extends WidgetOptions {
  layout: Layout
  position: Position
  theme: 'auto' | 'light' | 'dark'
  floatingButton: boolean | 'auto'
  autoShow: boolean
}

const LAYOUTS = ['bar', 'box', 'modal']
const POSITIONS = ['top', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right']
const THEMES = ['auto', 'light', 'dark']

/**
 * Validates the options once. A wrong value gets one console.error naming the field and its
 * default instead; the widget always renders.
 */
export function checkOptions(options: WidgetOptions | undefined): CheckedOptions {
  const o = (options && typeof options === 'object' ? options : {}) as WidgetOptions
  // Reads `field` from the options: its value when allowed, else the fallback (with an error).
  const pick = <T>(field: keyof WidgetOptions, allowed: readonly unknown[], fallback: T): T => {
    const value = o[field]
    if (value === undefined) return fallback
    if (allowed.includes(value)) return value as T
    console.error(`Assent: ui.${field} must be one of ${allowed.join(', ')}; using ${fallback}.`)
    return fallback
  }
  const layout = pick<Layout>('layout', LAYOUTS, 'box')
  // Any other value is skipped when the language is chosen (chooseLanguage).
  if (o.lang !== undefined && typeof o.lang !== 'string') {
    console.error('Assent: ui.lang must be one language tag.')
  }
  return {
    ...o,
    layout,
    position: pick<Position>('position', POSITIONS, layout === 'bar' ? 'bottom' : 'bottom-right'),
    theme: pick('theme', THEMES, 'auto'),
    floatingButton: pick('floatingButton', [true, false, 'auto'], 'auto'),
    autoShow: pick('autoShow', [true, false], true),
  }
}
