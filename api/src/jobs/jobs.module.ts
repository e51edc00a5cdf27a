import { type DynamicModule, Module } from '@nestjs/common';

import { JobsService } from './jobs.service';
import { DATABASE_URL } from './jobs.tokens';

@Module({})
export class JobsModule {
  static register(databaseUrl: string): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      providers: [{ provide: DATABASE_URL, useValue: databaseUrl }, JobsService],
      exports: [JobsService],
    };
  }
}
