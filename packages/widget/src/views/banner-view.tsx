import type { BannerVariant } from '@assent/core'
import type { Layout, Position, Texts } from '../types'

export interface BannerViewProps {
  texts: Texts
  policyUrl?: string | undefined
  /** `$jurisdiction.banner` (or the model, when the banner is reopened after a decision). */
  variant: BannerVariant
  /** Say "Do Not Sell or Share My Personal Information" on the opt-out button. */
  doNotSell: boolean
  /** The honoured signal's status line ("Opt-Out Request Honored"), if the banner notes one. */
  signal?: string | false | undefined
  layout: Layout
  position: Position
  /** Accept all or Reject all (opt-in), or the opt-out button (opt-out). */
  onChoose: (choice: 'acceptAll' | 'rejectAll' | 'optOut') => void
  /** OK on a notice: the defaults stay. */
  onOk: () => void
  onCustomise: () => void
}

/**
 * Layer 1, one per consent model: opt-in asks (Accept all / Reject all / Customise); notice
 * tells (OK / Cookie settings); opt-out tells and offers the way out as prominently as OK
 * (OK / Opt out or "Do Not Sell or Share…" / Cookie settings); policy-changed is one line
 * with the policy link and OK. Buttons of equal weight share one class.
 */
export function BannerView(props: BannerViewProps) {
  const { texts, policyUrl, layout, variant, onOk, onCustomise } = props
  const modal = layout === 'modal'
  const line = variant === 'policy-changed'
  const link = policyUrl && <a href={policyUrl}>{texts.policyLink}</a>
  const button = (label: string, onClick: () => void, ghost?: boolean) => (
    <button type="button" class={ghost ? 'a-btn a-ghost' : 'a-btn'} onClick={onClick}>
      {label}
    </button>
  )
  const banner = (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: role is dialog when aria-modal is set
    <div
      class="a-banner"
      part="banner"
      data-layout={layout}
      data-pos={props.position}
      data-variant={variant}
      role={modal ? 'dialog' : 'region'}
      aria-modal={modal ? 'true' : undefined}
      aria-labelledby="a-t"
    >
      {line ? (
        <p id="a-t" class="a-text" tabIndex={-1}>
          {texts.policyChanged}
          {link && ' '}
          {link}
        </p>
      ) : (
        <div class="a-copy">
          <h2 id="a-t" class="a-title" tabIndex={-1}>
            {texts.title}
          </h2>
          <p class="a-text">
            {variant === 'notice'
              ? texts.noticeText
              : variant === 'opt-out'
                ? texts.optOutText
                : texts.description}
            {link && ' '}
            {link}
          </p>
          {props.signal && <p class="a-notice">{props.signal}</p>}
        </div>
      )}
      <div class="a-actions">
        {variant === 'opt-in' ? (
          <>
            {button(texts.acceptAll, () => props.onChoose('acceptAll'))}
            {button(texts.rejectAll, () => props.onChoose('rejectAll'))}
            {button(texts.customise, onCustomise, true)}
          </>
        ) : (
          <>
            {button(texts.ok, onOk)}
            {variant === 'opt-out' &&
              button(props.doNotSell ? texts.doNotSell : texts.optOut, () =>
                props.onChoose('optOut'),
              )}
            {/* Under notice, the way to opt out weighs as much as OK. */}
            {!line && button(texts.settings, onCustomise, variant === 'opt-out')}
          </>
        )}
      </div>
    </div>
  )
  return modal ? <div class="a-modal">{banner}</div> : banner
}
