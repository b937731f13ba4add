// The script-tag build (dist/assent.js): runs on load. Never throws into the page.
import { start } from './start'

try {
  start(document.currentScript as HTMLScriptElement | null)
} catch (error) {
  console.error('Assent: could not start.', error)
}
