import { type ApolloClient, ApolloLink } from '@apollo/client';
import { print } from '@apollo/client/utilities';
import { Observable } from 'rxjs';

import type { LiveSocket } from './live-socket';
import { setLiveStatus } from './live-status';

const installed = new WeakSet<ApolloClient>();

function isCloseEvent(value: unknown): value is { code: number; reason: string } {
  return typeof value === 'object' && value !== null && 'code' in value && 'reason' in value;
}

/**
 * What graphql-ws rejected with, as an Error. GraphQL errors of a subscription arrive as
 * results (Apollo reports them with their codes); only a closed socket or a document the
 * server refused before running it ends up here.
 */
function asError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (isCloseEvent(error))
    return new Error(
      `Live updates stopped (${error.code}${error.reason ? `: ${error.reason}` : ''}).`,
    );
  const messages = (Array.isArray(error) ? error : [error]) as { message?: string }[];
  return new Error(messages.map((problem) => problem.message ?? String(problem)).join(' '));
}

/**
 * Sends this client's subscriptions over a WebSocket at `path` (the same path and origin as
 * POST /graphql) and everything else as before. Installed by the first screen that
 * subscribes, and graphql-ws is loaded then: the app's first download does not grow.
 */
export function installLiveLink(client: ApolloClient, path = '/graphql'): void {
  if (installed.has(client)) return;
  installed.add(client);

  let socket: Promise<LiveSocket> | undefined;
  const load = () =>
    (socket ??= import('./live-socket').then(
      ({ openLiveSocket }) =>
        openLiveSocket({
          path,
          onStatus: setLiveStatus,
          // Ask again over HTTP: its UNAUTHENTICATED answer signs the page out as usual.
          onSessionEnded: () => void client.refetchQueries({ include: 'active' }),
        }),
      (error: unknown) => {
        socket = undefined; // download it again next time
        setLiveStatus('down');
        throw error;
      },
    ));

  const live = new ApolloLink(
    ({ query, variables, operationName, extensions }) =>
      new Observable((observer) => {
        let unsubscribe: (() => void) | undefined;
        let stopped = false;
        load().then(
          (opened) => {
            if (stopped) return;
            unsubscribe = opened.subscribe(
              { query: print(query), variables, operationName, extensions },
              {
                next: (result) => observer.next(result as ApolloLink.Result),
                complete: () => observer.complete(),
                error: (error) => observer.error(asError(error)),
              },
            );
          },
          (error: unknown) => observer.error(asError(error)),
        );
        return () => {
          stopped = true;
          unsubscribe?.();
        };
      }),
  );

  client.setLink(
    ApolloLink.split((operation) => operation.operationType === 'subscription', live, client.link),
  );
  // Signing in or out changes the cookie; the socket keeps the one it opened with.
  const restart = async () => void (await socket)?.restart();
  client.onClearStore(restart);
  client.onResetStore(restart);
}
