import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CallScriptStepType } from '@phonebank/domain';
import { RegionScoped } from '../auth/decorators/region-scope.decorators';
import { RegionPermission } from '../auth/region-access';

registerEnumType(CallScriptStepType, {
  name: 'CallScriptStepType',
  description: 'What a script step is: words to read, a question, or one of the STV questions.',
});

/** Where a script applies; the most specific one a call list has wins. */
export enum CallScriptScope {
  CALL_LIST = 'CALL_LIST',
  REGION = 'REGION',
  ELECTION = 'ELECTION',
  BUILT_IN = 'BUILT_IN',
}

registerEnumType(CallScriptScope, {
  name: 'CallScriptScope',
  description: 'A call list’s own script, else its region’s, else the election’s, else built in.',
});

@ObjectType({
  description: 'Hide the step when step `step` (an earlier one) was answered with one of these.',
})
export class CallScriptSkipRule {
  @Field()
  step: string;

  @Field(() => [String])
  answerIn: string[];
}

@ObjectType({
  description:
    'One step. `text` is a template ({{member.firstName}}, {{region.seats}}, {{candidates.ours}}, …); `options` only for SINGLE_CHOICE.',
})
export class CallScriptStepModel {
  @Field()
  key: string;

  @Field(() => CallScriptStepType)
  type: CallScriptStepType;

  @Field()
  text: string;

  @Field(() => [String])
  options: string[];

  @Field(() => CallScriptSkipRule, { nullable: true })
  skipIf: CallScriptSkipRule | null;
}

@ObjectType('CallScript', { description: 'A script at its latest version.' })
@RegionScoped(RegionPermission.READ, (script: CallScriptModel) => script.regionId)
export class CallScriptModel {
  @Field(() => ID, { nullable: true, description: 'Null for the built-in script.' })
  id: string | null;

  @Field(() => CallScriptScope)
  scope: CallScriptScope;

  @Field(() => ID, { nullable: true })
  electionId: string | null;

  @Field(() => ID, { nullable: true })
  regionId: string | null;

  @Field(() => ID, { nullable: true })
  callListId: string | null;

  @Field()
  name: string;

  @Field(() => Int, { description: '1, 2, … (each save adds one); 0 for the built-in script.' })
  version: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The version a call record keeps; null for the built-in script.',
  })
  versionId: string | null;

  @Field(() => [CallScriptStepModel])
  steps: CallScriptStepModel[];

  @Field(() => Date, { nullable: true, description: 'When this version was saved.' })
  savedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who saved this version.' })
  savedBy: string | null;
}
