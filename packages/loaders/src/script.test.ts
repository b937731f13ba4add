import { beforeEach, expect, test, vi } from 'vitest'
import { script } from './script.js'
import { drive, resetPage, scripts, state } from './test-driver.js'

beforeEach(resetPage)

test('requests the script only once its category is granted', () => {
  const page = drive(script({ src: 'https://cdn.shop.test/chat.js', category: 'preference' }))
  expect(scripts()).toEqual([])
  page.decide(state({ analytics: true }))
  expect(scripts()).toEqual([])
  page.decide(state({ preference: true }))
  page.decide(state({ preference: true, analytics: true }))
  expect(scripts()).toEqual(['https://cdn.shop.test/chat.js'])
})

test('loads at once for a stored grant, with the given attributes', () => {
  drive(
    script({ src: '/x.js', category: 'analytics', attributes: { 'data-domain': 'shop.test' } }),
    state({ analytics: true }),
  )
  const el = document.querySelector('script')
  expect(el?.getAttribute('data-domain')).toBe('shop.test')
  expect(el?.async).toBe(true)
})

test('reports missing options and stays off', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  expect(script({ src: '', category: 'analytics' }).categories).toEqual([])
  expect(error).toHaveBeenCalledTimes(1)
  error.mockRestore()
})
