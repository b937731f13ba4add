// Withdraws everything as soon as assent.js starts (a call queued on window.assent, run in
// order once it starts), then tells the test server so: a test holds the vendor's script back
// until then, so that script runs only after the withdrawal, its queue still holding the grant.
window.assent = window.assent || []
window.assent.push((api) => {
  api.rejectAll()
  fetch('/test/engines/withdrawn').catch(() => {})
})
