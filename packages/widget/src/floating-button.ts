import { injectStyles } from './dom/inject-styles'
import css from './floating-button.css?inline'
import { settingsLabel } from './i18n/settings-label'
import type { WidgetOptions } from './types'

// A cookie: a circle with a bite, and three crumbs (zero-length strokes with round caps).
const ICON =
  '<svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"><path d="M21 12.5A9 9 0 1 1 11.5 3a3 3 0 0 0 4 3.5 3 3 0 0 0 5.5 6z"/><path d="M8.5 10h0M14 15h0M8.5 16h0" stroke-width="4.2" stroke-linecap="round"/></svg>'

/** What draws the floating button (`floatingButton`). */
export type FloatingButton = typeof floatingButton

/**
 * The small round button that reopens the preferences once a choice is made, named in the
 * page's language (`settings`). It needs no views and no language file, so a returning
 * visitor on a page without a settings link downloads no assent-ui.js until it is clicked;
 * the script tag loads it from assent-button.js (1.3 KB) the first time the button is wanted.
 * Its styles go into `root` before it (floating-button.css).
 */
export function floatingButton(
  root: ShadowRoot,
  options: WidgetOptions,
  onClick: () => void,
): HTMLButtonElement {
  const [lang, label] = settingsLabel(options)
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'a-fab'
  button.lang = lang
  button.title = label
  button.dataset.theme = `${options.theme}`
  button.setAttribute('part', 'floating-button')
  button.setAttribute('aria-label', label)
  button.innerHTML = ICON
  button.onclick = onClick
  injectStyles(root, css, options)
  return button
}
