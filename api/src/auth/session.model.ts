import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Session', { description: 'A browser or phone where the user is signed in.' })
export class SessionModel {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field()
  lastSeenAt: Date;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field({ description: 'True for the session making this request.' })
  current: boolean;
}
