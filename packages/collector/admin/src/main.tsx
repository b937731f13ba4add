// The receipts page: entry point of dist/admin/admin.js.
import { render } from 'preact'
import { App } from './app'
import { takeTokenFromUrl } from './token'

takeTokenFromUrl()
const root = document.getElementById('app')
if (root) {
  root.textContent = ''
  render(<App />, root)
}
