import { mountWidget, type WidgetOptions } from '@assent/widget'
import { useContext } from 'react'
import { ConsentContext } from './consent-context.js'
import { useOwned } from './use-owned.js'

/** Props of `<ConsentBanner>`: the widget's options, read once at mount. */
export type ConsentBannerProps = WidgetOptions

/**
 * The Assent banner and preferences dialog (the same Preact widget the script tag uses),
 * mounted once the provider's engine exists and removed on unmount. Renders nothing itself.
 *
 * @example
 * <ConsentBanner layout="bar" lang="de" />
 */
export function ConsentBanner(props: ConsentBannerProps): null {
  const ctx = useContext(ConsentContext)
  const c = ctx?.consent
  useOwned(
    () => {
      if (!ctx || !c) return null
      const handle = mountWidget(c, props)
      ctx.widget.current = handle
      return handle
    },
    (handle) => {
      handle?.destroy()
      if (ctx && ctx.widget.current === handle) ctx.widget.current = null
    },
    [c],
  )
  return null
}
