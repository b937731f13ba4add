import type { RefObject } from 'preact'
import { useLayoutEffect } from 'preact/hooks'
import { render } from '../tiny-dom/render'

/**
 * Renders a widget view into `ref`'s element with the widget's own renderer, after every
 * render. The views are shared with `mountWidget`, which runs without Preact; the Preact
 * components only host them.
 */
export function useTinyView(ref: RefObject<HTMLElement>, view: unknown): void {
  useLayoutEffect(() => {
    if (ref.current) render(view, ref.current)
  })
}
