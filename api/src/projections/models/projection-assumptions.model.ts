import { Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsNumber, IsUUID, ValidateNested } from 'class-validator';

import { Slate } from '../../elections/slate.entity';

@ObjectType({ description: 'What a projection assumes about the voters of one slate.' })
export class SlateAssumption {
  @Field(() => Slate)
  slate: Slate;

  @Field(() => Float, {
    description: 'Share (0–1) of the first preferences of voters we have no pledge from.',
  })
  share: number;

  @Field(() => Float, {
    description: 'Chance (0–1) that such a voter’s next preference stays with the slate.',
  })
  loyalty: number;
}

@ObjectType('ProjectionAssumptions', {
  description:
    'What the coordinator assumes about the region’s voters; every projection shows the assumptions it counted with.',
})
export class ProjectionAssumptionsModel {
  @Field(() => Float, { description: 'Share (0–1) of the callable members who vote.' })
  turnout: number;

  @Field(() => Float, { description: 'Chance (0–1) that a PLEDGED member votes as pledged.' })
  pledgeReliability: number;

  @Field(() => Float, { description: 'Chance (0–1) that a LEANING member votes as they said.' })
  leaningReliability: number;

  @Field(() => Float, {
    description: 'Spread (0–1) of the random variation between simulations; 0: none.',
  })
  variation: number;

  @Field(() => [SlateAssumption], {
    description: 'Slates not listed share equally what the listed shares leave.',
  })
  slates: SlateAssumption[];
}

@InputType()
export class SlateAssumptionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'slates: slateId must be a slate id' })
  slateId: string;

  @Field(() => Float)
  @IsNumber({}, { message: 'share must be a number' })
  share: number;

  @Field(() => Float)
  @IsNumber({}, { message: 'loyalty must be a number' })
  loyalty: number;
}

@InputType()
export class ProjectionAssumptionsInput {
  @Field(() => Float)
  @IsNumber({}, { message: 'turnout must be a number' })
  turnout: number;

  @Field(() => Float)
  @IsNumber({}, { message: 'pledgeReliability must be a number' })
  pledgeReliability: number;

  @Field(() => Float)
  @IsNumber({}, { message: 'leaningReliability must be a number' })
  leaningReliability: number;

  @Field(() => Float)
  @IsNumber({}, { message: 'variation must be a number' })
  variation: number;

  @Field(() => [SlateAssumptionInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => SlateAssumptionInput)
  slates: SlateAssumptionInput[];
}
