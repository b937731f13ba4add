/** The small round button that reopens the preferences once a choice is made. */
export function FloatingButton(props: { label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      class="a-fab"
      part="floating-button"
      aria-label={props.label}
      title={props.label}
      onClick={props.onClick}
    >
      {/* A cookie: a circle with a bite, and three crumbs (zero-length strokes with round caps). */}
      <svg
        width="22"
        height="22"
        viewBox="0 0 24 24"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linejoin="round"
      >
        <path d="M21 12.5A9 9 0 1 1 11.5 3a3 3 0 0 0 4 3.5 3 3 0 0 0 5.5 6z" />
        <path d="M8.5 10h0M14 15h0M8.5 16h0" stroke-width="4.2" stroke-linecap="round" />
      </svg>
    </button>
  )
}
