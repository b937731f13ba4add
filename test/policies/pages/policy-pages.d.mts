// Types of policy-pages.mjs.
import type { WidgetPageOptions } from '../../widget/pages/widget-page.mjs'

export const JURISDICTIONS: Record<string, string>
export const POLICY_PAGES: Record<string, (query: URLSearchParams) => WidgetPageOptions>
