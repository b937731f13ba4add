// The demo site's pages share their Assent set-up, header and footer, as a real site's
// templates would: a page names a shared part with `<!--#include NAME -->` (server-side-include
// style) and the site server expands it from demo/site/_includes/NAME.html. The nav link of
// the page being served gets aria-current="page".
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The page's HTML with its includes expanded, for the URL path it is served at. */
export function expandPage(html, siteRoot, path) {
  const expanded = html.replace(/^([ \t]*)<!--#include ([a-z-]+) -->$/gm, (_, indent, name) =>
    readFileSync(join(siteRoot, '_includes', `${name}.html`), 'utf8')
      .trimEnd()
      .replace(/^/gm, indent),
  )
  const current = path.replace(/\/index\.html$/, '/')
  return expanded.replace(`<a href="${current}">`, `<a href="${current}" aria-current="page">`)
}
