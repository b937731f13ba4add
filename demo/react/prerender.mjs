// Renders every route of the built app to HTML (the "server render"), so the browser
// hydrates real markup: dist/index.html, dist/visit/index.html, … Reloading a client-side
// route then works on a plain static server too.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const { render, routes } = await import(join(here, 'dist-server/entry-server.js'))
const template = readFileSync(join(here, 'dist/index.html'), 'utf8')
for (const route of routes) {
  const file = join(here, 'dist', route, 'index.html')
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, template.replace('<!--app-->', render(route)))
}
rmSync(join(here, 'dist-server'), { recursive: true, force: true })
console.log(`prerendered ${routes.length} routes`)
