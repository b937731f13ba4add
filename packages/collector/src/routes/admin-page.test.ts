import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Hono } from 'hono'
import { describe, expect, test } from 'vitest'
import { ADMIN_PAGE_CSP, registerAdminPage } from './admin-page.js'

function appWith(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'assent-admin-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  const app = new Hono()
  registerAdminPage(app, [join(dir, 'missing'), dir])
  return app
}

describe('registerAdminPage', () => {
  test('serves the page at /admin/ under a strict CSP', async () => {
    const app = appWith({ 'index.html': '<!doctype html><title>Receipts</title>' })
    const res = await app.request('/admin/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('content-security-policy')).toBe(ADMIN_PAGE_CSP)
    // Even mounted on an app of its own: the page's files are never sniffed.
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(ADMIN_PAGE_CSP).not.toContain('unsafe')
    expect(await res.text()).toContain('<title>Receipts</title>')
  })

  test('redirects /admin to /admin/ so relative asset paths resolve', async () => {
    const res = await appWith({}).request('/admin')
    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe('/admin/')
  })

  test('serves the script and stylesheet with their types', async () => {
    const app = appWith({ 'admin.js': 'console.log(1)', 'admin.css': 'body{}' })
    expect((await app.request('/admin/admin.js')).headers.get('content-type')).toMatch(/javascript/)
    expect((await app.request('/admin/admin.css')).headers.get('content-type')).toMatch(/css/)
  })

  test('serves no other file, and says how to build when the page is missing', async () => {
    const app = appWith({ 'secret.txt': 'no' })
    expect((await app.request('/admin/secret.txt')).status).toBe(404)
    expect((await app.request('/admin/..%2Fsecret.txt')).status).toBe(404)
    const missing = await app.request('/admin/admin.js')
    expect(missing.status).toBe(404)
    expect((await missing.json()).message).toMatch(/pnpm --filter @assent\/collector build/)
  })
})
