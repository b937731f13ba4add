import { beforeEach, expect, test, vi } from 'vitest'
import { script } from './script.js'
import { resetPage, scripts, testPage } from './test-page.js'

beforeEach(resetPage)

test('requests the script only once its category is granted', () => {
  const consent = testPage(script({ src: 'https://cdn.shop.test/chat.js', category: 'preference' }))
  expect(scripts()).toEqual([])
  consent.decide({ analytics: true })
  expect(scripts()).toEqual([])
  consent.decide({ preference: true })
  consent.decide({ marketing: true })
  expect(scripts()).toEqual(['https://cdn.shop.test/chat.js'])
})

test('loads at once for a stored grant, with its attributes set before insertion', () => {
  const realAppend = document.head.appendChild.bind(document.head)
  let atInsertion: string | null = null
  const append = vi
    .spyOn(document.head, 'appendChild')
    .mockImplementation(<T extends Node>(node: T) => {
      atInsertion = (node as unknown as Element).getAttribute('integrity')
      return realAppend(node)
    })
  testPage(script({ src: '/x.js', category: 'analytics', attributes: { integrity: 'sha384-x' } }), {
    analytics: true,
  })
  append.mockRestore()
  expect(atInsertion).toBe('sha384-x')
  expect(document.querySelector('script')?.async).toBe(true)
})

test('reports missing options and stays off', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  expect(script({ src: '', category: 'analytics' }).categories).toEqual([])
  expect(error).toHaveBeenCalledTimes(1)
  error.mockRestore()
})
