import { Field, ID, InputType } from '@nestjs/graphql';
import { Disposition, PledgeStatus, SecondPreferenceAnswer } from '@phonebank/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

@InputType({ description: 'What the member said they will do with their ballot.' })
export class PledgeInput {
  @Field(() => PledgeStatus)
  @IsEnum(PledgeStatus, { message: 'pledge.status must be a pledge status' })
  status: PledgeStatus;

  @Field(() => [ID], { description: "Candidate ids of the member's region, in order; no repeats." })
  @ArrayMaxSize(100, { message: 'pledge.ranking may hold at most 100 candidates' })
  @IsUUID('all', { each: true, message: 'pledge.ranking must hold candidate ids' })
  ranking: string[];

  @Field(() => SecondPreferenceAnswer, { nullable: true })
  @IsOptional()
  @IsEnum(SecondPreferenceAnswer, { message: 'pledge.secondPreference must be an answer' })
  secondPreference?: SecondPreferenceAnswer | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The candidate of ours the member was asked to put next.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'pledge.secondPreferenceCandidateId must be a candidate id' })
  secondPreferenceCandidateId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  ballotReceived?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  voted?: boolean | null;
}

@InputType({ description: "One answer of the call's script: a choice, a ranking, or free text." })
export class ScriptAnswerInput {
  @Field()
  @Matches(/^[a-z][a-z0-9_-]{0,31}$/, { message: 'answers: key must be a script step key' })
  key: string;

  @Field(() => [String], { description: 'One value, or the candidate ids of a ranking in order.' })
  @ArrayMaxSize(100, { message: 'answers: at most 100 values per answer' })
  @MaxLength(2000, { each: true, message: 'answers: each value at most 2000 characters' })
  values: string[];
}

@InputType()
export class RecordCallOutcomeInput {
  @Field(() => ID, {
    description: 'Made by the client (a UUID); the same key again returns the first record.',
  })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, {
    message: 'idempotencyKey must be 8–64 letters, digits, - or _ (a UUID is best)',
  })
  idempotencyKey: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'claimId must be a claim id' })
  claimId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The claim's member: should the claim itself be lost (a database crash just after it was made), the call is still recorded against this member of callListId.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'memberId must be a member id' })
  memberId?: string | null;

  @Field(() => ID, { nullable: true, description: "The claim's call list; goes with memberId." })
  @IsOptional()
  @IsUUID('all', { message: 'callListId must be a call list id' })
  callListId?: string | null;

  @Field(() => Disposition)
  @IsEnum(Disposition, { message: 'disposition must be a disposition' })
  disposition: Disposition;

  @Field(() => PledgeInput, { nullable: true, description: 'Only with an ANSWERED call.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PledgeInput)
  pledge?: PledgeInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'notes must be at most 2000 characters' })
  notes?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'With CALL_BACK: when the member asked to be called.',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'callBackAt must be a date and time' })
  callBackAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'The script version the volunteer followed.' })
  @IsOptional()
  @IsUUID('all', { message: 'scriptVersionId must be a script version id' })
  scriptVersionId?: string | null;

  @Field(() => [ScriptAnswerInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'answers: at most 50 answers' })
  @ValidateNested({ each: true })
  @Type(() => ScriptAnswerInput)
  answers?: ScriptAnswerInput[] | null;
}
