import type { Target } from './driver.js'

/**
 * Runs in the page (serialised by the driver, so it refers to nothing outside itself): the
 * first rendered element matching `target` in the document or in any open shadow root.
 */
export function findTarget(target: Target): Element | null {
  const nameOf = (el: Element): string => {
    const root = el.getRootNode() as Document | ShadowRoot
    const labelledBy = el.getAttribute('aria-labelledby')
    const byId = labelledBy ? root.getElementById?.(labelledBy)?.textContent : null
    return (el.getAttribute('aria-label') || byId || el.textContent || '').trim()
  }
  const roots: Array<Document | ShadowRoot> = [document]
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot)
  }
  for (const root of roots) {
    for (const el of root.querySelectorAll(target.css)) {
      if (target.name !== undefined && nameOf(el) !== target.name) continue
      if (el.getClientRects().length > 0) return el
    }
  }
  return null
}

export const describeTarget = (target: Target) =>
  target.name === undefined ? target.css : `${target.css} named "${target.name}"`
