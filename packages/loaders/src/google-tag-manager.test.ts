import { beforeEach, expect, test, vi } from 'vitest'
import { googleTagManager } from './google-tag-manager.js'
import { dataLayer, resetPage, scripts, testPage } from './test-page.js'

const GTM = 'https://www.googletagmanager.com/gtm.js?id=GTM-TEST'
const kinds = () =>
  dataLayer().map((e) =>
    Array.isArray(e)
      ? `${e[0]} ${typeof e[1] === 'string' ? e[1] : ''}`
      : (e as { event: string }).event,
  )

beforeEach(resetPage)

test('in basic mode loads no container before a choice', () => {
  testPage(googleTagManager({ containerId: 'GTM-TEST' }))
  expect(scripts()).toEqual([])
  expect(kinds()).toEqual(['consent default', 'set ads_data_redaction', 'set url_passthrough'])
})

test('on grant pushes the update, then gtm.start, then loads the container', () => {
  testPage(googleTagManager({ containerId: 'GTM-TEST' })).decide({ analytics: true })
  expect(kinds().slice(3)).toEqual(['consent update', 'gtm.js'])
  const start = dataLayer().at(-1) as Record<string, unknown>
  expect(typeof start['gtm.start']).toBe('number')
  expect(scripts()).toEqual([GTM])
})

test('restores the stored decision before the container starts', () => {
  testPage(googleTagManager({ containerId: 'GTM-TEST' }), { marketing: true })
  expect(kinds().slice(3)).toEqual(['consent update', 'gtm.js'])
  expect(scripts()).toEqual([GTM])
})

test('in advanced mode loads the container at once with denied defaults', () => {
  testPage(googleTagManager({ containerId: 'GTM-TEST', mode: 'advanced' }))
  expect(kinds()[0]).toBe('consent default')
  expect(kinds().at(-1)).toBe('gtm.js')
  expect(scripts()).toEqual([GTM])
})

test('declares the Google cookies for deletion on withdrawal', () => {
  const integration = googleTagManager({ containerId: 'GTM-TEST' })
  expect(integration.name).toBe('google-tag-manager')
  expect(integration.cookies).toMatchObject({ marketing: ['_gcl_*', '_gac_*'] })
})

test('reports a missing container id once and stays off', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  expect(googleTagManager({ containerId: '' }).categories).toEqual([])
  expect(error).toHaveBeenCalledTimes(1)
  error.mockRestore()
})

test('encodes the container id in the gtm.js URL, so it cannot add parameters', () => {
  testPage(googleTagManager({ containerId: 'GTM-X&l=otherLayer' }), { analytics: true })
  expect(scripts()).toEqual(['https://www.googletagmanager.com/gtm.js?id=GTM-X%26l%3DotherLayer'])
})
