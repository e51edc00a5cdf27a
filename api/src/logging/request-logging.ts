import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

/**
 * One line per HTTP request once answered: method, path, status and time taken, with an id
 * the response's errors can be matched to. Headers (cookies among them) are left out, and
 * so is the health check a load balancer asks for every few seconds.
 */
export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    autoLogging: { ignore: (request) => request.url === '/health' },
    customProps: () => ({ context: 'HTTP' }),
    // Ours see the request and response themselves, not pino's copies of them.
    wrapSerializers: false,
    serializers: {
      req: (request: IncomingMessage & { id?: unknown }) => ({
        id: request.id,
        method: request.method,
        url: request.url,
        remoteAddress: request.socket?.remoteAddress,
      }),
      res: (response: ServerResponse) => ({ statusCode: response.statusCode }),
    },
  });
}
