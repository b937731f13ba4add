import { useLayoutEffect, useRef } from 'preact/hooks'
import { render } from '../tiny-dom/render'

/**
 * Renders a widget view into the returned ref's element with the widget's own renderer. The
 * views are shared with `mountWidget`, which runs without Preact; the Preact components only
 * host them.
 */
export function useTinyView(view: unknown) {
  const ref = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    if (ref.current) render(view, ref.current)
  })
  return ref
}
