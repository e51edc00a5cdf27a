const DONE: IteratorReturnResult<undefined> = { value: undefined, done: true };

/**
 * What one subscriber reads: the latest state, never a queue of stale ones, so a socket that
 * falls behind costs one pending value and not a growing buffer.
 */
export class LatestValueIterator<T> implements AsyncIterableIterator<T> {
  private pending: { value: T } | undefined;
  private waiting: ((result: IteratorResult<T>) => void) | undefined;
  private ended = false;

  /** `onEnd` runs once, whoever ends it: the client completing, the socket closing, the feed. */
  constructor(private readonly onEnd: () => void) {}

  get isEnded(): boolean {
    return this.ended;
  }

  push(value: T): void {
    if (this.ended) return;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      waiting({ value, done: false });
    } else {
      this.pending = { value };
    }
  }

  /** Delivers `value` as the last one: the reader gets it, then the end. */
  pushLast(value: T): void {
    if (this.ended) return;
    this.push(value);
    this.ended = true;
    this.onEnd();
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.pending = undefined;
    this.onEnd();
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.(DONE);
  }

  next(): Promise<IteratorResult<T>> {
    const pending = this.pending;
    if (pending) {
      this.pending = undefined;
      return Promise.resolve({ value: pending.value, done: false });
    }
    if (this.ended) return Promise.resolve(DONE);
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve(DONE);
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.end();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
