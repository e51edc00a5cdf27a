import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PledgeStatus, SecondPreferenceAnswer } from '@phonebank/domain';

import { CandidateCount } from '../elections/candidate-count.model';
import { Candidate } from '../elections/candidate.entity';
import { Region } from '../elections/region.entity';
import { User } from '../users/user.entity';
import { RegionScoped } from '../auth/decorators/region-scope.decorators';
import { RegionPermission } from '../auth/region-access';

@ObjectType({ description: 'Latest pledges with one status.' })
export class PledgeStatusCount {
  @Field(() => PledgeStatus)
  status: PledgeStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Latest pledges with one answer to the second-preference ask.' })
export class SecondPreferenceAnswerCount {
  @Field(() => SecondPreferenceAnswer)
  answer: SecondPreferenceAnswer;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  description:
    'One cell of the transfer matrix: latest pledges (any status) ranking `from` first and `to` next.',
})
export class PreferenceTransfer {
  @Field(() => Candidate)
  from: Candidate;

  @Field(() => Candidate, {
    nullable: true,
    description: 'The second preference; null: the ranking stops at `from` (exhausted).',
  })
  to: Candidate | null;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "A day's calls for a region, on the call lists' local date." })
export class DailyCallActivity {
  @Field({ description: 'YYYY-MM-DD in the time zone of the call list the calls came from.' })
  day: string;

  @Field(() => Int)
  calls: number;

  @Field(() => Int, { description: 'Calls answered.' })
  reached: number;

  @Field(() => Int, { description: 'Calls that recorded a PLEDGED pledge.' })
  pledged: number;
}

@ObjectType({ description: "A volunteer's calls for a region." })
export class VolunteerCallActivity {
  @Field(() => User)
  volunteer: User;

  @Field(() => Int)
  calls: number;

  @Field(() => Int, { description: 'Calls answered.' })
  reached: number;

  @Field(() => Int, { description: 'Calls that recorded a PLEDGED pledge.' })
  pledged: number;

  @Field(() => String, { nullable: true, description: 'When their last call was recorded.' })
  lastCallAt: string | null;
}

@ObjectType('RegionTally', {
  description:
    "A region's figures as recorded on the phones: members, calls, latest pledges, preferences and transfers.",
})
@RegionScoped(RegionPermission.FIGURES, (tally: RegionTallyModel) => tally.region.id)
export class RegionTallyModel {
  @Field(() => Region)
  region: Region;

  @Field(() => Int, {
    description: 'Members of the region who may be called (not opted out, not erased).',
  })
  members: number;

  @Field(() => Int, { description: 'Members with at least one call recorded.' })
  called: number;

  @Field(() => Int, { description: 'Members with an ANSWERED call.' })
  reached: number;

  @Field(() => Int, { description: 'Members whose latest pledge is PLEDGED.' })
  pledged: number;

  @Field(() => [CandidateCount], {
    description:
      "Latest PLEDGED pledges by the candidate ranked first: every candidate of the region, zeros included, in the region's order.",
  })
  firstPreferences: CandidateCount[];

  @Field(() => Int, { description: 'Latest pledges that agreed to the second-preference ask.' })
  secondPreferenceAgreed: number;

  @Field(() => [PledgeStatusCount], { description: 'Latest pledges by status, every status.' })
  pledgeStatuses: PledgeStatusCount[];

  @Field(() => [SecondPreferenceAnswerCount], {
    description: 'Latest pledges by their answer to the second-preference ask, every answer.',
  })
  secondPreferences: SecondPreferenceAnswerCount[];

  @Field(() => [CandidateCount], {
    description:
      'Agreed second-preference asks by the candidate asked for: each of our candidates in the region, zeros included.',
  })
  secondPreferenceCandidates: CandidateCount[];

  @Field(() => Int, { description: 'Latest pledges saying the ballot has arrived.' })
  ballotsReceived: number;

  @Field(() => Int, { description: 'Latest pledges saying they have voted.' })
  voted: number;

  @Field(() => [PreferenceTransfer], {
    description:
      'The transfer matrix: latest ranked pledges (any status) by first choice and next preference; empty cells left out.',
  })
  transfers: PreferenceTransfer[];

  @Field(() => [DailyCallActivity], { description: 'Calls per day, oldest first.' })
  days: DailyCallActivity[];

  @Field(() => [VolunteerCallActivity], { description: 'Calls per volunteer, most calls first.' })
  volunteers: VolunteerCallActivity[];

  @Field({ description: 'When these figures were read (ISO 8601).' })
  countedAt: string;
}
