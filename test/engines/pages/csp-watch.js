// Records Content-Security-Policy violations from before any other script, for the tests.
window.cspViolations = []
document.addEventListener('securitypolicyviolation', (e) =>
  window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
)
