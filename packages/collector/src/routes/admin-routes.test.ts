import { recordHash, sampleReceipt } from '@assent/receipt'
import { expect, test } from 'vitest'
import { ADMIN, postReceipt } from '../testing/post.js'
import { routeSuite, TEST_SITES } from '../testing/route-suite.js'

routeSuite('admin routes', (s) => {
  test.each([
    ['GET', '/v1/export'],
    ['GET', '/v1/stats'],
    ['GET', '/v1/erasures'],
    ['DELETE', '/v1/subjects/0f1e2d3c-4b5a-4987-8a6b-5c4d3e2f1a0b'],
  ])('%s %s needs the admin token', async (method, path) => {
    for (const authorization of [
      undefined,
      'Bearer wrong',
      'Basic dGVzdA==',
      'Bearer test-admin-token-x',
    ]) {
      const res = await s.app.request(path, {
        method,
        headers: authorization ? { authorization } : {},
      })
      expect(res.status).toBe(401)
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
    }
  })

  test('exports CSV with a column per category and formula-safe cells', async () => {
    await postReceipt(
      s.app,
      sampleReceipt({
        policy: { version: '=cmd|calc', url: 'https://demo.example/p' },
        choices: { essential: true, analytics: true, video: false } as never,
      }),
    )
    await postReceipt(s.app, sampleReceipt({ siteId: 'blog' }))
    const res = await s.app.request('/v1/export?format=csv&site=demo', { headers: ADMIN })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="assent-receipts-demo-.*\.csv"/,
    )
    const [header, row, end] = (await res.text()).split('\r\n')
    expect(header?.split(',').slice(-3)).toEqual([
      'choice_essential',
      'choice_analytics',
      'choice_video',
    ])
    expect(row).toContain(`"'=cmd|calc"`)
    expect(row?.split(',').slice(-3)).toEqual(['true', 'true', 'false'])
    expect(end).toBe('')
  })

  test('exports NDJSON records whose hashes verify, filtered by time and action', async () => {
    const keep = sampleReceipt({ action: 'reject-all' })
    await postReceipt(s.app, keep)
    await postReceipt(s.app, sampleReceipt({ action: 'accept-all' }))
    const res = await s.app.request('/v1/export?format=ndjson&action=reject-all&from=2000-01-01', {
      headers: ADMIN,
    })
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => l.receipt.receiptId)).toEqual([keep.receiptId])
    const { hash, ...rest } = lines[0]
    expect(await recordHash(rest)).toBe(hash)
    const none = await s.app.request('/v1/export?format=ndjson&to=2000-01-01', { headers: ADMIN })
    expect(await none.text()).toBe('')
  })

  test('exports Kantara v1.1 receipts with the site controller', async () => {
    const kantara = {
      jurisdiction: 'HK',
      controller: {
        piiController: 'Demo Hosting Ltd',
        contact: 'DPO',
        address: { country: 'HK' },
        email: 'dpo@demo.example',
        phone: '+852 0000 0000',
      },
    }
    const withController = s.make({
      sites: [{ ...TEST_SITES[0], kantara } as (typeof TEST_SITES)[0]],
    })
    const receipt = sampleReceipt()
    await postReceipt(withController, receipt)
    const line = JSON.parse(
      await (await withController.request('/v1/export?format=kantara', { headers: ADMIN })).text(),
    )
    expect(line).toMatchObject({
      version: 'KI-CR-v1.1.0',
      jurisdiction: 'HK',
      consentReceiptID: receipt.receiptId,
      piiControllers: [{ piiController: 'Demo Hosting Ltd' }],
    })
  })

  test.each([
    ['format=xml', 'format'],
    ['from=yesterday', 'from'],
    ['to=2026-13-01', 'to'],
    ['action=maybe', 'action'],
    ['site=has%20space', 'site'],
    ['from=2026-02-01&to=2026-01-01', 'to'],
  ])('refuses export query %s naming %s', async (query, field) => {
    const res = await s.app.request(`/v1/export?${query}`, { headers: ADMIN })
    expect(res.status).toBe(400)
    expect((await res.json()).field).toBe(field)
  })

  test('exports everything with to=9999-12-31, and refuses a bound beyond year 9999', async () => {
    const receipt = sampleReceipt()
    await postReceipt(s.app, receipt)
    for (const format of ['ndjson', 'csv']) {
      const res = await s.app.request(`/v1/export?format=${format}&to=9999-12-31`, {
        headers: ADMIN,
      })
      expect(res.status).toBe(200)
      expect(await res.text()).toContain(receipt.receiptId)
    }
    const stats = await s.app.request('/v1/stats?to=9999-12-31', { headers: ADMIN })
    expect((await stats.json()).days).toHaveLength(1)
    for (const path of [
      '/v1/export?to=9999-12-31T23:00:00-05:00',
      '/v1/stats?from=9999-12-31T23:30-01:00',
    ]) {
      const res = await s.app.request(path, { headers: ADMIN })
      expect(res.status).toBe(400)
      expect((await res.json()).message).toMatch(/year 9999/)
    }
  })

  test('erases and reads a subject given in uppercase: ids are stored lowercase', async () => {
    const subjectId = sampleReceipt().subjectId
    await postReceipt(s.app, sampleReceipt({ subjectId }))
    const upper = subjectId.toUpperCase()
    const history = await (await s.app.request(`/v1/subjects/${upper}/receipts`)).json()
    expect(history.receipts).toHaveLength(1)
    const res = await s.app.request(`/v1/subjects/${upper}`, { method: 'DELETE', headers: ADMIN })
    expect(await res.json()).toMatchObject({ subjectId, erased: 1 })
    expect(await s.store.count()).toBe(0)
  })

  test('erases a subject, logs it, and keeps others', async () => {
    const subjectId = sampleReceipt().subjectId
    await postReceipt(s.app, sampleReceipt({ subjectId }))
    await postReceipt(s.app, sampleReceipt({ subjectId }))
    const other = sampleReceipt()
    await postReceipt(s.app, other)
    const res = await s.app.request(`/v1/subjects/${subjectId}?reason=art17`, {
      method: 'DELETE',
      headers: ADMIN,
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ subjectId, erased: 2 })
    expect(
      (await (await s.app.request(`/v1/subjects/${subjectId}/receipts`)).json()).receipts,
    ).toEqual([])
    expect((await s.app.request(`/v1/receipts/${other.receiptId}`)).status).toBe(200)
    const log = await (await s.app.request('/v1/erasures', { headers: ADMIN })).json()
    expect(log.erasures).toEqual([
      expect.objectContaining({ kind: 'subject', receipts: 2, reason: 'art17' }),
    ])
    expect(
      (await s.app.request('/v1/subjects/nope', { method: 'DELETE', headers: ADMIN })).status,
    ).toBe(400)
  })

  test('reports counts and opt-in rates per day and category', async () => {
    await postReceipt(
      s.app,
      sampleReceipt({
        action: 'accept-all',
        choices: { essential: true, analytics: true } as never,
      }),
    )
    await postReceipt(
      s.app,
      sampleReceipt({
        action: 'reject-all',
        choices: { essential: true, analytics: false } as never,
      }),
    )
    const res = await s.app.request('/v1/stats?site=demo', { headers: ADMIN })
    expect(res.status).toBe(200)
    const { days, site } = await res.json()
    expect(site).toBe('demo')
    expect(days).toHaveLength(1)
    expect(days[0]).toMatchObject({
      receipts: 2,
      actions: { 'accept-all': 1, 'reject-all': 1 },
      categories: { analytics: { total: 2, granted: 1, optInRate: 0.5 } },
    })
    expect((await s.app.request('/v1/stats?from=bad', { headers: ADMIN })).status).toBe(400)
  })
})
