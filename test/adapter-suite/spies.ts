// Spies that the package test files install with vi.mock. vi.mock is hoisted only from a test
// file, so each file keeps a two-line vi.mock that loads the factory from here. This module
// must not import '@assent/core' or '@assent/widget' at runtime: it is loaded while they mock.
type Core = typeof import('@assent/core')
type Widget = typeof import('@assent/widget')

/** One record per engine created through `createConsent`, and whether it was destroyed. */
export const engines: Array<{ destroyed: boolean }> = []

/** How many times `mountWidget` ran. */
export const mounts = { count: 0 }

/** `@assent/core` with a `createConsent` that records into `engines`. */
export const spyOnEngines = (core: Core): Core => ({
  ...core,
  createConsent: (options) => {
    const engine = core.createConsent(options)
    const record = { destroyed: false }
    engines.push(record)
    return {
      ...engine,
      destroy: () => {
        record.destroyed = true
        engine.destroy()
      },
    }
  },
})

/** `@assent/widget` with a `mountWidget` that counts into `mounts`. */
export const spyOnMounts = (widget: Widget): Widget => ({
  ...widget,
  mountWidget: (...args) => {
    mounts.count++
    return widget.mountWidget(...args)
  },
})
