import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'At least `count` of the region’s elected candidates must carry `tag`.',
})
export class ReservedMinimum {
  @Field()
  tag: string;

  @Field(() => Int)
  count: number;
}
