import { ConsentBanner, ConsentGate, ConsentProvider, useCategory } from '@assent/react'
import { consentOptions } from './consent-options'
import { PageViews } from './page-views'
import { ShopMap } from './shop-map'
import { href, useRoute } from './use-route'

function Home() {
  return (
    <>
      <h1>Northwind Hosting</h1>
      <p>Fast, quiet web hosting. Visit us at the harbour.</p>
    </>
  )
}

function Visit() {
  const analytics = useCategory('analytics')
  return (
    <>
      <h1>Visit us</h1>
      <ConsentGate category="preference">
        <ShopMap />
      </ConsentGate>
      <p data-testid="analytics-state">
        Analytics is {analytics.granted ? 'on' : 'off'}.{' '}
        <button
          type="button"
          onClick={() => (analytics.granted ? analytics.deny() : analytics.grant())}
        >
          {analytics.granted ? 'Turn analytics off' : 'Turn analytics on'}
        </button>
      </p>
    </>
  )
}

export const routes = ['/', '/visit']

/** The whole app; `path` is the route the server renders. */
export function App({ path: initial }: { path: string }) {
  const [path, go] = useRoute(initial)
  const link = (to: string, label: string) => (
    <a
      href={href(to)}
      onClick={(event) => {
        event.preventDefault()
        go(to)
      }}
    >
      {label}
    </a>
  )
  return (
    <ConsentProvider options={consentOptions}>
      <header>
        <nav>
          {link('/', 'Home')}
          {link('/visit', 'Visit us')}
        </nav>
      </header>
      <main>{path === '/visit' ? <Visit /> : <Home />}</main>
      <footer>
        <button type="button" data-assent-open>
          Cookie settings
        </button>
      </footer>
      <PageViews path={path} />
      <ConsentBanner />
    </ConsentProvider>
  )
}
