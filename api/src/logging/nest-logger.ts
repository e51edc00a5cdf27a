import type { LoggerService } from '@nestjs/common';
import type { Level, Logger } from 'pino';

/**
 * NestJS's logger, writing through the process's one pino logger: Nest's own messages and
 * every `new Logger(context)` in the code come out as pino lines with `context` set.
 */
export class NestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  /**
   * Nest passes the context last; an error comes as an Error, or (from Nest's own exception
   * handler) as its message followed by its stack.
   */
  private write(level: Level, message: unknown, rest: unknown[]): void {
    const fields: Record<string, unknown> = {};
    const params = [...rest];
    if (params.length > 0) fields.context = params.pop();
    if (message instanceof Error) {
      this.logger[level]({ ...fields, err: message });
    } else if (typeof message === 'object' && message !== null) {
      this.logger[level]({ ...fields, ...message });
    } else if (level === 'error' && typeof params[0] === 'string' && /\n\s*at /.test(params[0])) {
      this.logger[level]({ ...fields, err: { message: String(message), stack: params[0] } });
    } else {
      this.logger[level](fields, String(message), ...params);
    }
  }
}
