// Swapped in for @assent/core's fetch-transport.ts in assent.js (rollup.config.mjs): the
// default transport comes with the rest of the sending code, in assent-outbox.js.
export const fetchTransport = undefined
