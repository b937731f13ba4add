import { afterEach, expect, test, vi } from 'vitest'
import { adminFetch, lockoutMessage, TooManyFailures, Unauthorized } from './api'

afterEach(() => vi.unstubAllGlobals())

const answer = (status: number, headers: Record<string, string> = {}) =>
  vi.stubGlobal('fetch', () => Promise.resolve(new Response('{}', { status, headers })))

test('adminFetch sends the token back to the form on 401', async () => {
  answer(401)
  await expect(adminFetch('/v1/stats', 'wrong')).rejects.toBeInstanceOf(Unauthorized)
})

test('adminFetch says when to retry after too many failed sign-ins', async () => {
  answer(429, { 'retry-after': '840' })
  const refused = adminFetch('/v1/stats', 'token')
  await expect(refused).rejects.toBeInstanceOf(TooManyFailures)
  await expect(refused).rejects.toThrow('Too many failed sign-ins, try again in 14 minutes.')
})

test('lockoutMessage rounds up to whole minutes, one at least', () => {
  expect(lockoutMessage('900')).toBe('Too many failed sign-ins, try again in 15 minutes.')
  expect(lockoutMessage('61')).toBe('Too many failed sign-ins, try again in 2 minutes.')
  expect(lockoutMessage('30')).toBe('Too many failed sign-ins, try again in 1 minute.')
  expect(lockoutMessage(null)).toBe('Too many failed sign-ins, try again in 1 minute.')
})
