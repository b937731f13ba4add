import { expect, test } from 'vitest'
import { readNdjsonTail, splitLines } from './ndjson'

test('splitLines keeps an unfinished line for the next chunk', () => {
  expect(splitLines('', '{"a":1}\n{"b"')).toEqual({ lines: ['{"a":1}'], rest: '{"b"' })
  expect(splitLines('{"b"', ':2}\n\n')).toEqual({ lines: ['{"b":2}'], rest: '' })
})

test('readNdjsonTail keeps only the last values of a stream cut mid-line', async () => {
  const text = Array.from({ length: 10 }, (_, i) => JSON.stringify({ i })).join('\n')
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < text.length; at += 7)
        controller.enqueue(encoder.encode(text.slice(at, at + 7)))
      controller.close()
    },
  })
  expect(await readNdjsonTail(new Response(body), 3)).toEqual([{ i: 7 }, { i: 8 }, { i: 9 }])
})
