import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Authenticated } from '../auth/decorators/access.decorators';
import { Candidate } from '../elections/candidate.entity';
import { FirstPreferenceService } from '../pledges/first-preference.service';
import { Claim } from './claim.entity';

@Resolver(() => Claim)
export class ClaimFieldsResolver {
  constructor(private readonly firstPreferences: FirstPreferenceService) {}

  @Authenticated()
  @ResolveField(() => Candidate, {
    nullable: true,
    description:
      'For a supporter of our slate: which of our candidates to ask them to put first, so our first preferences stay balanced against the region’s target split. Null when we have no candidate there.',
  })
  recommendedFirstPreference(@Parent() claim: Claim): Promise<Candidate | null> {
    // Every claim the API returns carries its member's region (claim-statements.ts).
    return this.firstPreferences.recommendation(claim.member?.region ?? null);
  }
}
