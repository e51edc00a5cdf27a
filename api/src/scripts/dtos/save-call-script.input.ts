import { Field, ID, InputType } from '@nestjs/graphql';
import { CallScriptStepType, MAX_CHOICE_OPTIONS, MAX_SCRIPT_STEPS } from '@phonebank/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsOptional,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

// Sizes are bounded here so nothing huge reaches the rules; checkCallScript (domain) then
// names each problem as steps[i].field.

@InputType()
export class CallScriptSkipRuleInput {
  @Field()
  @MaxLength(32, { message: 'skipIf.step must be a step key of at most 32 characters' })
  step: string;

  @Field(() => [String])
  @ArrayMaxSize(MAX_CHOICE_OPTIONS, {
    message: `skipIf.answerIn may hold at most ${MAX_CHOICE_OPTIONS} answers`,
  })
  @MaxLength(120, { each: true, message: 'skipIf.answerIn: each answer at most 120 characters' })
  answerIn: string[];
}

@InputType()
export class CallScriptStepInput {
  @Field()
  @MaxLength(32, { message: 'key must be at most 32 characters' })
  key: string;

  @Field(() => CallScriptStepType)
  @IsEnum(CallScriptStepType, { message: 'type must be a step type' })
  type: CallScriptStepType;

  @Field()
  @MaxLength(2000, { message: 'text must be at most 2000 characters' })
  text: string;

  @Field(() => [String], { nullable: true, description: 'SINGLE_CHOICE only.' })
  @IsOptional()
  @ArrayMaxSize(MAX_CHOICE_OPTIONS, {
    message: `options may hold at most ${MAX_CHOICE_OPTIONS} options`,
  })
  @MaxLength(120, { each: true, message: 'options: each option at most 120 characters' })
  options?: string[] | null;

  @Field(() => CallScriptSkipRuleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CallScriptSkipRuleInput)
  skipIf?: CallScriptSkipRuleInput | null;
}

@InputType({
  description:
    'Saves a new version of the script for a call list (callListId), else a region (regionId), else the election default (ADMIN only).',
})
export class SaveCallScriptInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'electionId must be an election id' })
  electionId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a region id' })
  regionId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'callListId must be a call list id' })
  callListId?: string | null;

  @Field(() => String, { nullable: true, description: 'Default: the scope’s own name.' })
  @IsOptional()
  @MaxLength(120, { message: 'name must be at most 120 characters' })
  name?: string | null;

  @Field(() => [CallScriptStepInput])
  @ArrayMaxSize(MAX_SCRIPT_STEPS, { message: `steps may hold at most ${MAX_SCRIPT_STEPS} steps` })
  @ValidateNested({ each: true })
  @Type(() => CallScriptStepInput)
  steps: CallScriptStepInput[];
}
