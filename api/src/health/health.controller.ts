import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

import { Public } from '../auth/decorators/access.decorators';

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** 200 once migrations have run and the database answers; 503 otherwise. */
  @Public()
  @Get()
  async check(@Res() response: Response): Promise<void> {
    try {
      await this.dataSource.query('SELECT 1');
      const pending = await this.dataSource.showMigrations();
      response
        .status(pending ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK)
        .json({ status: pending ? 'migrating' : 'ok', database: 'up' });
    } catch {
      response
        .status(HttpStatus.SERVICE_UNAVAILABLE)
        .json({ status: 'unavailable', database: 'down' });
    }
  }
}
