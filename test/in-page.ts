// Functions that run inside a page (Playwright's page.evaluate, the engine suite's
// driver.evaluate): they refer to nothing outside themselves, since they are serialised.

/** The focused element, looking into shadow roots: its accessible-ish name. */
export function focusedName(): string | null {
  let el = document.activeElement
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
  if (!el) return null
  const root = el.getRootNode() as Document | ShadowRoot
  const labelledBy = el.getAttribute('aria-labelledby')
  const byId = labelledBy && root.getElementById?.(labelledBy)?.textContent
  return el.getAttribute('aria-label') || byId || el.textContent?.trim() || el.id || el.tagName
}
