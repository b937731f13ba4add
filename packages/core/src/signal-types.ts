// Browser privacy signals and what a profile does with them. A leaf of the type graph: the
// options, the state and the jurisdiction profiles all name these, and import nothing back.

export type SignalPolicy = 'honor' | 'ignore'

/** Browser privacy signals as read at page load. */
export interface Signals {
  /** `navigator.globalPrivacyControl === true` */
  gpc: boolean
  /** `navigator.doNotTrack`, `window.doNotTrack` or `navigator.msDoNotTrack` is "1"/"yes". */
  dnt: boolean
}
