import { Controller, Get, Param, Res } from '@nestjs/common';
import { Role } from '@phonebank/domain';
import type { Response } from 'express';

import { Roles } from '../auth/decorators/access.decorators';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import type { User } from '../users/user.entity';
import { SubjectAccessService } from './subject-access.service';

@Controller('api/members')
export class SubjectAccessController {
  constructor(private readonly subjectAccess: SubjectAccessService) {}

  /** Everything held about the member, as one JSON file (UK GDPR subject access); admins only, audited. */
  @Roles(Role.ADMIN)
  @Get(':id/subject-access.json')
  async download(
    @CurrentUser() user: User,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const report = await this.subjectAccess.report(user, id);
    response.status(200);
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="subject-access-${id.slice(0, 8)}-${report.exportedAt.slice(0, 10)}.json"`,
    );
    response.setHeader('Cache-Control', 'no-store');
    response.send(JSON.stringify(report, null, 2));
  }
}
