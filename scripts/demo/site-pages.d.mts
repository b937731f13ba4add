/** The page's HTML with its `<!--#include NAME -->` parts expanded, for the URL path it is served at. */
export function expandPage(html: string, siteRoot: string, path: string): string
