/**
 * Group commit: writes submitted while a commit is running are queued and committed
 * together in the next one, and every caller is answered only after the commit that holds
 * its item. One fsync then covers a whole batch instead of one request.
 */
export class GroupCommit<T, R> {
  private queue: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = []
  private inFlight = 0
  private scheduled = false
  private idle: (() => void)[] = []
  private lastBatch = 0

  constructor(
    private readonly commit: (items: T[]) => R[] | Promise<R[]>,
    private readonly options: { maxBatch?: number; maxInFlight?: number; delayMs?: number } = {},
  ) {
    // A commit delay is a wait for more writers, not a schedule: a second is already far too long.
    const delay = options.delayMs
    if (delay !== undefined && !(Number.isFinite(delay) && delay >= 0 && delay <= 1000))
      throw new RangeError(`commit delay ${delay} ms: expected 0 to 1000 ms`)
  }

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject })
      this.schedule()
    })
  }

  /** Resolves once nothing is queued or committing. */
  drain(): Promise<void> {
    if (this.queue.length === 0 && this.inFlight === 0) return Promise.resolve()
    return new Promise((resolve) => this.idle.push(resolve))
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= (this.options.maxInFlight ?? 1)) return
    this.scheduled = true
    const run = () => {
      this.scheduled = false
      void this.run()
    }
    // setImmediate lets every request already read from the sockets join this batch. Under
    // concurrency (the last batch held several), a short delay, like PostgreSQL's
    // commit_delay, lets more arrive so one fsync covers more; a lone writer never waits.
    const delay = this.lastBatch > 1 ? (this.options.delayMs ?? 0) : 0
    if (delay > 0 && this.queue.length < (this.options.maxBatch ?? 1000)) setTimeout(run, delay)
    else setImmediate(run)
  }

  private async run(): Promise<void> {
    const batch = this.queue.splice(0, this.options.maxBatch ?? 1000)
    if (batch.length === 0) return this.settle()
    this.lastBatch = batch.length
    this.inFlight++
    try {
      const results = await this.commit(batch.map((entry) => entry.item))
      batch.forEach((entry, i) => {
        entry.resolve(results[i] as R)
      })
    } catch (error) {
      for (const entry of batch) entry.reject(error)
    } finally {
      this.inFlight--
      if (this.queue.length > 0) this.schedule()
      else this.settle()
    }
  }

  private settle(): void {
    if (this.queue.length > 0 || this.inFlight > 0) return
    for (const resolve of this.idle.splice(0)) resolve()
  }
}
