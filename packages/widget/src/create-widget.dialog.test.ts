// createWidget: banner, dialog, focus and the ways to open them.
import { afterEach, describe, expect, test } from 'vitest'
import { cleanUp, engine, key, mount, widget } from './create-widget.harness'

describe('createWidget', () => {
  afterEach(cleanUp)

  test('shows a labelled banner region with the three choices while undecided', async () => {
    const { $, button } = await mount()
    const banner = $('.a-banner')!
    expect(banner.getAttribute('role')).toBe('region')
    expect($(`#${banner.getAttribute('aria-labelledby')}`)!.textContent).toBe(
      'Cookies on this site',
    )
    expect(button('Accept all').className).toBe(button('Reject all').className)
    expect(button('Customise')).toBeTruthy()
    expect($<HTMLAnchorElement>('.a-banner a')!.href).toBe('https://www.shop.test/privacy')
  })

  test('records Accept all and Reject all from the banner and hides it', async () => {
    const { consent, decisions, $, button } = await mount()
    button('Reject all').click()
    expect(decisions).toEqual([
      { choices: { essential: true, analytics: false, preference: false }, source: 'banner' },
    ])
    expect($('.a-banner')).toBeNull()
    consent.reset()
    expect($('.a-banner')).not.toBeNull()
    button('Accept all').click()
    expect(decisions[1]).toMatchObject({ source: 'banner' })
    expect(decisions[1]!.choices).toEqual({
      essential: true,
      analytics: true,
      preference: true,
    })
  })

  test('hides the banner when the decision comes from elsewhere (API, another tab)', async () => {
    const { consent, $ } = await mount()
    consent.acceptAll({ source: 'api' })
    expect($('.a-banner')).toBeNull()
  })

  test('does not show the banner once a decision exists', async () => {
    const { $ } = await mount(
      engine({ decided: { essential: true, analytics: true, preference: false } }),
    )
    expect($('.a-banner')).toBeNull()
    // The floating button is lazyWidget's (lazy-widget.test.ts).
    expect($('.a-fab')).toBeNull()
  })

  test('saves the switches chosen in the dialog, with essential locked on', async () => {
    const { decisions, $, button, sw } = await mount()
    button('Customise').click()
    expect($('.a-dialog')!.getAttribute('aria-modal')).toBe('true')
    expect(sw('essential').getAttribute('aria-checked')).toBe('true')
    expect(sw('essential').getAttribute('aria-disabled')).toBe('true')
    sw('essential').click()
    expect(sw('essential').getAttribute('aria-checked')).toBe('true')
    expect(sw('analytics').getAttribute('aria-checked')).toBe('false')
    sw('analytics').click()
    expect(sw('analytics').getAttribute('aria-checked')).toBe('true')
    button('Save choices', '.a-dialog').click()
    expect(decisions).toEqual([
      { choices: { essential: true, analytics: true, preference: false }, source: 'preferences' },
    ])
    expect($('.a-dialog')).toBeNull()
    expect($('.a-banner')).toBeNull()
  })

  test('a site category without a description has no dangling aria-describedby', async () => {
    const { button, sw } = await mount(
      engine({ categories: [{ id: 'video', title: { en: 'Videos', de: 'Videos' } }] }),
    )
    button('Customise').click()
    expect(sw('video').getAttribute('aria-describedby')).toBeNull()
    expect(sw('essential').getAttribute('aria-describedby')).toBe('a-l-essential a-d-essential')
    expect(
      document.querySelector('assent-ui')!.shadowRoot!.querySelector('#a-c-video')!.textContent,
    ).toBe('Videos')
  })

  test('reopened, the dialog shows the current state', async () => {
    const { sw } = await mount(
      engine({ decided: { essential: true, analytics: false, preference: true } }),
    )
    widget!.showPreferences()
    await widget!.ready
    expect(sw('analytics').getAttribute('aria-checked')).toBe('false')
    expect(sw('preference').getAttribute('aria-checked')).toBe('true')
  })

  test('Esc, the close button and the backdrop close the dialog without recording anything', async () => {
    const { decisions, $, button } = await mount()
    button('Customise').click()
    key('Escape')
    expect($('.a-dialog')).toBeNull()
    expect($('.a-banner')).not.toBeNull()
    button('Customise').click()
    button('Close').click()
    expect($('.a-dialog')).toBeNull()
    button('Customise').click()
    $<HTMLElement>('.a-shade')!.click()
    expect($('.a-dialog')).toBeNull()
    expect(decisions).toEqual([])
  })

  test('focuses the dialog title on open and returns focus to the opener on close', async () => {
    const { root, button } = await mount()
    const customise = button('Customise')
    customise.focus()
    customise.click()
    expect(root.activeElement?.id).toBe('a-pt')
    key('Escape')
    expect(root.activeElement).toBe(customise)
  })

  test('keeps Tab inside the dialog', async () => {
    const { root, button } = await mount()
    button('Customise').click()
    const save = button('Save choices', '.a-dialog')
    save.focus()
    key('Tab')
    expect(root.activeElement).toBe(button('Close'))
    key('Tab', { shiftKey: true })
    expect(root.activeElement).toBe(save)
  })

  test('opens from any [data-assent-open] element, added before or after mounting', async () => {
    const { $ } = await mount(
      engine({ decided: { essential: true, analytics: false, preference: false } }),
    )
    const link = document.createElement('a')
    link.href = '#'
    link.setAttribute('data-assent-open', '')
    link.innerHTML = '<span>Cookie settings</span>'
    document.body.prepend(link)
    link.querySelector('span')!.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    expect($('.a-dialog')).not.toBeNull()
  })

  test('under opt-in a GPC signal still asks: the banner and dialog say it is honoured, switches off', async () => {
    const { $, button, sw } = await mount(engine({}, { gpc: true }))
    expect($('.a-banner')!.dataset.variant).toBe('opt-in')
    expect($('.a-banner .a-notice')!.textContent).toBe('Opt-Out Request Honored')
    button('Customise').click()
    expect($('.a-notice strong')!.textContent).toBe('Opt-Out Request Honored')
    expect(sw('analytics').getAttribute('aria-checked')).toBe('false')
  })

  test('DNT gets its own note; no signal, no note', async () => {
    const dnt = await mount(engine({}, { dnt: true }))
    expect(dnt.$('.a-banner .a-notice')!.textContent).toBe('Do Not Track respected')
    cleanUp()
    const none = await mount(engine())
    expect(none.$('.a-banner')).not.toBeNull()
    expect(none.$('.a-banner .a-notice')).toBeNull()
  })
})
