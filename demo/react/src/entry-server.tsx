import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { App, routes } from './app'

export { routes }

/** The server render of one route: what the browser hydrates. */
export function render(path: string): string {
  return renderToString(
    <StrictMode>
      <App path={path} />
    </StrictMode>,
  )
}
