// One-click contextual consent for the embedded video: a button with
// data-demo-allow="preference" grants that one category through the window.assent API (the
// visitor's other choices stay as they are), and Assent's gate then loads the iframe.
;(() => {
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element && event.target.closest('[data-demo-allow]')
    if (!button) return
    const category = button.getAttribute('data-demo-allow')
    window.assent = window.assent || []
    window.assent.push((api) => api.consent.decide({ [category]: true }, { source: 'api' }))
  })
})()
