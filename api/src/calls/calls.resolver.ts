import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Authenticated } from '../auth/decorators/access.decorators';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import type { User } from '../users/user.entity';
import { CallRecord } from './call-record.entity';
import { Claim } from './claim.entity';
import { RecordCallOutcomeInput } from './dtos/record-call-outcome.input';
import { CallOutcomesService } from './services/call-outcomes.service';
import { ClaimsService } from './services/claims.service';

/** Calling: claiming members from a list and recording how each call went. */
@Authenticated()
@Resolver()
export class CallsResolver {
  constructor(
    private readonly claims: ClaimsService,
    private readonly outcomes: CallOutcomesService,
  ) {}

  @Mutation(() => Claim, {
    nullable: true,
    description:
      'The next member due on the list, held for the list’s lease (or the one you hold already). Null when nobody is due now, the list is paused, or it is outside calling hours.',
  })
  claimNextContact(
    @CurrentUser() user: User,
    @Args('callListId', { type: () => ID }) callListId: string,
    @Args('finishedClaimId', {
      type: () => ID,
      nullable: true,
      description:
        'The claim whose call just ended: its member stays held until the outcome arrives, and the next member is claimed now.',
    })
    finishedClaimId: string | null,
  ): Promise<Claim | null> {
    return this.claims.claimNext(user, callListId, finishedClaimId ?? null);
  }

  @Query(() => Claim, {
    nullable: true,
    description: 'The member you hold on this list now, if any.',
  })
  currentClaim(
    @CurrentUser() user: User,
    @Args('callListId', { type: () => ID }) callListId: string,
  ): Promise<Claim | null> {
    return this.claims.current(user, callListId);
  }

  @Mutation(() => Claim, {
    description: 'Keeps the member for another lease (while the call screen is open).',
  })
  renewClaim(
    @CurrentUser() user: User,
    @Args('claimId', { type: () => ID }) claimId: string,
  ): Promise<Claim> {
    return this.claims.renew(user, claimId);
  }

  @Mutation(() => Boolean, { description: 'Skip: the member goes back to the queue at once.' })
  releaseClaim(
    @CurrentUser() user: User,
    @Args('claimId', { type: () => ID }) claimId: string,
  ): Promise<boolean> {
    return this.claims.release(user, claimId);
  }

  @Mutation(() => CallRecord, {
    description:
      'Records a call and moves the member on in the queue; idempotent on idempotencyKey.',
  })
  recordCallOutcome(
    @CurrentUser() user: User,
    @Args('input') input: RecordCallOutcomeInput,
  ): Promise<CallRecord> {
    return this.outcomes.record(user, input);
  }
}
