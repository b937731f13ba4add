import { expect, test } from 'vitest'
import { jsx } from './jsx-runtime'
import { render } from './render'

const box = () => document.createElement('div')

test('keeps elements, their focus and listeners across renders, and updates attributes', () => {
  const root = box()
  document.body.append(root)
  let clicks = 0
  const view = (on: boolean) =>
    jsx('div', {
      children: [
        on && jsx('p', { children: 'shown' }),
        jsx('button', {
          'aria-checked': on ? 'true' : 'false',
          onClick: () => clicks++,
          children: 'x',
        }),
      ],
    })
  render(view(false), root)
  const button = root.querySelector('button')!
  button.focus()
  render(view(true), root)
  expect(root.querySelector('button')).toBe(button)
  expect(document.activeElement).toBe(button)
  expect(button.getAttribute('aria-checked')).toBe('true')
  expect(root.querySelector('p')!.textContent).toBe('shown')
  button.click()
  expect(clicks).toBe(1)
  render(null, root)
  expect(root.childNodes.length).toBe(0)
  root.remove()
})

test('sets text as text and drops false, null and undefined attributes', () => {
  const root = box()
  render(
    jsx('p', { title: undefined, hidden: false, tabIndex: -1, children: ['<b>bold</b>', 1] }),
    root,
  )
  const p = root.firstElementChild!
  expect(p.textContent).toBe('<b>bold</b>1')
  expect(p.querySelector('b')).toBeNull()
  expect(p.getAttributeNames()).toEqual(['tabindex'])
})

test('creates SVG children in the SVG namespace and renders function components', () => {
  const root = box()
  const Icon = () => jsx('svg', { children: jsx('path', { d: 'M0 0' }) })
  render(jsx(Icon, {}), root)
  expect(root.querySelector('path')!.namespaceURI).toBe('http://www.w3.org/2000/svg')
})
