// Records what the page writes to console.error, from before any other script, for the tests
// (WebDriver classic cannot read the console).
window.consoleErrors = []
{
  const error = console.error.bind(console)
  console.error = (...args) => {
    window.consoleErrors.push(args.map(String).join(' '))
    error(...args)
  }
}
