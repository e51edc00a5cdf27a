import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import pino from 'pino';

import { requestLogging } from './request-logging';

interface Line {
  level: number;
  msg: string;
  context: string;
  req: { id: number; method: string; url: string; remoteAddress: string };
  res: { statusCode: number };
  responseTime: number;
  [field: string]: unknown;
}

/** A server answering through requestLogging() at `level`, and the lines it logged. */
async function serve(level: string) {
  const lines: Line[] = [];
  const logger = pino({ level }, { write: (line: string) => lines.push(JSON.parse(line) as Line) });
  const logging = requestLogging(logger);
  const server: Server = createServer((request, response) =>
    logging(request, response, () => {
      if (request.url === '/slow') {
        response.writeHead(200);
        response.write('part of the answer');
        return; // never ends: the client goes away first
      }
      response.statusCode = request.url === '/broken' ? 500 : 200;
      response.end('answer');
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { lines, port, close: () => new Promise((done) => server.close(done)) };
}

/** GETs `path` with a session cookie; resolves once the answer has been read. */
function get(port: number, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    httpRequest({ port, host: '127.0.0.1', path, headers: { cookie: 'pb_session=secret' } }, (r) =>
      r.resume().on('end', resolve),
    )
      .on('error', reject)
      .end();
  });
}

/** The logger writes when the server has closed the response: wait for `count` lines. */
async function waitForLines(lines: Line[], count: number): Promise<void> {
  for (let tries = 0; lines.length < count && tries < 100; tries += 1)
    await new Promise((done) => setTimeout(done, 10));
}

describe('requestLogging', () => {
  it('logs one line per request with method, path, status, time and an id, and no headers', async () => {
    const server = await serve('info');
    try {
      await get(server.port, '/graphql?x=1');
      await get(server.port, '/graphql');
      await waitForLines(server.lines, 2);
      expect(server.lines).toHaveLength(2);
      const [first, second] = server.lines;
      expect(first).toMatchObject({
        level: 30,
        msg: 'request completed',
        context: 'HTTP',
        req: { id: 1, method: 'GET', url: '/graphql?x=1', remoteAddress: '127.0.0.1' },
        res: { statusCode: 200 },
      });
      expect(first.responseTime).toBeGreaterThanOrEqual(0);
      expect(second.req.id).toBe(2);
      expect(JSON.stringify(server.lines)).not.toContain('secret');
    } finally {
      await server.close();
    }
  });

  it('leaves out the health check', async () => {
    const server = await serve('info');
    try {
      await get(server.port, '/health');
      await get(server.port, '/after');
      await waitForLines(server.lines, 1);
      expect(server.lines.map((line) => line.req.url)).toEqual(['/after']);
    } finally {
      await server.close();
    }
  });

  it('logs a server error as an error, even when info lines are off', async () => {
    const server = await serve('warn');
    try {
      await get(server.port, '/fine');
      await get(server.port, '/broken');
      await waitForLines(server.lines, 1);
      expect(server.lines).toHaveLength(1);
      expect(server.lines[0]).toMatchObject({
        level: 50,
        msg: 'request failed',
        req: { url: '/broken' },
        res: { statusCode: 500 },
      });
    } finally {
      await server.close();
    }
  });

  it('logs a request whose client went away before the answer ended as aborted', async () => {
    const server = await serve('info');
    try {
      await new Promise<void>((resolve, reject) => {
        const request = httpRequest({ port: server.port, host: '127.0.0.1', path: '/slow' }, (r) =>
          r.once('data', () => {
            request.destroy();
            resolve();
          }),
        ).on('error', reject);
        request.end();
      });
      await waitForLines(server.lines, 1);
      expect(server.lines).toHaveLength(1);
      expect(server.lines[0]).toMatchObject({
        level: 40,
        msg: 'request aborted',
        req: { url: '/slow' },
      });
    } finally {
      await server.close();
    }
  });
});
