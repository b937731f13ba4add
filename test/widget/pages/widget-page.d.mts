// Types of widget-page.mjs, for the engine suite.
export const SHOP_CATEGORIES: unknown[]
export const SHOP_CATEGORIES_WITH_ADS: unknown[]
export const SHOP_JURISDICTIONS: Record<string, unknown>

export interface WidgetPageOptions {
  title: string
  lang?: string | null
  ui?: Record<string, unknown>
  config?: Record<string, unknown> | null
  head?: string[]
  body?: string
  load?: 'defer' | 'async' | 'end-of-body'
  attributes?: Record<string, string>
  settingsLink?: boolean
}

export function widgetPage(options: WidgetPageOptions): string
export function regionsPage(url: URL): string
export const WIDGET_PAGES: Record<string, WidgetPageOptions | ((url: URL) => string)>
