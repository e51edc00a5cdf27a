import { createClient, type Sink } from 'graphql-ws';

import type { LiveStatus } from './live-status';

// Loaded on the first subscription, as its own chunk; it imports nothing the app already
// has, so no screen that never subscribes (the call screen) downloads any of it.

export interface LiveSocketOptions {
  path: string;
  onStatus: (status: LiveStatus) => void;
  /** The server closed the socket because the session is missing or over. */
  onSessionEnded: () => void;
}

export interface LiveRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  extensions?: Record<string, unknown>;
}

export interface LiveSocket {
  subscribe(request: LiveRequest, sink: Sink): () => void;
  /** Closes the socket so that it opens again, with the cookie the browser holds now. */
  restart(): void;
}

const UNAUTHENTICATED = 4401;
const RESTART = 4205;
const NORMAL_CLOSURE = 1000;
const PING_EVERY_MS = 10_000;
const PONG_WITHIN_MS = 5_000;

/** 1 s, 2 s, 4 s ... up to 30 s between tries, jittered so that clients do not come back together. */
function backoff(retries: number): Promise<void> {
  const ms = Math.min(30_000, 1_000 * 2 ** retries) * (0.5 + Math.random() / 2);
  return new Promise((done) => setTimeout(done, ms));
}

/** graphql-ws on this origin's path (wss:// under https), retrying for as long as the page lives. */
export function openLiveSocket({ path, onStatus, onSessionEnded }: LiveSocketOptions): LiveSocket {
  const { protocol, host } = window.location;
  let open: WebSocket | undefined;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  const client = createClient({
    url: `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${path}`,
    lazy: true,
    keepAlive: PING_EVERY_MS,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: backoff,
    on: {
      connecting: () => onStatus('connecting'),
      opened: (socket) => {
        open = socket as WebSocket;
      },
      connected: () => onStatus('connected'),
      ping: (received) => {
        // A ping of ours that no pong answers: the network went away without a word.
        if (!received) pongTimer = setTimeout(() => client.terminate(), PONG_WITHIN_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
      closed: (event) => {
        open = undefined;
        clearTimeout(pongTimer);
        const code = (event as { code?: number } | undefined)?.code;
        if (code === UNAUTHENTICATED) onSessionEnded();
        // A normal closure is the client letting go after its last subscription ended.
        onStatus(code === NORMAL_CLOSURE ? 'idle' : 'down');
      },
    },
  });
  return {
    subscribe: (request, sink) => client.subscribe(request, sink),
    restart: () => {
      if (open?.readyState === WebSocket.OPEN) open.close(RESTART, 'Client restart');
    },
  };
}
