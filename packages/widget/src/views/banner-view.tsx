import type { Layout, Position, Texts } from '../types'

export interface BannerViewProps {
  texts: Texts
  policyUrl?: string | undefined
  layout: Layout
  position: Position
  /** Accept all or Reject all. */
  onChoose: (choice: 'acceptAll' | 'rejectAll') => void
  onCustomise: () => void
}

/** Layer 1: title, text, policy link, and Accept all / Reject all / Customise. */
export function BannerView(props: BannerViewProps) {
  const { texts, policyUrl, layout } = props
  const modal = layout === 'modal'
  const banner = (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: role is dialog when aria-modal is set
    <div
      class="a-banner"
      part="banner"
      data-layout={layout}
      data-pos={props.position}
      role={modal ? 'dialog' : 'region'}
      aria-modal={modal ? 'true' : undefined}
      aria-labelledby="a-t"
    >
      <div class="a-copy">
        <h2 id="a-t" class="a-title" tabIndex={-1}>
          {texts.title}
        </h2>
        <p class="a-text">
          {texts.description}
          {policyUrl && ' '}
          {policyUrl && <a href={policyUrl}>{texts.policyLink}</a>}
        </p>
      </div>
      <div class="a-actions">
        {/* Same element, same class: equal size, weight and emphasis for both choices. */}
        <button type="button" class="a-btn" onClick={() => props.onChoose('acceptAll')}>
          {texts.acceptAll}
        </button>
        <button type="button" class="a-btn" onClick={() => props.onChoose('rejectAll')}>
          {texts.rejectAll}
        </button>
        <button type="button" class="a-btn a-ghost" onClick={props.onCustomise}>
          {texts.customise}
        </button>
      </div>
    </div>
  )
  return modal ? <div class="a-modal">{banner}</div> : banner
}
