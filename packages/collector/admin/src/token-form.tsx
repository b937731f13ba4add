import { useState } from 'preact/hooks'

export interface TokenFormProps {
  onToken: (token: string) => void
  error?: string | undefined
}

/** Asks for the admin token (ASSENT_ADMIN_TOKEN); it stays in this tab's sessionStorage. */
export function TokenForm({ onToken, error }: TokenFormProps) {
  const [value, setValue] = useState('')
  return (
    <main class="token">
      <h1>Consent receipts</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (value.trim()) onToken(value.trim())
        }}
      >
        <label for="token">Admin token</label>
        <input
          id="token"
          type="password"
          autocomplete="off"
          value={value}
          onInput={(event) => setValue((event.target as HTMLInputElement).value)}
          aria-describedby={error ? 'token-error' : undefined}
        />
        <button type="submit">Open</button>
        {error ? (
          <p id="token-error" class="error" role="alert">
            {error}
          </p>
        ) : null}
        <p class="muted">
          The collector's <code>ASSENT_ADMIN_TOKEN</code>. It is kept for this tab only and sent as{' '}
          <code>Authorization: Bearer</code>.
        </p>
      </form>
    </main>
  )
}
