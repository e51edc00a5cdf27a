import 'reflect-metadata';

import type { Server } from 'node:http';

import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { Logger as PinoLogger } from 'pino';

import { AppModule } from '../app.module';
import { refuseForeignOrigins } from '../common/http/foreign-origin.middleware';
import type { AppConfig } from '../config/app-config';
import { NestLogger } from '../logging/nest-logger';
import { requestLogging } from '../logging/request-logging';
import { serveWebClient } from '../web-client/serve-web-client';
import { securityHeaders } from './security-headers';

const KEEP_ALIVE_MS = 65_000;

/** Builds the whole application (not yet listening): the server and the tests use this. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  logger: PinoLogger,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register({ config, databaseUrl, logger }),
    {
      bufferLogs: true,
    },
  );
  app.useLogger(new NestLogger(logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // No ETag on API responses: they come by POST, per user, and are never revalidated, so
  // hashing each body only costs. Static files keep theirs (serveWebClient).
  app.set('etag', false);
  // Kept-alive connections stay open longer than a proxy's or a phone's idle timeout (60 s
  // is common): the server closing first races the client's next request on that socket.
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  app.use(requestLogging(logger));
  app.use(securityHeaders());
  app.use(refuseForeignOrigins(config.trustProxy));
  app.use(cookieParser());
  serveWebClient(app, config.webDist);
  return app;
}
