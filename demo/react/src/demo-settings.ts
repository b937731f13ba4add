/**
 * Settings `pnpm demo` gives the app at run time, in `<meta name="assent-demo" content="{…}">`
 * (the ports are only known then): the local collector, the analytics stand-ins, the Nimbus
 * site's privacy policy, and a cookie name of its own (both demo apps run on localhost,
 * where cookies are shared across ports). Absent (tests, the server render) → null.
 */
export interface DemoSettings {
  collector: string
  policyUrl: string
  gtag: string
  matomo: string
  cookie: string
}

export function readDemoSettings(): DemoSettings | null {
  if (typeof document === 'undefined') return null
  const content = document.querySelector('meta[name="assent-demo"]')?.getAttribute('content')
  if (!content) return null
  try {
    return JSON.parse(content) as DemoSettings
  } catch {
    console.error('demo: <meta name="assent-demo"> is not valid JSON; using the defaults.')
    return null
  }
}
