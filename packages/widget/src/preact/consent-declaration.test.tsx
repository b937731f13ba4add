import { cleanup, render, screen } from '@testing-library/preact'
import { afterEach, expect, test } from 'vitest'
import { engine } from '../create-widget.harness'
import { ConsentContext } from './consent-context'
import { ConsentDeclaration } from './consent-declaration'

afterEach(cleanup)

test('<ConsentDeclaration> draws the declaration of the context’s engine and empties on unmount', async () => {
  const { consent } = engine()
  const { container, unmount } = render(
    <ConsentContext.Provider value={consent}>
      <ConsentDeclaration class="cookies" lang="en" />
    </ConsentContext.Provider>,
  )
  const table = await screen.findByRole('table', { name: /Analytics/ })
  expect(container.querySelector('div.cookies')!.contains(table)).toBe(true)
  expect([...table.querySelectorAll('tbody tr > *')].map((cell) => cell.textContent)).toEqual([
    '_ga',
    'Google Analytics',
    'Google',
    '2 years',
    'Tells visitors apart',
  ])
  unmount()
  expect(document.querySelector('.assent-declaration')).toBeNull()
})
