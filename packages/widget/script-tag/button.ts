// The floating button file (dist/assent-button.js): what draws the small round button that
// reopens the settings. assent.js loads it from beside itself the first time the button is
// wanted (after parsing, when idle; never on a page with a settings link or while the banner
// is due), so a returning visitor's boot file does not carry it (src/lazy-widget.ts).
import { type FloatingButton, floatingButton } from '../src/floating-button'

;(self as unknown as { assentButton?: FloatingButton }).assentButton = floatingButton
