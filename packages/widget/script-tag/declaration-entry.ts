// The cookie declaration file (dist/assent-declaration.js): assent.js loads it from beside
// itself only on a page with a `[data-assent-declaration]` element (the privacy page), so
// the banner's first-visit download (assent-ui.js) does not carry the declaration's table.
import { renderDeclarations } from './declaration'

;(self as unknown as { assentDeclaration?: unknown }).assentDeclaration = renderDeclarations
