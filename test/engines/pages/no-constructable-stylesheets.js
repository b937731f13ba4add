// Forces assent.css's fallback: this engine now looks like one without constructable
// stylesheets (Safari before 16.4): shadow roots have no adoptedStyleSheets. The widget must
// feature-detect that and link assent.css instead.
delete ShadowRoot.prototype.adoptedStyleSheets
delete Document.prototype.adoptedStyleSheets
