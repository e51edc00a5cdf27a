import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A column a member file may carry, and the headers taken for it.' })
export class MemberColumn {
  @Field()
  name: string;

  @Field()
  required: boolean;

  @Field(() => [String])
  aliases: string[];
}
