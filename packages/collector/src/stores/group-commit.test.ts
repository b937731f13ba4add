import { expect, test } from 'vitest'
import { GroupCommit } from './group-commit.js'

test('commits concurrent submissions together and answers each after its commit', async () => {
  const batches: number[][] = []
  const group = new GroupCommit<number, number>((items) => {
    batches.push(items)
    return items.map((n) => n * 2)
  })
  const results = await Promise.all([1, 2, 3].map((n) => group.submit(n)))
  expect(results).toEqual([2, 4, 6])
  expect(batches).toEqual([[1, 2, 3]])
})

test('queues submissions made during a commit for the next one', async () => {
  const batches: number[][] = []
  let release: () => void = () => {}
  const group = new GroupCommit<number, number>(async (items) => {
    batches.push(items)
    if (batches.length === 1)
      await new Promise<void>((r) => {
        release = r
      })
    return items
  })
  const first = group.submit(1)
  await new Promise((r) => setImmediate(r))
  const later = [group.submit(2), group.submit(3)]
  release()
  await Promise.all([first, ...later])
  expect(batches).toEqual([[1], [2, 3]])
})

test('rejects every submission of a failed commit and keeps working', async () => {
  let fail = true
  const group = new GroupCommit<number, number>((items) => {
    if (fail) throw new Error('disk full')
    return items
  })
  await expect(Promise.all([group.submit(1), group.submit(2)])).rejects.toThrow('disk full')
  fail = false
  await expect(group.submit(3)).resolves.toBe(3)
  await expect(group.drain()).resolves.toBeUndefined()
})

test('splits batches at maxBatch', async () => {
  const sizes: number[] = []
  const group = new GroupCommit<number, number>(
    (items) => {
      sizes.push(items.length)
      return items
    },
    { maxBatch: 2 },
  )
  await Promise.all([1, 2, 3, 4, 5].map((n) => group.submit(n)))
  expect(sizes).toEqual([2, 2, 1])
})

test('waits delayMs for more items only once batches are concurrent', async () => {
  const sizes: number[] = []
  const group = new GroupCommit<number, number>(
    (items) => {
      sizes.push(items.length)
      return items
    },
    { delayMs: 200 },
  )
  const started = performance.now()
  await group.submit(1)
  expect(performance.now() - started).toBeLessThan(100) // a lone writer is not delayed
  await Promise.all([group.submit(2), group.submit(3)])
  const late = group.submit(4)
  setTimeout(() => void group.submit(5), 5)
  await late
  expect(sizes).toEqual([1, 2, 2])
})
