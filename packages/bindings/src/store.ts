/** What the hooks read of the engine's nanostores atoms (`$consent`, `$needsDecision`). */
export interface Store<T> {
  get(): T
  listen(listener: (value: T) => void): () => void
}
