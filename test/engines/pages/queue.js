// Calls queued on window.assent before assent.js loads, in the documented shape
// (docs/script-tag.md): they run in order once it starts; `seen` records what ran.
window.assent = window.assent || []
window.seen = []
window.assent.push(['on', 'ready', () => window.seen.push('ready')])
window.assent.push((api) => window.seen.push(`fn:${api.getConsent().status}`))
window.assent.push(['showPreferences'])
