// Adds a config block that is not valid JSON (a trailing comma), before assent.js runs. Kept
// out of the HTML so the linter, which parses JSON blocks, stays quiet.
const block = document.createElement('script')
block.type = 'application/json'
block.setAttribute('data-assent-config', '')
block.textContent = '{ "ui": { "layout": "sidebar" }, "categories": ["essential", "analytics"], }'
document.head.append(block)
