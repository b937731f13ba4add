interface MatomoWindow {
  _paq?: unknown[]
}

/** Pushes one command onto Matomo's `_paq` queue, creating it if needed. */
export function paq(...command: unknown[]): void {
  const w = window as unknown as MatomoWindow
  w._paq = w._paq || []
  w._paq.push(command)
}

/**
 * Removes `track*` commands other code queued before consent: Matomo would replay them once
 * consent is given (matomo-org/matomo#17183). Only while `_paq` is still a plain array.
 */
export function dropQueuedTracking(): void {
  const queue = (window as unknown as MatomoWindow)._paq
  if (!Array.isArray(queue)) return
  for (let i = queue.length; i--; ) {
    if (/^track/.test((queue[i] as unknown[])?.[0] as string)) queue.splice(i, 1)
  }
}

/** What `trackMatomoPageView()` needs from the live `matomo()` integration. */
export const matomoPage = { allowed: false, url: '' }
