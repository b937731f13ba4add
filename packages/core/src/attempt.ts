/**
 * Run `fn` and return its result, or undefined when it throws: storage can be blocked
 * (privacy modes, sandboxed iframes) and host code (storages, hooks) must never break the engine.
 */
export const attempt = <T>(fn: () => T): T | undefined => {
  try {
    return fn()
  } catch {
    return undefined
  }
}
