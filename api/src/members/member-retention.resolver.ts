import { Query, Resolver } from '@nestjs/graphql';
import { Role } from '@phonebank/domain';

import { Roles } from '../auth/decorators/access.decorators';
import { MemberRetentionService } from './member-retention.service';
import { RetentionWarning } from './retention-warning.model';

/** Storage limitation, as the admin sees it before it happens. */
@Roles(Role.ADMIN)
@Resolver(() => RetentionWarning)
export class MemberRetentionResolver {
  constructor(private readonly retention: MemberRetentionService) {}

  @Query(() => [RetentionWarning], {
    description:
      "Elections whose members' contact details will be anonymised within 14 days, soonest first.",
  })
  retentionWarnings(): Promise<RetentionWarning[]> {
    return this.retention.warnings();
  }
}
