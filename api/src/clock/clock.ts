import { readFileSync } from 'node:fs';

import { Inject, Injectable } from '@nestjs/common';

import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';

/**
 * The time the call queue reasons with: leases, retries and calling hours. In tests it
 * reads the time from a file every API process shares, so a test moves the clock of two
 * servers at once instead of waiting; anywhere else it is the system clock.
 */
@Injectable()
export class Clock {
  private readonly testClockFile: string | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.testClockFile = config.environment === 'test' ? config.testClockFile : undefined;
  }

  now(): Date {
    if (this.testClockFile === undefined) return new Date();
    let text: string;
    try {
      text = readFileSync(this.testClockFile, 'utf8').trim();
    } catch {
      return new Date();
    }
    if (text === '') return new Date();
    const at = new Date(text);
    if (Number.isNaN(at.getTime()))
      throw new Error(`TEST_CLOCK_FILE holds '${text}', which is not an ISO 8601 time`);
    return at;
  }
}
