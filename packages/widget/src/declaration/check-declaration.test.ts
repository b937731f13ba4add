import type { CategoryOptions } from '@assent/core'
import { afterEach, expect, test, vi } from 'vitest'
import { checkDeclaration, reportDeclaration } from './check-declaration'

afterEach(() => vi.restoreAllMocks())

const ga = {
  id: 'ga',
  name: 'Google Analytics',
  provider: 'Google Ireland Ltd',
  purpose: { en: 'Measures use', de: 'Misst die Nutzung' },
  policyUrl: 'https://policies.google.com/privacy',
  cookies: ['_gid', { name: '_ga', lifetime: 730 }, { name: '_ga_*', lifetime: '2 years' }],
}
const withGa = (patch: Record<string, unknown>, cookie?: Record<string, unknown>) =>
  [
    'essential',
    {
      id: 'analytics',
      services: [
        { ...ga, ...(cookie && { cookies: [...ga.cookies, { name: 'x', ...cookie }] }), ...patch },
      ],
    },
  ] as unknown as CategoryOptions[]

test('accepts old and new configs: names, patterns, text lifetimes, days and "session"', () => {
  expect(checkDeclaration(undefined)).toBeUndefined()
  expect(checkDeclaration(['analytics', 'preference'])).toBeUndefined()
  expect(checkDeclaration(withGa({}))).toBeUndefined()
  expect(checkDeclaration(withGa({}, { lifetime: 'session' }))).toBeUndefined()
  expect(checkDeclaration(withGa({}, { lifetime: 0.5, purpose: 'Counts' }))).toBeUndefined()
  expect(checkDeclaration(withGa({ policyUrl: '/privacy#google' }))).toBeUndefined()
})

test('names the first field a declaration cannot show truthfully', () => {
  const at = 'categories.analytics.services.ga'
  expect(checkDeclaration(withGa({}, { lifetime: -1 }))).toBe(`${at}.cookies.x.lifetime`)
  expect(checkDeclaration(withGa({}, { lifetime: 0 }))).toBe(`${at}.cookies.x.lifetime`)
  expect(checkDeclaration(withGa({}, { lifetime: Number.NaN }))).toBe(`${at}.cookies.x.lifetime`)
  expect(checkDeclaration(withGa({}, { lifetime: { en: 2 } }))).toBe(`${at}.cookies.x.lifetime`)
  expect(checkDeclaration(withGa({}, { purpose: 7 }))).toBe(`${at}.cookies.x.purpose`)
  expect(checkDeclaration(withGa({}, { provider: {} }))).toBe(`${at}.cookies.x.provider`)
  expect(checkDeclaration(withGa({ name: '' }))).toBe(`${at}.name`)
  expect(checkDeclaration(withGa({ provider: 42 }))).toBe(`${at}.provider`)
  expect(checkDeclaration(withGa({ purpose: [] }))).toBe(`${at}.purpose`)
  expect(checkDeclaration(withGa({ cookies: '_ga' }))).toBe(`${at}.cookies`)
  expect(
    checkDeclaration([{ id: 'video', title: { en: 1 } }] as unknown as CategoryOptions[]),
  ).toBe('categories.video.title')
})

test('refuses a script link as a service policy, however it is spelled', () => {
  for (const url of [
    'javascript:alert(1)',
    " javascript:alert('x')",
    'java\tscript:alert(1)',
    'data:text/html,x',
  ]) {
    expect(checkDeclaration(withGa({ policyUrl: url }))).toBe(
      'categories.analytics.services.ga.policyUrl',
    )
  }
})

test('reports the field with what it must be, in one console error', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  reportDeclaration('categories.analytics.services.ga.cookies._ga.lifetime')
  expect(error).toHaveBeenCalledOnce()
  expect(error.mock.calls[0]![0]).toBe(
    'Assent: invalid option "categories.analytics.services.ga.cookies._ga.lifetime" must be "session", a number of days > 0, or text ("2 years", { "en": "…" }); the cookie declaration is not shown.',
  )
})
