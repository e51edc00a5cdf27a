import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PledgeStatus, SecondPreferenceAnswer } from '@phonebank/domain';

import { Region } from '../elections/region.entity';
import { RegionScoped } from '../auth/decorators/region-scope.decorators';
import { RegionPermission } from '../auth/region-access';

@ObjectType({ description: "A member's current (latest) pledge." })
export class MemberPledge {
  @Field(() => PledgeStatus)
  status: PledgeStatus;

  @Field(() => SecondPreferenceAnswer)
  secondPreference: SecondPreferenceAnswer;

  @Field()
  createdAt: Date;
}

@ObjectType({
  description:
    'A row of the members list: no full phone number or email (reading those is audited, through member(id)).',
})
@RegionScoped(RegionPermission.READ, (member: MemberSummary) => member.region?.id)
export class MemberSummary {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Empty for an erased member.' })
  membershipNumber: string;

  @Field({ description: '"Erased member" for an erased member.' })
  firstName: string;

  @Field()
  lastName: string;

  @Field(() => Region, { nullable: true })
  region: Region | null;

  @Field(() => String, { nullable: true })
  postcode: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "+44 •••• ••0123".' })
  maskedPhone: string | null;

  @Field()
  doNotCall: boolean;

  @Field()
  erased: boolean;

  @Field({ description: 'Another member of the same election has the same phone number.' })
  sharedPhone: boolean;

  @Field(() => PledgeStatus, { nullable: true })
  pledgeStatus: PledgeStatus | null;

  @Field({ description: 'The member has at least one call record.' })
  called: boolean;
}

@ObjectType()
export class MemberPage {
  @Field(() => [MemberSummary])
  items: MemberSummary[];

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  offset: number;

  @Field(() => Int)
  limit: number;
}
