import { expect, test } from 'vitest'
import { uuidV4 } from './uuid-v4.js'

test('makes distinct RFC 4122 version 4 ids', () => {
  const ids = new Set(Array.from({ length: 200 }, uuidV4))
  expect(ids.size).toBe(200)
  for (const id of ids)
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
})
