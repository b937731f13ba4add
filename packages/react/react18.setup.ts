// Vitest setup for the `react18` project: every CommonJS `require('react')` /
// `require('react-dom')` (Testing Library, react-dom itself) gets the React 18 copies
// installed as `react18` / `react-dom18`, matching the ESM aliases in vitest.config.ts.
import Module, { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const names: Record<string, string> = { react: 'react18', 'react-dom': 'react-dom18' }
const loader = Module as unknown as {
  _resolveFilename(request: string, ...rest: unknown[]): string
}
const resolve = loader._resolveFilename

loader._resolveFilename = function (request, ...rest) {
  const match = /^(react|react-dom)(\/.*)?$/.exec(request)
  if (match?.[1]) return require.resolve(names[match[1]] + (match[2] ?? ''))
  return resolve.call(this, request, ...rest)
}
