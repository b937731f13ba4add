// The recipe in docs/custom-integrations.md, run against the real engine: keep them in step.
import { createConsent, memoryStorage } from '@assent/core'
import { beforeEach, expect, test, vi } from 'vitest'
import type { Integration, IntegrationContext } from './index.js'
import { resetPage, scripts } from './test-driver.js'

// --- recipe start ---
/** A chat widget that may only run, and set its `chat_*` cookies, with preference consent. */
export function chatWidget(options: { accountId: string }): Integration {
  let loaded = false
  const load = (ctx: IntegrationContext) => {
    if (loaded || ctx.granted.length === 0) return
    loaded = true
    const el = document.createElement('script')
    el.async = true
    el.src = `https://chat.example.com/widget.js?account=${encodeURIComponent(options.accountId)}`
    document.head.appendChild(el)
  }
  return {
    name: 'chat',
    categories: ['preference'],
    cookies: ['chat_*'], // deleted by the engine right after `revoke`
    setup: load, // a stored grant: load on this page straight away
    update: load, // a grant later in the page
    revoke() {
      // Stop the live widget first, so it does not write its cookies again.
      ;(window as { Chat?: { shutdown(): void } }).Chat?.shutdown()
    },
  }
}
// --- recipe end ---

const chat = { shutdown: vi.fn() }
beforeEach(() => {
  resetPage()
  ;(window as { Chat?: unknown }).Chat = chat
  chat.shutdown.mockClear()
})

test('loads the widget only once preference is granted, and stops it on withdrawal', () => {
  const consent = createConsent({
    storage: memoryStorage(),
    readSignals: () => ({ gpc: false, dnt: false }),
    integrations: [chatWidget({ accountId: 'shop 1' })],
  })
  expect(scripts()).toEqual([])
  consent.decide({ analytics: true })
  expect(scripts()).toEqual([])
  consent.decide({ preference: true })
  expect(scripts()).toEqual(['https://chat.example.com/widget.js?account=shop%201'])
  consent.decide({ preference: false })
  expect(chat.shutdown).toHaveBeenCalledTimes(1)
  consent.decide({ preference: true })
  expect(scripts()).toHaveLength(1)
})

test('loads at once on a page where preference was granted before', () => {
  const storage = memoryStorage()
  const options = { storage, readSignals: () => ({ gpc: false, dnt: false }) }
  createConsent({ ...options, integrations: [chatWidget({ accountId: 'a' })] }).acceptAll()
  resetPage()
  createConsent({ ...options, integrations: [chatWidget({ accountId: 'a' })] })
  expect(scripts()).toHaveLength(1)
})
