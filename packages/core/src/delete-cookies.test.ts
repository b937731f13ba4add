/**
 * @vitest-environment-options {"url": "http://www.shop.test/shop/cart/view.html"}
 */
import { afterEach, expect, test, vi } from 'vitest'
import { deleteCookies } from './delete-cookies.js'

afterEach(() => vi.restoreAllMocks())

/** Records every cookie write while still performing it. */
function recordWrites(): string[] {
  const writes: string[] = []
  let proto = Object.getPrototypeOf(document)
  while (!Object.getOwnPropertyDescriptor(proto, 'cookie')) proto = Object.getPrototypeOf(proto)
  const descriptor = Object.getOwnPropertyDescriptor(proto, 'cookie')!
  vi.spyOn(document, 'cookie', 'set').mockImplementation((value: string) => {
    writes.push(value)
    descriptor.set!.call(document, value)
  })
  return writes
}

test('deletes host-only, parent-domain and sub-path cookies by name and pattern', () => {
  document.cookie = '_ga=1; path=/'
  document.cookie = '_ga_AB12=1; path=/; domain=shop.test'
  document.cookie = '_gid=1; path=/shop'
  document.cookie = 'keep=1; path=/'
  deleteCookies(['_ga', '_ga_*', '_gid'])
  expect(document.cookie).toBe('keep=1')
  deleteCookies('keep')
  expect(document.cookie).toBe('')
})

test('tries every parent domain and every path prefix, with and without a trailing slash', () => {
  const writes = recordWrites()
  deleteCookies('_ga')
  const targets = writes.map((w) => {
    const path = /path=([^;]*)/.exec(w)![1]
    const domain = /domain=([^;]*)/.exec(w)?.[1] ?? 'host-only'
    return `${domain} ${path}`
  })
  for (const domain of ['host-only', 'www.shop.test', 'shop.test']) {
    for (const path of [
      '/',
      '/shop',
      '/shop/',
      '/shop/cart',
      '/shop/cart/',
      '/shop/cart/view.html',
    ]) {
      expect(targets).toContain(`${domain} ${path}`)
    }
  }
  expect(targets.some((t) => t.startsWith('test '))).toBe(false)
  expect(writes.every((w) => w.startsWith('_ga=;expires=Thu, 01 Jan 1970'))).toBe(true)
})

test('also tries the declared domain and path', () => {
  const writes = recordWrites()
  deleteCookies('IDE', { domain: 'ads.test', path: '/pixel' })
  expect(writes).toContain('IDE=;expires=Thu, 01 Jan 1970 00:00:00 GMT;path=/pixel;domain=ads.test')
})

test('a pattern only touches the cookies it matches', () => {
  document.cookie = '_pk_id.1.abcd=1; path=/'
  document.cookie = '_pk_ses.1.abcd=1; path=/'
  document.cookie = 'pk_keep=1; path=/'
  const writes = recordWrites()
  deleteCookies('_pk_*')
  expect(new Set(writes.map((w) => w.split('=')[0]))).toEqual(
    new Set(['_pk_id.1.abcd', '_pk_ses.1.abcd']),
  )
  expect(document.cookie).toBe('pk_keep=1')
  deleteCookies('pk_keep')
})
