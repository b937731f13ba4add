/**
 * Reads the consent cookie `name` without blocking the page where the Cookie Store API exists
 * (Chromium; secure contexts), then calls `then` with its value (null: no such cookie). A
 * page's first `document.cookie` read waits on the browser's cookie store: 11 ms of a
 * returning visit's 24 ms start-up at 1× CPU, measured in the bench (docs/benchmarks.md).
 * Without the API, or when it fails, `then` gets undefined at once: read `document.cookie`.
 */
export function readCookie(name: string, then: (value?: string | null) => void): void {
  const store = (self as { cookieStore?: { get(name: string): Promise<{ value: string } | null> } })
    .cookieStore
  try {
    store!.get(name).then(
      (cookie) => then(cookie ? cookie.value : null),
      () => then(),
    )
  } catch {
    then()
  }
}
