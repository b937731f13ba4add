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
      {/* A cookie: a circle with a bite and three crumbs. */}
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
        <circle cx="8.5" cy="10" r="1.2" fill="currentColor" />
        <circle cx="14" cy="15" r="1.2" fill="currentColor" />
        <circle cx="8.5" cy="16" r="1.2" fill="currentColor" />
      </svg>
    </button>
  )
}
