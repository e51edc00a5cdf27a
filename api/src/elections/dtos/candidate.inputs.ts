import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class CreateCandidateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'regionId must be a region id' })
  regionId: string;

  @Field()
  @MaxLength(1000)
  name: string;

  @Field(() => ID, { nullable: true, description: 'Left out for an independent candidate.' })
  @IsOptional()
  @IsUUID('all', { message: 'slateId must be a slate id' })
  slateId?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(100, { each: true })
  tags?: string[];

  @Field({ nullable: true, description: 'One line a caller can read out (up to 280 characters).' })
  @IsOptional()
  @MaxLength(280, { message: 'pitch must be at most 280 characters' })
  pitch?: string;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateCandidateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a candidate id' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a region id' })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'slateId must be a slate id' })
  slateId?: string;

  @Field({ nullable: true, description: 'True makes the candidate independent.' })
  @IsOptional()
  @IsBoolean()
  clearSlate?: boolean;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(100, { each: true })
  tags?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(280, { message: 'pitch must be at most 280 characters' })
  pitch?: string;
}
