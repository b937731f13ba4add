/** Resolves in a new task (not a microtask), so work after it is not part of the current task. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve))

/** Run `work` when the browser is idle (at most ~1 s later); a plain timeout where idle callbacks are missing. */
export function idle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 })
  else setTimeout(work, 50)
}
