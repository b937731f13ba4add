import { serve } from '@hono/node-server'
import { Hono } from 'hono'

const mode = process.argv[2]
const app = new Hono()
app.post('/v1/receipts', async (c) => {
  let text
  if (mode === 'raw') {
    const inc = c.env.incoming
    const chunks = []
    await new Promise((r) => {
      inc.on('data', (d) => chunks.push(d))
      inc.on('end', r)
    })
    text = Buffer.concat(chunks).toString()
  } else text = await c.req.text()
  const o = JSON.parse(text)
  return c.json({ receiptId: o.receiptId, receivedAt: new Date().toISOString() }, 201)
})
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (i) =>
  console.log(`listening on http://127.0.0.1:${i.port}`),
)
