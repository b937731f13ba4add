// `pnpm demo`: build what the demo needs, start it on localhost, print the URLs.
// Until the full demo (site + React app + collector) lands, this starts what exists.
import { execSync, spawn } from 'node:child_process'

execSync('pnpm build', { stdio: 'inherit' })
const port = Number(process.env.PORT ?? 4310)
const server = spawn(process.execPath, ['test/static-server.mjs', String(port)], { stdio: 'inherit' })
console.log(`\nAssent demo (work in progress: only the test pages exist so far)`)
console.log(`  http://localhost:${port}/test/pages/smoke.html`)
console.log('Press Ctrl-C to stop.')
const stop = () => server.kill('SIGTERM')
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
