/** Resolves once `<body>` exists: the script may run from `<head>` with `async`, before it. */
export const whenBody = (): Promise<void> =>
  new Promise((resolve) => {
    if (document.body) resolve()
    else document.addEventListener('DOMContentLoaded', resolve as () => void, { once: true })
  })
