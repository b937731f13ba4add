import { renderView } from '@assent/widget/dialog'
import type { RefObject } from 'preact'
import { useLayoutEffect } from 'preact/hooks'

/**
 * Renders a widget view into `ref`'s element with the widget's own renderer, after every
 * render. The views are shared with `mountWidget`, which runs without Preact; the Preact
 * components only host them (`@assent/widget/dialog`).
 */
export function useTinyView(ref: RefObject<HTMLElement>, view: unknown): void {
  useLayoutEffect(() => {
    if (ref.current) renderView(view, ref.current)
  })
}
