import { mountWidget, type WidgetOptions } from '@assent/widget'
import { ConsentContext, useContext } from 'assent-framework'
import { useOwned } from './use-owned.js'

/** Props of `<ConsentBanner>`: the widget's options, read once at mount. */
export type ConsentBannerProps = WidgetOptions

/**
 * The Assent banner and preferences dialog (the same widget the script tag uses),
 * mounted once the provider's engine exists and removed on unmount. Renders nothing itself;
 * any element with `data-assent-open` reopens the dialog.
 *
 * @example
 * <ConsentBanner layout="bar" lang="de" />
 * <button type="button" data-assent-open>Cookie settings</button>
 */
export function ConsentBanner(props: ConsentBannerProps): null {
  const c = useContext(ConsentContext)
  useOwned(
    () => c && mountWidget(c, props),
    (widget) => widget?.destroy(),
    c,
  )
  return null
}
