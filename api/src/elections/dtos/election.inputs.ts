import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CountingRule } from '@phonebank/domain';
import { IsEnum, IsInt, IsISO8601, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';

import { MAX_RETENTION_DAYS } from '../retention';

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

  @Field(() => String, {
    nullable: true,
    description: 'The polling day (YYYY-MM-DD); null clears it, which stops anonymisation.',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'polling day must be a date such as 2027-05-06' })
  @MaxLength(10, { message: 'polling day must be a date such as 2027-05-06' })
  pollingDay?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Days after the polling day that members' contact details are kept.",
  })
  @IsOptional()
  @IsInt({ message: 'retention must be a whole number of days' })
  @Min(1, { message: `retention must be between 1 and ${MAX_RETENTION_DAYS} days` })
  @Max(MAX_RETENTION_DAYS, {
    message: `retention must be between 1 and ${MAX_RETENTION_DAYS} days`,
  })
  retentionDays?: number;
}
