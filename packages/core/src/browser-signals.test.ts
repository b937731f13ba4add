import { afterEach, expect, test } from 'vitest'
import { browserSignals } from './browser-signals.js'

const keys = ['globalPrivacyControl', 'doNotTrack', 'msDoNotTrack'] as const
afterEach(() => {
  for (const key of keys) Reflect.deleteProperty(navigator, key)
  Reflect.deleteProperty(window, 'doNotTrack')
})

const set = (target: object, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, configurable: true })

test('reads GPC only when it is exactly true', () => {
  expect(browserSignals().gpc).toBe(false)
  set(navigator, 'globalPrivacyControl', 'true')
  expect(browserSignals().gpc).toBe(false)
  set(navigator, 'globalPrivacyControl', true)
  expect(browserSignals()).toEqual({ gpc: true, dnt: false })
})

test.each([
  ['navigator.doNotTrack', navigator, 'doNotTrack'],
  ['window.doNotTrack', window, 'doNotTrack'],
  ['navigator.msDoNotTrack', navigator, 'msDoNotTrack'],
] as const)('reads DNT from %s', (_name, target, key) => {
  for (const [value, on] of [
    ['1', true],
    ['yes', true],
    [1, true],
    [true, true],
    ['0', false],
    ['no', false],
    ['unspecified', false],
    [null, false],
  ] as const) {
    set(target, key, value)
    expect(browserSignals().dnt).toBe(on)
  }
})
