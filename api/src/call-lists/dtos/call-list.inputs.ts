import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { PledgeStatus } from '@phonebank/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

@InputType({ description: 'Local times of day as HH:MM; default 10:00–21:00 Europe/London.' })
export class CallingHoursInput {
  @Field()
  @MaxLength(5, { message: 'callingHours.from must be HH:MM' })
  from: string;

  @Field()
  @MaxLength(5, { message: 'callingHours.to must be HH:MM' })
  to: string;

  @Field(() => String, { nullable: true, defaultValue: 'Europe/London' })
  @IsOptional()
  @MaxLength(64, { message: 'callingHours.timeZone must be a time zone such as Europe/London' })
  timeZone?: string | null;
}

@InputType({ description: 'Minutes until the next attempt after each unanswered outcome.' })
export class RetryDelaysInput {
  @Field(() => Int, { nullable: true, description: 'Default 240 (4 hours).' })
  @IsOptional()
  @IsInt({ message: 'retryDelays.noAnswerMinutes must be a whole number' })
  noAnswerMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Default 240 (4 hours).' })
  @IsOptional()
  @IsInt({ message: 'retryDelays.busyMinutes must be a whole number' })
  busyMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Default 1440 (1 day).' })
  @IsOptional()
  @IsInt({ message: 'retryDelays.voicemailMinutes must be a whole number' })
  voicemailMinutes?: number | null;
}

@InputType({
  description: 'Which members of the region a list takes in; left out: all who can be called.',
})
export class CallListFilterInput {
  @Field(() => [PledgeStatus], { nullable: true, description: 'Latest pledge has one of these.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(PledgeStatus, { each: true, message: 'filter.pledgeStatuses holds an unknown status' })
  pledgeStatuses?: PledgeStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Also (or only) members with no pledge yet.',
  })
  @IsOptional()
  @IsBoolean()
  unpledged?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  neverCalled?: boolean | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'filter.notCalledSince must be a date and time' })
  notCalledSince?: Date | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  mobileOnly?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Members with any of these tags.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'filter.tags may hold at most 20 tags' })
  @MaxLength(40, { each: true, message: 'filter.tags: each tag at most 40 characters' })
  tags?: string[] | null;
}

/** The rules every list has, set when it is made and changed later alike. */
@InputType({ isAbstract: true })
export abstract class CallListRulesInput {
  @Field(() => CallingHoursInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CallingHoursInput)
  callingHours?: CallingHoursInput | null;

  @Field(() => Int, { nullable: true, description: 'Default 3.' })
  @IsOptional()
  @IsInt({ message: 'maxAttempts must be a whole number' })
  maxAttempts?: number | null;

  @Field(() => Int, { nullable: true, description: 'Default 10.' })
  @IsOptional()
  @IsInt({ message: 'leaseMinutes must be a whole number' })
  leaseMinutes?: number | null;

  @Field(() => RetryDelaysInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RetryDelaysInput)
  retryDelays?: RetryDelaysInput | null;
}

@InputType()
export class CreateCallListInput extends CallListRulesInput {
  @Field()
  @MaxLength(1000)
  name: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'regionId must be a region id' })
  regionId: string;

  @Field(() => CallListFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CallListFilterInput)
  filter?: CallListFilterInput | null;
}

@InputType({ description: 'Fields left out stay as they are. The filter is fixed at creation.' })
export class UpdateCallListInput extends CallListRulesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a call list id' })
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  name?: string | null;
}
