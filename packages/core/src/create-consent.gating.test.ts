import { afterEach, expect, test } from 'vitest'
import { createConsent } from './create-consent.js'
import { memoryStorage } from './memory-storage.js'

afterEach(() => {
  document.body.innerHTML = ''
})

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))
const blocked = () => document.querySelectorAll('script[type="text/plain"]').length

test('gates scripts and embeds by the consent state, also ones added later', async () => {
  document.body.innerHTML = [
    '<script type="text/plain" data-assent="essential">1</script>',
    '<script type="text/plain" data-assent="analytics">2</script>',
    '<script type="text/plain" data-assent="analytics preference">3</script>',
    '<div data-assent="preference" data-src="/widget" id="embed"></div>',
  ].join('')
  const consent = createConsent({ storage: memoryStorage() })
  expect(blocked()).toBe(2)
  consent.decide({ analytics: true })
  expect(blocked()).toBe(1)
  consent.acceptAll()
  expect(blocked()).toBe(0)
  expect(document.getElementById('embed')!.getAttribute('src')).toBe('/widget')
  document.body.insertAdjacentHTML(
    'beforeend',
    '<script type="text/plain" data-assent="preference">4</script>',
  )
  await tick()
  expect(blocked()).toBe(0)
  consent.rejectAll()
  expect(document.getElementById('embed')!.hasAttribute('src')).toBe(false)
  document.body.insertAdjacentHTML(
    'beforeend',
    '<script type="text/plain" data-assent="preference">5</script>',
  )
  await tick()
  expect(blocked()).toBe(1)
  consent.destroy()
})

test('a restored decision activates on creation; gating: false leaves the page alone', () => {
  document.body.innerHTML = '<script type="text/plain" data-assent="analytics">1</script>'
  const storage = memoryStorage()
  createConsent({ storage, gating: false }).acceptAll()
  expect(blocked()).toBe(1)
  createConsent({ storage }).destroy()
  expect(blocked()).toBe(0)
})
