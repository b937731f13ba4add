// The script-tag build (dist/assent.js): runs on load. Never throws into the page.
import { start } from './start'

try {
  // `currentScript` is set while a classic script runs (also with defer/async); the query is a
  // fallback for loaders that inject the file in ways that leave it null.
  start(
    (document.currentScript as HTMLScriptElement | null) ??
      document.querySelector<HTMLScriptElement>('script[src*="assent"][src$=".js"]'),
  )
} catch (error) {
  console.error('Assent: could not start.', error)
}
