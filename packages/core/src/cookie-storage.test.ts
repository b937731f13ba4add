import { afterEach, expect, test, vi } from 'vitest'
import { cookieStorage } from './cookie-storage.js'

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
  cookieStorage().clear()
  cookieStorage({ name: 'c' }).clear()
})

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

test('writes a Lax, Path=/ cookie named assent that expires with the decision, mirrored to localStorage', () => {
  const writes = recordWrites()
  const expires = new Date(Math.floor(Date.now() / 1e3) * 1e3 + 864e5)
  cookieStorage().write('1.abc', expires)
  expect(writes).toEqual([`assent=1.abc; path=/; sameSite=Lax; expires=${expires.toUTCString()}`])
  expect(document.cookie).toContain('assent=1.abc')
  expect(localStorage.getItem('assent')).toBe('1.abc')
  expect(cookieStorage().read()).toBe('1.abc')
})

test('uses the configured name, domain, path, SameSite and Secure', () => {
  const writes = recordWrites()
  cookieStorage({
    name: 'c',
    domain: 'shop.test',
    path: '/app',
    sameSite: 'Strict',
    secure: true,
  }).write('v', new Date(0))
  expect(writes[0]).toMatch(/^c=v; path=\/app; domain=shop.test; sameSite=Strict; secure; expires=/)
})

test('SameSite=None is always Secure', () => {
  const writes = recordWrites()
  cookieStorage({ sameSite: 'None' }).write('v', new Date(0))
  // Even against `secure: false`: the browser would refuse the cookie, and no decision is kept.
  cookieStorage({ sameSite: 'None', secure: false }).write('v', new Date(0))
  expect(writes[0]).toContain('; secure')
  expect(writes[1]).toContain('; secure')
})

test('reads the localStorage mirror when the cookie is missing', () => {
  localStorage.setItem('assent', '1.mirror')
  expect(cookieStorage().read()).toBe('1.mirror')
})

test('reads null when nothing is stored, and survives a throwing localStorage', () => {
  expect(cookieStorage().read()).toBeNull()
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new Error('SecurityError')
  })
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new Error('QuotaExceeded')
  })
  const storage = cookieStorage()
  expect(() => storage.write('1.x', new Date(Date.now() + 1e6))).not.toThrow()
  expect(storage.read()).toBe('1.x')
})

test('clear() forgets both copies', () => {
  const storage = cookieStorage()
  storage.write('1.x', new Date(Date.now() + 1e6))
  storage.clear()
  expect(storage.read()).toBeNull()
})

test('reads only its own cookie, not one whose name merely starts the same', () => {
  document.cookie = 'assentx=1.other; path=/'
  document.cookie = 'my_assent=1.other; path=/'
  expect(cookieStorage().read()).toBeNull()
  cookieStorage().write('1.mine', new Date(Date.now() + 1e6))
  expect(cookieStorage().read()).toBe('1.mine')
  document.cookie = 'assentx=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
  document.cookie = 'my_assent=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
})
