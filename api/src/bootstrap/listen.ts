import type { Server } from 'node:http';

import type { NestExpressApplication } from '@nestjs/platform-express';

/**
 * Connections the kernel may hold for the server while it is busy, before it drops new ones
 * (which then wait a second or more to try again): a phone bank's volunteers reconnect
 * together after a deploy or an outage. Linux caps it at net.core.somaxconn (4096 today).
 */
const LISTEN_BACKLOG = 4096;

/** Starts answering on `host`:`port`, with room for a crowd of connections at once. */
export async function listen(
  app: NestExpressApplication,
  port: number,
  host: string,
): Promise<void> {
  await app.init();
  const server = app.getHttpServer() as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, backlog: LISTEN_BACKLOG }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  app.flushLogs();
  tellSupervisor();
}

/**
 * `npm start` (tools/start.cjs) runs the server as its child over an IPC channel: it restarts
 * a server that stops unexpectedly only if it had been listening, never one that could not
 * start. The channel is let go at once, so it never keeps the process alive.
 */
function tellSupervisor(): void {
  if (!process.send) return;
  process.send({ phonebank: 'listening' }, () => process.disconnect?.());
}
