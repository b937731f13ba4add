import { Fragment, h } from 'preact'
import { useState } from 'preact/hooks'
import type { Layout, Position, WidgetOptions } from '../types'
import { BannerView } from '../views/banner-view'
import { useConsentEngine } from './consent-context'
import { ConsentPreferences } from './consent-preferences'
import { useConsent } from './use-consent'
import { useTinyView } from './use-tiny-view'
import { useTheme, useWidgetTexts } from './use-widget-texts'

/** Props of `<ConsentBanner>`. */
export interface ConsentBannerProps extends Pick<WidgetOptions, 'lang' | 'texts' | 'theme'> {
  /** Default `box`. */
  layout?: Layout
  /** Default `bottom-right` (box) or `bottom` (bar). */
  position?: Position
  /** Show even when a decision exists. Default: only while the visitor has to decide. */
  open?: boolean
  /** Replace the built-in preferences dialog that Customise opens. */
  onCustomise?: () => void
}

/**
 * The consent banner (layer 1) as a Preact component: Accept all, Reject all and Customise,
 * shown while the visitor has to decide. Customise opens `<ConsentPreferences>`. Style it
 * with `@assent/widget/assent.css`; for a shadow-DOM-isolated widget use `mountWidget`.
 *
 * @example
 * <ConsentProvider consent={consent}><ConsentBanner layout="bar" /></ConsentProvider>
 */
export function ConsentBanner(props: ConsentBannerProps) {
  const consent = useConsentEngine()
  const { needsDecision } = useConsent()
  const shown = useWidgetTexts(props)
  const theme = useTheme(props.theme)
  const [customising, setCustomising] = useState(false)
  const layout = props.layout ?? 'box'
  const root = useTinyView(
    shown &&
      (props.open ?? needsDecision) &&
      BannerView({
        texts: shown.texts,
        policyUrl: consent.policy?.url,
        layout,
        position: props.position ?? (layout === 'bar' ? 'bottom' : 'bottom-right'),
        onAccept: () => consent.acceptAll({ source: 'banner' }),
        onReject: () => consent.rejectAll({ source: 'banner' }),
        onCustomise: props.onCustomise ?? (() => setCustomising(true)),
      }),
  )
  return h(
    Fragment,
    null,
    h('div', { class: 'a-root', 'data-theme': theme, lang: shown?.locale, ref: root }),
    !props.onCustomise &&
      h(ConsentPreferences, {
        ...(props.lang ? { lang: props.lang } : {}),
        ...(props.texts ? { texts: props.texts } : {}),
        ...(props.theme ? { theme: props.theme } : {}),
        open: customising,
        onClose: () => setCustomising(false),
      }),
  )
}
