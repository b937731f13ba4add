import { isUrl } from './is-url.js'
import type { CategoryId } from './types.js'

/** Set on every element the gate has handled, so nothing runs twice. */
const ACTIVE = 'data-assent-on'

/** The running gate: `scan()` after each change, `stop()` to stop watching the document. */
export interface Gate {
  scan(): void
  stop(): void
}

/**
 * Activate `[data-assent]` elements whose categories are all granted: blocked
 * `<script type="text/plain">` (inline or `src`, in document order) and elements with
 * `data-src` (iframes…). Watches the document for elements added later.
 */
export function gateElements(granted: (ids: readonly CategoryId[]) => boolean): Gate {
  const queue: HTMLScriptElement[] = []
  let loading = 0
  const allowed = (el: Element): boolean => {
    const ids = el.getAttribute('data-assent')!.split(/\s+/).filter(Boolean)
    return ids.length > 0 && granted(ids)
  }

  // One script at a time in document order: `src` scripts are inserted with async=false, so
  // the browser runs them in insertion order; an inline script waits until those before it ran.
  const pump = (): void => {
    while (queue[0] && !(loading && !queue[0].hasAttribute('src'))) {
      const blocked = queue.shift()!
      // Withdrawn while it waited for the scripts before it: it stays blocked (a grant queues it again).
      if (!allowed(blocked)) {
        blocked.removeAttribute(ACTIVE)
        continue
      }
      const script = document.createElement('script')
      for (const { name, value } of Array.from(blocked.attributes)) {
        if (name !== 'type' && name !== 'data-type') script.setAttribute(name, value)
      }
      script.type = blocked.getAttribute('data-type') || 'text/javascript'
      // Browsers hide the nonce attribute's value once parsed: copy the property.
      if (blocked.nonce) script.nonce = blocked.nonce
      if (blocked.hasAttribute('src')) {
        if (!blocked.hasAttribute('async')) script.async = false
        loading++
        const done = (): void => {
          loading--
          pump()
        }
        script.addEventListener('load', done)
        script.addEventListener('error', done)
      } else {
        script.text = blocked.text
      }
      blocked.replaceWith(script)
    }
  }

  const scan = (): void => {
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-assent]'))) {
      const on = allowed(el)
      const active = el.hasAttribute(ACTIVE)
      if (el.tagName === 'SCRIPT') {
        if (on && !active && (el as HTMLScriptElement).type === 'text/plain') {
          el.setAttribute(ACTIVE, '')
          queue.push(el as HTMLScriptElement)
        }
      } else if (el.hasAttribute('data-src') && on !== active) {
        el.toggleAttribute(ACTIVE, on)
        const src = el.getAttribute('data-src')!
        // Sanitisers often keep data-* but clean src: a `javascript:` here must not become one.
        if (on && isUrl(src)) el.setAttribute('src', src)
        else if (on) console.error(`[assent] data-src not http(s): ${JSON.stringify(src)}`, el)
        // A script that ran cannot be undone, but an embed can be unloaded.
        else if (el.tagName === 'IFRAME') el.setAttribute('src', 'about:blank')
        else el.removeAttribute('src')
      }
    }
    pump()
  }

  const observer = new MutationObserver(scan)
  observer.observe(document.documentElement, { childList: true, subtree: true })
  scan()
  return { scan, stop: () => observer.disconnect() }
}
