import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PledgeStatus } from '@phonebank/domain';

import { User } from '../users/user.entity';

@ObjectType({ description: 'When members may be called, in local time.' })
export class CallingHours {
  @Field()
  from: string;

  @Field()
  to: string;

  @Field()
  timeZone: string;

  @Field({ description: 'Whether claims are taken now.' })
  openNow: boolean;
}

@ObjectType({ description: 'Minutes until the next attempt after each unanswered outcome.' })
export class RetryDelays {
  @Field(() => Int)
  noAnswerMinutes: number;

  @Field(() => Int)
  busyMinutes: number;

  @Field(() => Int)
  voicemailMinutes: number;
}

@ObjectType('CallListFilter', { description: 'Which members of the region the list takes in.' })
export class CallListFilterModel {
  @Field(() => [PledgeStatus])
  pledgeStatuses: PledgeStatus[];

  @Field()
  unpledged: boolean;

  @Field()
  neverCalled: boolean;

  @Field(() => Date, { nullable: true })
  notCalledSince: Date | null;

  @Field()
  mobileOnly: boolean;

  @Field(() => [String])
  tags: string[];
}

@ObjectType({ description: 'Where the members of a list stand, counted now.' })
export class CallListProgress {
  @Field(() => Int, { description: 'Due now and free to claim.' })
  waiting: number;

  @Field(() => Int, { description: 'Held by a volunteer under a live lease.' })
  held: number;

  @Field(() => Int, { description: 'Retries and call-backs not due yet.' })
  dueLater: number;

  @Field(() => Int, { description: 'Reached, refused, wrong number or do-not-call.' })
  done: number;

  @Field(() => Int, { description: 'Tried the maximum number of times without an answer.' })
  exhausted: number;

  @Field(() => Int, { description: 'Opted out or erased since the list was made.' })
  withdrawn: number;
}

@ObjectType('CallListVolunteer', {
  description: 'A volunteer on a call list, and what they have done on it.',
})
export class CallListVolunteerModel {
  @Field(() => User)
  user: User;

  @Field()
  addedAt: Date;

  @Field(() => Int, { description: 'Calls recorded on this list today (list’s time zone).' })
  callsToday: number;

  @Field(() => Int)
  callsTotal: number;

  @Field(() => Int, { description: 'Members reserved for them and still waiting.' })
  reserved: number;

  @Field({ description: 'Holding a member right now.' })
  holding: boolean;
}
