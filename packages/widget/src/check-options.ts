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
  const pick = <T>(field: string, value: unknown, allowed: readonly unknown[], fallback: T): T => {
    if (value === undefined) return fallback
    if (allowed.includes(value)) return value as T
    console.error(`Assent: ui.${field} must be one of ${allowed.join(', ')}; using ${fallback}.`)
    return fallback
  }
  const layout = pick<Layout>('layout', o.layout, LAYOUTS, 'box')
  const defaultPosition = layout === 'bar' ? 'bottom' : 'bottom-right'
  return {
    ...o,
    layout,
    position: pick<Position>('position', o.position, POSITIONS, defaultPosition),
    theme: pick('theme', o.theme, THEMES, 'auto'),
    floatingButton: pick('floatingButton', o.floatingButton, [true, false, 'auto'], 'auto'),
    autoShow: pick('autoShow', o.autoShow, [true, false], true),
  }
}
