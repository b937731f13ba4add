// `@assent/core/outbox`: the receipt outbox on its own, for a build that loads what sends
// receipts only when there is one to send (the script tag's assent-outbox.js). Apps using
// `createConsent` need none of it: the engine has its outbox built in.
export { fetchTransport } from './fetch-transport.js'
export type { Outbox } from './outbox.js'
export {
  OUTBOX_HOLD,
  OUTBOX_KEY,
  outbox,
  read as readOutbox,
  write as writeOutbox,
} from './outbox.js'
