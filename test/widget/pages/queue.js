// Calls queued before assent.js loads, in the documented shape (docs/script-tag.md).
window.assent = window.assent || []
window.seen = []
window.assent.push([
  'on',
  'change',
  (state) => window.seen.push(`change:${state.choices.analytics}`),
])
window.assent.push(['on', 'ready', () => window.seen.push('ready')])
window.assent.push((api) => window.seen.push(`fn:${typeof api.acceptAll}`))
window.assent.push(['noSuchMethod'])
