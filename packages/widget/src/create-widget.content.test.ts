// createWidget: content, text hashes, language, options and destroy.
import { afterEach, describe, expect, test, vi } from 'vitest'
import { cleanUp, engine, key, mount, widget } from './create-widget.harness'

describe('createWidget', () => {
  afterEach(cleanUp)

  test('lists services and cookies with provider, purpose and lifetime', async () => {
    const { $, button } = await mount()
    button('Customise').click()
    const details = $('details')!
    expect(details.querySelector('summary')!.textContent).toBe('Services and cookies (1)')
    const row = [...details.querySelectorAll('tbody td')].map((td) => td.textContent)
    expect(row).toEqual(['_ga', '2 years', 'Tells visitors apart'])
  })

  test('renders texts as text, not markup', async () => {
    const { $ } = await mount(engine(), {
      texts: { en: { description: '<img src=x onerror=alert(1)>' } },
    })
    expect($('.a-text')!.textContent).toContain('<img src=x onerror=alert(1)>')
    expect($('.a-text img')).toBeNull()
  })

  test('hashes the shown texts when the page is idle, not during start-up', async () => {
    const { shownTexts } = await mount()
    expect(shownTexts).toEqual([])
    await vi.waitFor(() => expect(shownTexts).toHaveLength(1), { timeout: 2000 })
    expect(await shownTexts[0]!.textHash).toMatch(/^[0-9a-f]{64}$/)
  })

  test('hands the text hash to the engine before the first decision at the latest', async () => {
    const { consent, shownTexts, button } = await mount()
    const seen: number[] = []
    consent.onChange(() => seen.push(shownTexts.length))
    button('Reject all').click()
    expect(seen).toEqual([1])
  })

  test('tells the engine which texts it shows, with a stable hash', async () => {
    const first = engine()
    const one = await mount(first)
    one.button('Reject all').click()
    widget!.destroy()
    const second = engine()
    const two = await mount(second)
    two.button('Reject all').click()
    expect(first.shownTexts[0]!.locale).toBe('en')
    const hash = await first.shownTexts[0]!.textHash
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(second.shownTexts[0]!.locale).toBe('en')
    expect(await second.shownTexts[0]!.textHash).toBe(hash)
    widget!.destroy()
    const changed = engine()
    const three = await mount(changed, { texts: { en: { title: 'Cookies' } } })
    three.button('Reject all').click()
    expect(await changed.shownTexts[0]!.textHash).not.toBe(hash)
  })

  test('says at once when the texts shown are more than the collector keeps', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { button } = await mount(engine(), {
      texts: { en: { description: 'Long. '.repeat(700) } },
    })
    button('Reject all').click()
    expect(error.mock.calls.map(([message]) => message)).toEqual([
      expect.stringContaining('bundle.texts.description has 4200 characters (at most 4096)'),
    ])
  })

  test('shows the page language, loaded on demand', async () => {
    document.documentElement.lang = 'ko'
    const { shownTexts, button, $ } = await mount()
    expect(button('모두 거부')).toBeTruthy()
    expect($('.a-root')!.getAttribute('lang')).toBe('ko')
    button('모두 거부').click()
    expect(shownTexts[0]!.locale).toBe('ko')
  })

  test('reports a bad option once and falls back to its default', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { $ } = await mount(engine(), { layout: 'sidebar' as never, theme: 'dark' })
    expect(error).toHaveBeenCalledOnce()
    expect(error.mock.calls[0]![0]).toMatch(/ui\.layout/)
    expect($('.a-banner')!.getAttribute('data-layout')).toBe('box')
    expect($('.a-root')!.getAttribute('data-theme')).toBe('dark')
  })

  test('reports a ui.lang that is not a string and shows the page language', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    document.documentElement.lang = 'ko'
    const { button } = await mount(engine(), { lang: ['de', 'fr'] as never })
    expect(error).toHaveBeenCalledOnce()
    expect(error.mock.calls[0]![0]).toMatch(/ui\.lang/)
    expect(button('모두 거부')).toBeTruthy()
  })

  test('the modal layout is a modal dialog that takes focus', async () => {
    const { root, $ } = await mount(engine(), { layout: 'modal' })
    expect($('.a-banner')!.getAttribute('role')).toBe('dialog')
    expect(root.activeElement?.id).toBe('a-t')
  })

  test('destroy removes the widget and its listeners', async () => {
    const { consent } = await mount()
    widget!.destroy()
    expect(document.querySelector('assent-ui')).toBeNull()
    consent.reset()
    key('Escape')
    expect(document.querySelector('assent-ui')).toBeNull()
  })
})
