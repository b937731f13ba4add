// `pnpm demo`: build what the demo needs, start the Nimbus Hosting site, the React app and the
// collector on localhost, print the URLs and the admin token, stop everything on Ctrl-C.
// Ports: ASSENT_DEMO_SITE_PORT (4320), ASSENT_DEMO_REACT_PORT (4321),
// ASSENT_DEMO_COLLECTOR_PORT (8787). ASSENT_DEMO_BUILD=always|never, ASSENT_DEMO_SEED=0.
import { portsFromEnv, startDemo } from './demo/start-demo.mjs'

let demo
try {
  demo = await startDemo({
    ports: portsFromEnv(),
    build: process.env.ASSENT_DEMO_BUILD ?? 'auto',
    seed: process.env.ASSENT_DEMO_SEED !== '0',
  })
} catch (error) {
  console.error(`\nThe demo could not start: ${error.message}`)
  process.exit(1)
}

const { urls, adminToken, dbPath, seeded } = demo
console.log(`
Assent demo is running.

  Nimbus Hosting (script tag)   ${urls.site}
  Northwind (React app)         ${urls.react}
  Receipts page (admin)         ${urls.adminWithToken}

  Collector API                 ${urls.collector}
    stats                       curl -H "Authorization: Bearer ${adminToken}" ${urls.stats}
    CSV export                  curl -H "Authorization: Bearer ${adminToken}" "${urls.export}"
  Analytics stand-in hits       ${urls.hits}

  Admin token                   ${adminToken}
  Receipts database (SQLite)    ${dbPath}${seeded ? ` (new: seeded with ${seeded} sample receipts over 30 days)` : ''}

Press Ctrl-C to stop.`)

let stopping = false
const shutdown = async (signal) => {
  if (stopping) return
  stopping = true
  console.log(`\n${signal}: stopping the demo…`)
  await demo.stop()
  console.log('Stopped.')
  process.exit(0)
}
process.on('SIGINT', () => shutdown('SIGINT'))
process.on('SIGTERM', () => shutdown('SIGTERM'))
