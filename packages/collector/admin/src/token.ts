// The admin token: typed in, or handed over in the URL fragment (#token=…, never sent to any
// server), then kept in sessionStorage for this tab only.
const KEY = 'assent-admin-token'

/** Move `#token=…` from the address bar into sessionStorage, and out of the history. */
export function takeTokenFromUrl(): void {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash)
  if (!match?.[1]) return
  saveToken(decodeURIComponent(match[1]))
  history.replaceState(null, '', location.pathname + location.search)
}

export function readToken(): string | null {
  try {
    return sessionStorage.getItem(KEY)
  } catch {
    return memory
  }
}

let memory: string | null = null

export function saveToken(token: string): void {
  memory = token
  try {
    sessionStorage.setItem(KEY, token)
  } catch {}
}

export function forgetToken(): void {
  memory = null
  try {
    sessionStorage.removeItem(KEY)
  } catch {}
}
