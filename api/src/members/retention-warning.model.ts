import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    "Members' contact details in this election will be anonymised soon (within 14 days), at the end of its retention period.",
})
export class RetentionWarning {
  @Field(() => ID)
  electionId: string;

  @Field()
  electionName: string;

  @Field({ description: 'The day (YYYY-MM-DD, from 00:00 UTC) their contact details go.' })
  anonymisedOn: string;

  @Field(() => Int, { description: 'Members whose contact details are still held.' })
  members: number;
}
