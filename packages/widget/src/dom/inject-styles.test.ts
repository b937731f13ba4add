import { afterEach, describe, expect, test, vi } from 'vitest'
import { injectStyles } from './inject-styles'

const root = () => document.createElement('div').attachShadow({ mode: 'open' })

afterEach(() => vi.unstubAllGlobals())

describe('injectStyles', () => {
  test('adopts a constructable stylesheet when the browser has them', () => {
    const r = root()
    injectStyles(r, '.a{color:red}', {})
    expect(r.adoptedStyleSheets).toHaveLength(1)
    expect(r.querySelector('style, link')).toBeNull()
  })

  test('without them: a <style> with the nonce, else a <link> to assent.css', () => {
    vi.stubGlobal('CSSStyleSheet', undefined)
    const withNonce = root()
    injectStyles(withNonce, '.a{color:red}', { nonce: 'n0nce', stylesheetUrl: '/assent.css' })
    const style = withNonce.querySelector('style')!
    expect(style.nonce).toBe('n0nce')
    expect(style.textContent).toBe('.a{color:red}')
    const withLink = root()
    injectStyles(withLink, '.a{color:red}', { stylesheetUrl: '/assent.css' })
    expect(withLink.querySelector('link')!.getAttribute('href')).toBe('/assent.css')
  })
})
