import { type Client, createClient, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

import type { GraphQLError } from './test-app';

/** How long a test waits for a push before calling it lost: it catches hangs, it measures nothing. */
const WAIT_MS = 10_000;

export interface Closed {
  code: number;
  reason: string;
}

/** One subscription's pushes, in order, and how it ended. */
export class TestSubscription<T> {
  readonly pushes: T[] = [];
  readonly errors: GraphQLError[] = [];
  completed = false;
  private readonly waiters = new Set<() => void>();
  stop: () => void = () => undefined;

  constructor(private readonly connection: LiveConnection) {}

  /** Called by the sink: a result, an error list, or the end. */
  record(
    result: FormattedExecutionResult<T, unknown> | undefined,
    errors?: readonly GraphQLError[],
  ): void {
    if (result?.data) this.pushes.push(result.data as T);
    if (result?.errors) this.errors.push(...(result.errors as GraphQLError[]));
    if (errors) this.errors.push(...errors);
    if (!result && !errors) this.completed = true;
    for (const wake of this.waiters) wake();
  }

  /** The first push (counting those already here) for which `predicate` holds. */
  until(predicate: (data: T) => boolean, what = 'a matching push'): Promise<T> {
    return this.waitFor(() => this.pushes.find(predicate), what);
  }

  /** The first error the subscription got. */
  firstError(): Promise<GraphQLError> {
    return this.waitFor(() => this.errors[0], 'an error');
  }

  private waitFor<R>(found: () => R | undefined, what: string): Promise<R> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = found();
        if (value !== undefined) {
          done();
          resolve(value);
        } else if (this.completed || this.connection.closedWith) {
          done();
          reject(new Error(`Waited for ${what}; ${this.describeEnd()}.`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`No ${what} within ${WAIT_MS} ms; got ${JSON.stringify(this.pushes)}.`));
      }, WAIT_MS);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
        this.connection.waiters.delete(check);
      };
      this.waiters.add(check);
      this.connection.waiters.add(check);
      check();
    });
  }

  private describeEnd(): string {
    const closed = this.connection.closedWith;
    if (closed) return `the socket closed with ${closed.code} ${closed.reason}`;
    return `the subscription completed with ${JSON.stringify(this.errors)}`;
  }
}

/**
 * A graphql-ws client over `ws`, as a browser would open it: to /graphql on the same port,
 * carrying the session cookie (and, when given, the page's Origin). It never retries, so
 * a refused connection shows as its close code and reason.
 */
export class LiveConnection {
  readonly client: Client;
  closedWith: Closed | undefined;
  readonly waiters = new Set<() => void>();
  private readonly closedPromise: Promise<Closed>;

  constructor(baseUrl: string, cookie: string | undefined, origin?: string) {
    const headers: Record<string, string> = {};
    if (cookie) headers.cookie = cookie;
    if (origin) headers.origin = origin;
    class SocketWithCookie extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers });
      }
    }
    let closed: (event: Closed) => void = () => undefined;
    this.closedPromise = new Promise((resolve) => (closed = resolve));
    this.client = createClient({
      url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: SocketWithCookie,
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => undefined,
      on: {
        closed: (event) => {
          const { code, reason } = event as { code: number; reason: string };
          this.closedWith = { code, reason: String(reason) };
          closed(this.closedWith);
          for (const wake of this.waiters) wake();
        },
      },
    });
  }

  subscribe<T>(query: string, variables: Record<string, unknown> = {}): TestSubscription<T> {
    const subscription = new TestSubscription<T>(this);
    subscription.stop = this.client.subscribe<T>(
      { query, variables },
      {
        next: (result) => subscription.record(result),
        error: (error) =>
          subscription.record(
            undefined,
            Array.isArray(error)
              ? (error as GraphQLError[])
              : [{ message: `socket error: ${JSON.stringify(error)}` }],
          ),
        complete: () => subscription.record(undefined),
      },
    );
    return subscription;
  }

  /** How the server closed the socket (waits for it). */
  async closed(): Promise<Closed> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`The socket stayed open for ${WAIT_MS} ms.`)),
        WAIT_MS,
      );
    });
    try {
      return await Promise.race([this.closedPromise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}
