// The recipe in docs/custom-integrations.md, run against the real engine: keep them in step.
import { testConsent } from '@assent/core'
import { beforeEach, expect, test, vi } from 'vitest'
import type { Integration, IntegrationContext } from './index.js'
import { resetPage, scripts } from './test-page.js'

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
  const { consent } = testConsent({ integrations: [chatWidget({ accountId: 'shop 1' })] })
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
  const integrations = [chatWidget({ accountId: 'a' })]
  testConsent({ integrations, decided: { preference: true } })
  expect(scripts()).toHaveLength(1)
})

// The examples of docs/core.md, "Testing your integration", as written there.
test('the chat loads only with preference consent, and the receipt says so', async () => {
  const { consent, receipts, flush } = testConsent({
    categories: ['analytics', 'preference', 'marketing'],
    integrations: [chatWidget({ accountId: 'shop' })],
  })
  consent.decide({ analytics: true })
  expect(document.querySelector('script[src*="chat"]')).toBeNull()
  consent.decide({ preference: true })
  expect(document.querySelector('script[src*="chat"]')).not.toBeNull()
  await flush()
  expect(receipts.map((r) => r.action)).toEqual(['custom', 'custom'])
})

test('a visitor in California with GPC gets opt-out, marketing off', () => {
  const { consent } = testConsent(
    {
      categories: ['analytics', 'marketing'],
      jurisdictions: { EU: 'opt-in', 'US-OPT-OUT': 'opt-out', default: 'opt-in' },
      region: 'US-CA',
    },
    { gpc: true },
  )
  expect(consent.$jurisdiction.get().model).toBe('opt-out')
  expect(consent.isGranted('analytics')).toBe(true)
  expect(consent.isGranted('marketing')).toBe(false)
})
