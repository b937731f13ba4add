// What a shared suite needs from one UI binding (React or Preact): the package's exports,
// its element factory, and its Testing Library. The suites hold no JSX, so each package
// compiles them with its own runtime by passing `h` / `createElement` in.
import type { Category, CategoryId, Consent, ConsentState, DecideOptions } from '@assent/core'

/** The part of `@assent/react` / `@assent/preact` the suites exercise (same API by design). */
export interface AdapterApi {
  ConsentProvider: unknown
  ConsentGate: unknown
  ConsentBanner: unknown
  /** The hook's view; the actions have the engine's own signatures. */
  useConsent(): Pick<Consent, 'acceptAll' | 'reset' | 'isGranted'> & {
    state: ConsentState
    needsDecision: boolean
    categories: readonly Category[]
    consent: Consent | null
  }
  useCategory(id: CategoryId): {
    granted: boolean
    grant(options?: DecideOptions): void
    deny(options?: DecideOptions): void
  }
}

export interface RenderView {
  container: Element
  unmount(): void
  rerender(ui: unknown): void
}

/** One binding under test. Method signatures keep the libraries' own types assignable. */
export interface Adapter {
  name: 'react' | 'preact'
  api: AdapterApi
  h(type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]): unknown
  /** React's `<StrictMode>` (double effects); Preact has none. */
  StrictMode?: unknown
  render(ui: unknown): RenderView
  act(callback: () => unknown): unknown
  cleanup(): void
  fireEvent: { click(element: Element): unknown }
  screen: {
    getByText(text: string): HTMLElement
    queryByText(text: string): HTMLElement | null
    getByRole(role: string, options: { name: string }): HTMLElement
  }
}

/** Wraps `ui` in `<StrictMode>` where the binding has one. */
export const strict = ({ h, StrictMode }: Adapter, ui: unknown) =>
  StrictMode ? h(StrictMode, null, ui) : ui
