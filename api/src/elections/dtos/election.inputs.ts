import { Field, ID, InputType } from '@nestjs/graphql';
import { CountingRule } from '@phonebank/domain';
import { IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class CreateElectionInput {
  @Field()
  @MaxLength(1000)
  name: string;

  @Field(() => CountingRule)
  @IsEnum(CountingRule)
  rule: CountingRule;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateElectionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an election id' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  name?: string;

  @Field(() => CountingRule, { nullable: true })
  @IsOptional()
  @IsEnum(CountingRule)
  rule?: CountingRule;
}
