import { Controller, Get, Query, Res } from '@nestjs/common';
import { Role } from '@phonebank/domain';
import type { Response } from 'express';
import { IsOptional, IsTimeZone, IsUUID } from 'class-validator';

import { Roles } from '../auth/decorators/access.decorators';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import type { User } from '../users/user.entity';
import { ExportsService } from './exports.service';

export class ExportQuery {
  @IsOptional()
  @IsUUID('all', { message: 'electionId must be an election id' })
  electionId?: string;

  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a region id' })
  regionId?: string;

  /** The times in the file are shown in this zone (the coordinator's); Europe/London by default. */
  @IsOptional()
  @IsTimeZone({ message: 'timeZone must be a time zone such as Europe/London' })
  timeZone?: string;
}

/** CSV downloads of personal data: admins, and coordinators for their own regions. Audited. */
@Roles(Role.ADMIN, Role.COORDINATOR)
@Controller('api/exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  /** Every member who is not erased, with contact details. */
  @Get('members.csv')
  members(
    @Query() query: ExportQuery,
    @CurrentUser() user: User,
    @Res() response: Response,
  ): Promise<void> {
    return this.exports.stream('members', user, query, response);
  }

  /** One row per member with a latest pledge (contract). */
  @Get('pledges.csv')
  pledges(
    @Query() query: ExportQuery,
    @CurrentUser() user: User,
    @Res() response: Response,
  ): Promise<void> {
    return this.exports.stream('pledges', user, query, response);
  }
}
