import { expect, test, vi } from 'vitest'
import { createWidget } from '../create-widget'
import { widgetContentSuite } from '../create-widget-content.suite'
import { widgetDialogSuite } from '../create-widget-dialog.suite'
import { loadBuiltinTexts } from '../i18n/load-builtin-texts'
import { loadSha256 } from '../load-sha256'
import { testConsent } from '../test-consent'

// The script-tag build renders with the tiny renderer instead of Preact: same suite, swapped.
vi.mock('preact', () => import('./render'))
vi.mock('preact/jsx-runtime', () => import('./jsx-runtime'))
vi.mock('preact/jsx-dev-runtime', () => import('./jsx-runtime'))

test('the swap is in effect: elements carry the tiny renderer’s props', async () => {
  const widget = createWidget(testConsent(), {}, { texts: loadBuiltinTexts, sha256: loadSha256 })
  await widget.ready
  const banner = document.querySelector('assent-ui')!.shadowRoot!.querySelector('.a-banner')
  expect((banner as unknown as { _props?: object })._props).toBeDefined()
  widget.destroy()
})

widgetDialogSuite('tiny renderer')
widgetContentSuite('tiny renderer')
