import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import type { Logger as PinoLogger } from 'pino';

import { AppModule } from '../app.module';
import type { AppConfig } from '../config/app-config';
import { serveWebClient } from '../web-client/serve-web-client';

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
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(cookieParser());
  serveWebClient(app, config.webDist);
  return app;
}
