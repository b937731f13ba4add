import { afterEach, expect, test, vi } from 'vitest'
import { type Gate, gateElements } from './gate-elements.js'

let gate: Gate | undefined
afterEach(() => {
  gate?.stop()
  document.body.innerHTML = ''
})

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))
const grantedSet = (granted: string[]) => (ids: readonly string[]) =>
  ids.every((id) => granted.includes(id))

test('activates an inline script of a granted category, keeping its attributes', () => {
  document.body.innerHTML =
    '<script type="text/plain" data-assent="analytics" id="a" class="x" data-foo="1">window.ran = 1</script>'
  gate = gateElements(grantedSet(['analytics']))
  const script = document.querySelector('script')!
  expect(script.type).toBe('text/javascript')
  expect(script.id).toBe('a')
  expect(script.className).toBe('x')
  expect(script.dataset.foo).toBe('1')
  expect(script.text).toBe('window.ran = 1')
  expect(script.hasAttribute('data-assent-on')).toBe(true)
})

test('leaves scripts of categories not granted blocked', () => {
  document.body.innerHTML = '<script type="text/plain" data-assent="marketing">1</script>'
  gate = gateElements(grantedSet(['analytics']))
  expect(document.querySelector('script')!.type).toBe('text/plain')
})

test('needs every category listed in data-assent', () => {
  document.body.innerHTML =
    '<script type="text/plain" data-assent="analytics  marketing">1</script>'
  let granted = ['analytics']
  gate = gateElements((ids) => ids.every((id) => granted.includes(id)))
  expect(document.querySelector('script')!.type).toBe('text/plain')
  granted = ['analytics', 'marketing']
  gate.scan()
  expect(document.querySelector('script')!.type).toBe('text/javascript')
})

test('an empty data-assent never activates', () => {
  document.body.innerHTML = '<script type="text/plain" data-assent=" ">1</script>'
  gate = gateElements(() => true)
  expect(document.querySelector('script')!.type).toBe('text/plain')
})

test('uses data-type as the real type', () => {
  document.body.innerHTML =
    '<script type="text/plain" data-assent="analytics" data-type="module">1</script>'
  gate = gateElements(() => true)
  const script = document.querySelector('script')!
  expect(script.type).toBe('module')
  expect(script.hasAttribute('data-type')).toBe(false)
})

test('activates each element once, however often it scans', () => {
  document.body.innerHTML = '<script type="text/plain" data-assent="analytics">1</script>'
  gate = gateElements(() => true)
  const first = document.querySelector('script')
  gate.scan()
  gate.scan()
  expect(document.querySelector('script')).toBe(first)
  expect(document.querySelectorAll('script')).toHaveLength(1)
})

test('inserts src scripts in order with async off; an inline script waits until they ran', () => {
  document.body.innerHTML = [
    '<script type="text/plain" data-assent="analytics" src="/a.js"></script>',
    '<script type="text/plain" data-assent="analytics">window.b = 1</script>',
    '<script type="text/plain" data-assent="analytics" src="/c.js"></script>',
  ].join('')
  const log: string[] = []
  const name = (el: Element) => el.getAttribute('src') ?? 'inline'
  // happy-dom settles a script load synchronously (loading is disabled): log both sides.
  const onDone = (event: Event) => log.push(`${event.type} ${name(event.target as Element)}`)
  document.addEventListener('error', onDone, true)
  document.addEventListener('load', onDone, true)
  const original = Element.prototype.replaceWith
  Element.prototype.replaceWith = function (this: Element, ...nodes) {
    const script = nodes[0] as HTMLScriptElement
    log.push(`insert ${name(script)}${script.src ? ` async=${script.async}` : ''}`)
    original.apply(this, nodes)
  }
  try {
    gate = gateElements(() => true)
  } finally {
    Element.prototype.replaceWith = original
    document.removeEventListener('error', onDone, true)
    document.removeEventListener('load', onDone, true)
  }
  expect(log.map((line) => line.replace(/^(error|load) /, 'done '))).toEqual([
    'insert /a.js async=false',
    'done /a.js',
    'insert inline',
    'insert /c.js async=false',
    'done /c.js',
  ])
})

test('scripts waiting behind one still loading stay blocked when their category is withdrawn meanwhile', () => {
  document.body.innerHTML = [
    '<script type="text/plain" data-assent="analytics" src="/gtag.js"></script>',
    '<script type="text/plain" data-assent="analytics">window.configured = 1</script>',
    '<script type="text/plain" data-assent="analytics" src="/c.js"></script>',
  ].join('')
  // Hold /gtag.js's load (happy-dom settles it at once): the two after it wait in the queue.
  const settle: Array<() => void> = []
  const original = HTMLScriptElement.prototype.addEventListener
  HTMLScriptElement.prototype.addEventListener = function (
    this: HTMLScriptElement,
    ...args: Parameters<typeof original>
  ) {
    if (args[0] === 'load') settle.push(args[1] as () => void)
    else if (args[0] !== 'error') original.apply(this, args)
  }
  let granted = true
  try {
    gate = gateElements(() => granted)
  } finally {
    HTMLScriptElement.prototype.addEventListener = original
  }
  const waiting = () => document.querySelectorAll('script[type="text/plain"]')
  expect(waiting()).toHaveLength(2)
  granted = false
  settle[0]!()
  // Neither runs after the withdrawal, and neither is marked as handled…
  expect(waiting()).toHaveLength(2)
  expect(document.querySelectorAll('[data-assent-on]')).toHaveLength(1)
  // …so a new grant runs them.
  granted = true
  gate.scan()
  expect(waiting()).toHaveLength(0)
})

test('a src script that fails to load does not block the ones after it', () => {
  document.body.innerHTML = [
    '<script type="text/plain" data-assent="analytics" src="/missing.js"></script>',
    '<script type="text/plain" data-assent="analytics">1</script>',
  ].join('')
  gate = gateElements(() => true)
  document.querySelector('script')!.dispatchEvent(new Event('error'))
  expect(document.querySelectorAll('script[type="text/javascript"]')).toHaveLength(2)
})

test('keeps async on a script that asked for it', () => {
  document.body.innerHTML =
    '<script type="text/plain" data-assent="analytics" src="/a.js" async></script>'
  gate = gateElements(() => true)
  expect(document.querySelector('script')!.async).toBe(true)
})

test('activates elements added to the page later', async () => {
  gate = gateElements(grantedSet(['preference']))
  const late = document.createElement('script')
  late.type = 'text/plain'
  late.setAttribute('data-assent', 'preference')
  late.text = '1'
  document.body.append(late)
  await tick()
  expect(document.querySelector('script')!.type).toBe('text/javascript')
})

test('loads data-src embeds when granted and unloads them when revoked', () => {
  document.body.innerHTML =
    '<img data-assent="preference" data-src="/map.png" alt=""><div data-assent="preference" data-src="/x"></div>'
  let granted = true
  gate = gateElements(() => granted)
  const img = document.querySelector('img')!
  expect(img.getAttribute('src')).toBe('/map.png')
  granted = false
  gate.scan()
  expect(img.hasAttribute('src')).toBe(false)
  granted = true
  gate.scan()
  expect(img.getAttribute('src')).toBe('/map.png')
})

test('puts a revoked iframe back to about:blank', () => {
  document.body.innerHTML =
    '<iframe data-assent="marketing" data-src="https://video.test/embed"></iframe>'
  let granted = true
  gate = gateElements(() => granted)
  const frame = document.querySelector('iframe')!
  expect(frame.getAttribute('src')).toBe('https://video.test/embed')
  granted = false
  gate.scan()
  expect(frame.getAttribute('src')).toBe('about:blank')
})

test('loads only an http(s) or relative data-src, with an error naming any other', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  const bad = [
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,x',
  ]
  document.body.innerHTML = bad
    .map((src) => `<iframe data-assent="marketing" data-src="${src}"></iframe>`)
    .join('')
  gate = gateElements(() => true)
  for (const frame of document.querySelectorAll('iframe'))
    expect(frame.hasAttribute('src')).toBe(false)
  expect(error).toHaveBeenCalledTimes(bad.length)
  expect(error.mock.calls[0]![0]).toContain('javascript:alert(1)')
  gate.scan()
  expect(error).toHaveBeenCalledTimes(bad.length)
  error.mockRestore()
})

test('stop() stops watching for new elements', async () => {
  gate = gateElements(() => true)
  gate.stop()
  document.body.innerHTML = '<script type="text/plain" data-assent="analytics">1</script>'
  await tick()
  expect(document.querySelector('script')!.type).toBe('text/plain')
})
