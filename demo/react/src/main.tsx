import { StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { App } from './app'

const container = document.getElementById('app') as HTMLElement
const path =
  `/${location.pathname.slice(import.meta.env.BASE_URL.length)}`.replace(/\/$/, '') || '/'
hydrateRoot(
  container,
  <StrictMode>
    <App path={path} />
  </StrictMode>,
)
