import type { CategoryView } from '../category-views'
import type { Choice } from '../dialog-controller'
import type { SignalNote } from '../signal-note'
import type { Texts } from '../types'
import { CategoryRow } from './category-row'

export interface PreferencesViewProps {
  texts: Texts
  categories: readonly CategoryView[]
  draft: Readonly<Record<string, boolean>>
  /** The honoured signal and what it took away (`signalNote`), if it took anything. */
  signal?: SignalNote | undefined
  policyUrl?: string | undefined
  onToggle: (id: string) => void
  /** Save choices, Accept all or Reject all. */
  onChoose: (choice: Choice) => void
  onClose: () => void
}

/** Layer 2: a modal dialog with one switch per category and Save / Accept all / Reject all. */
export function PreferencesView(props: PreferencesViewProps) {
  const { texts, signal, policyUrl } = props
  return (
    <>
      {/* Clicking the backdrop closes the dialog and records nothing; keyboards use Esc. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: pointer-only shortcut, Esc and the close button do the same */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: Esc is handled for the whole dialog */}
      <div class="a-shade" onClick={props.onClose} />
      <div class="a-dialog" part="dialog" role="dialog" aria-modal="true" aria-labelledby="a-pt">
        <div class="a-head">
          <h2 id="a-pt" class="a-title" tabIndex={-1}>
            {texts.preferencesTitle}
          </h2>
          <button type="button" class="a-close" aria-label={texts.close} onClick={props.onClose}>
            <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
              <path
                d="M5 5l10 10M15 5L5 15"
                stroke="currentColor"
                stroke-width="2"
                stroke-linecap="round"
              />
            </svg>
          </button>
        </div>
        <div class="a-body">
          <p class="a-text">
            {texts.preferencesDescription}
            {policyUrl && ' '}
            {policyUrl && <a href={policyUrl}>{texts.policyLink}</a>}
          </p>
          {signal && (
            <div class="a-notice">
              <strong>{signal.label}</strong>
              {signal.text}
            </div>
          )}
          <ul class="a-cats">
            {props.categories.map((c) => (
              <CategoryRow
                key={c.id}
                category={c}
                checked={props.draft[c.id] === true}
                texts={texts}
                onToggle={props.onToggle}
              />
            ))}
          </ul>
        </div>
        <div class="a-foot">
          {/* Nothing optional: no choice to make or record, only the list to read. */}
          {props.categories.some((c) => !c.locked) ? (
            <>
              <button
                type="button"
                class="a-btn a-ghost"
                onClick={() => props.onChoose('rejectAll')}
              >
                {texts.rejectAll}
              </button>
              <button
                type="button"
                class="a-btn a-ghost"
                onClick={() => props.onChoose('acceptAll')}
              >
                {texts.acceptAll}
              </button>
              <button type="button" class="a-btn" onClick={() => props.onChoose('save')}>
                {texts.save}
              </button>
            </>
          ) : (
            <button type="button" class="a-btn" onClick={props.onClose}>
              {texts.close}
            </button>
          )}
        </div>
      </div>
    </>
  )
}
