import { type LongTimer, longInterval } from '../long-timer.js'
import { checkpointBody, signNote } from './checkpoint-note.js'
import type { LogKey } from './log-key.js'
import type { ReceiptLog, StoredCheckpoint } from './receipt-log.js'
import { type CompletedSubtree, treeFrontier } from './tree-frontier.js'
import { TILE_LEVELS } from './tree-reader.js'

/** Options for `checkpointer`. */
export interface CheckpointerOptions {
  log: ReceiptLog
  key: LogKey
  /** Sign at least this often while leaves arrive. Default 10 s. */
  everySeconds?: number
  /** Sign as soon as this many leaves arrived since the last checkpoint. Default 1000. */
  everyRecords?: number
  /** POST each new checkpoint (text/plain) here, so a third party keeps copies. */
  witness?: string
  logger?: Pick<Console, 'error' | 'warn'>
  now?: () => Date
  fetch?: typeof fetch
}

const PAGE = 10_000

/**
 * Signs C2SP checkpoints of a store's log every `everySeconds` or `everyRecords` leaves.
 * Incremental: it resumes from the frontier saved with the last checkpoint and reads only the
 * leaves after it. Several instances may run one each on a shared PostgreSQL: the store saves
 * a checkpoint only on top of the one it extended, so they never fork.
 */
export function checkpointer(options: CheckpointerOptions) {
  const { log, key } = options
  const everyRecords = options.everyRecords ?? 1000
  const logger = options.logger ?? console
  const now = options.now ?? (() => new Date())
  let added = 0
  let running: Promise<StoredCheckpoint> | null = null
  let timer: LongTimer | undefined

  const witness = (note: string) => {
    if (!options.witness) return
    const post = options.fetch ?? fetch
    post(options.witness, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body: note,
    })
      .then((r) => {
        if (!r.ok) logger.warn(`[assent-collector] witness ${options.witness} answered ${r.status}`)
      })
      .catch((error) =>
        logger.warn(`[assent-collector] witness ${options.witness} unreachable:`, String(error)),
      )
  }

  const sign = async (): Promise<StoredCheckpoint> => {
    await log.sequence?.()
    // The latest checkpoint before the size: another instance may sign in between, and a
    // size read first could then look smaller than its checkpoint.
    const latest = await log.latestCheckpoint()
    const size = await log.size()
    if (latest && latest.size === size) return latest
    if (latest && latest.size > size)
      throw new Error(
        `log: the store holds ${size} leaves, fewer than its checkpoint's ${latest.size}`,
      )
    const tiles: CompletedSubtree[] = []
    const frontier = treeFrontier({
      ...(latest ? { state: latest.frontier } : {}),
      levels: TILE_LEVELS,
      onSubtree: (t) => tiles.push(t),
    })
    for (let from = frontier.size; from < size; from += PAGE) {
      const hashes = await log.leafHashes(from, Math.min(size, from + PAGE))
      if (hashes.length !== Math.min(PAGE, size - from))
        throw new Error(
          `log: leaves ${from}..${Math.min(size, from + PAGE) - 1} are not all stored`,
        )
      for (const h of hashes) frontier.append(h)
    }
    const note = signNote(checkpointBody(key.name, size, frontier.root()), key)
    const checkpoint = { size, note, frontier: frontier.state(), at: now().toISOString() }
    if (await log.saveCheckpoint(latest ? latest.size : -1, checkpoint, tiles)) {
      witness(note)
      return checkpoint
    }
    return (await log.latestCheckpoint()) ?? checkpoint
  }

  const self = {
    /** Sign a checkpoint of every leaf committed now (or return the latest if none is new). */
    checkpoint(): Promise<StoredCheckpoint> {
      if (running) return running
      added = 0
      running = sign().finally(() => {
        running = null
      })
      return running
    },
    /** Count leaves this instance added; signs once `everyRecords` have arrived. */
    added(n: number): void {
      added += n
      if (added >= everyRecords && !running)
        self
          .checkpoint()
          .catch((error) => logger.error('[assent-collector] checkpoint failed:', error))
    },
    /** Start the timer (unref'd: it never keeps the process alive). */
    start(): void {
      timer?.clear()
      timer = longInterval(
        () => {
          self
            .checkpoint()
            .catch((error) => logger.error('[assent-collector] checkpoint failed:', error))
        },
        Math.round((options.everySeconds ?? 10) * 1000),
        { unref: true },
      )
    },
    stop(): void {
      timer?.clear()
    },
  }
  return self
}

export type Checkpointer = ReturnType<typeof checkpointer>
