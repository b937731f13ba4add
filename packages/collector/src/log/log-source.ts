import type { ReceiptLog } from './receipt-log.js'
import { type TreeReader, treeReader } from './tree-reader.js'

/** The tree reader over a store's log: leaves and stored tiles. */
export const logTree = (log: ReceiptLog): TreeReader =>
  treeReader({
    leafHashes: (from, to) => log.leafHashes(from, to),
    tiles: (level, from, to) => log.tiles(level, from, to),
  })
