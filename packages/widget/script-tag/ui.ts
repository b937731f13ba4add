// The UI file (dist/assent-ui.js): banner, dialog, styles and English texts. assent.js loads
// it from beside itself only when the visitor must decide or opens the settings
// (src/lazy-widget.ts), and reads what it registers here.
import { createWidget } from '../src/create-widget'
import type { CreateWidget } from '../src/lazy-widget'

;(self as unknown as { assentUi?: CreateWidget }).assentUi = createWidget
