import pino, { type Logger } from 'pino';

import type { AppConfig } from '../config/app-config';

/** One pino logger for the whole process: startup, NestJS and HTTP requests. */
export function createLogger(log: AppConfig['log']): Logger {
  return pino({
    level: log.level,
    redact: ['req.headers.cookie', 'res.headers["set-cookie"]', 'password', '*.password'],
    transport: log.pretty
      ? { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } }
      : undefined,
  });
}
