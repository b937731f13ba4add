// window.assent (script-tag/assent-api.ts): on() with events that do not exist.
import { afterEach, expect, test, vi } from 'vitest'
import { createAssentApi } from '../script-tag/assent-api'

const make = () => createAssentApi({ onChange: () => () => {} } as never, {} as never)

afterEach(() => vi.restoreAllMocks())

test('on() with an unknown event reports it once and throws nothing, even for Object names', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  const { api } = make()
  for (const event of ['constructor', 'toString', '__proto__', 'changed']) {
    expect(() => api.on(event as never, () => {})()).not.toThrow()
  }
  expect(error).toHaveBeenCalledTimes(4)
  expect(error.mock.calls[0]![0]).toContain('"constructor"')
})

test('on() calls a listener of a known event', () => {
  const { api, emit } = make()
  const listener = vi.fn()
  const off = api.on('show', listener)
  emit('show', 'banner')
  off()
  emit('show', 'banner')
  expect(listener.mock.calls).toEqual([['banner']])
})
