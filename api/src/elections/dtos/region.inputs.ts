import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

@InputType({ description: 'At least `count` elected candidates must carry `tag`.' })
export class ReservedMinimumInput {
  @Field()
  @MaxLength(100)
  tag: string;

  @Field(() => Int)
  @IsInt()
  count: number;
}

@InputType()
export class CreateRegionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'electionId must be an election id' })
  electionId: string;

  @Field()
  @MaxLength(100)
  code: string;

  @Field()
  @MaxLength(1000)
  name: string;

  @Field(() => Int)
  @IsInt({ message: 'seats must be a whole number' })
  seats: number;

  @Field(() => [ReservedMinimumInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ReservedMinimumInput)
  minima?: ReservedMinimumInput[];
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateRegionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a region id' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  code?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'seats must be a whole number' })
  seats?: number;

  @Field(() => [ReservedMinimumInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ReservedMinimumInput)
  minima?: ReservedMinimumInput[];
}
