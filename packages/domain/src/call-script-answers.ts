// What a call's script answers mean for the member's pledge: the call screen turns the
// answers into the pledge it records, with this one rule.

import { type CallScriptStepDraft, CallScriptStepType, type ScriptAnswers } from './call-script';
import { PledgeStatus, SecondPreferenceAnswer } from './enums';

export interface PledgeFromAnswers {
  status: PledgeStatus;
  ranking: string[];
  secondPreference: SecondPreferenceAnswer;
  secondPreferenceCandidateId: string | null;
  ballotReceived: boolean | null;
  voted: boolean | null;
}

const answerOf = (
  steps: readonly CallScriptStepDraft[],
  answers: ScriptAnswers,
  type: CallScriptStepType,
) => {
  const step = steps.find((candidate) => candidate.type === type);
  return step ? answers[step.key] : undefined;
};

/**
 * The pledge the answers make, or null when the pledge-status question was not answered.
 * `secondPreferenceCandidateId` is the candidate of ours the member was asked to put next
 * (the recommended one), recorded only when the question was answered.
 */
export function pledgeFromAnswers(
  steps: readonly CallScriptStepDraft[],
  answers: ScriptAnswers,
  recommendedCandidateId: string | null,
): PledgeFromAnswers | null {
  const status = answerOf(steps, answers, CallScriptStepType.PLEDGE_STATUS);
  if (typeof status !== 'string' || !(Object.values(PledgeStatus) as string[]).includes(status))
    return null;
  const ranking = answerOf(steps, answers, CallScriptStepType.RANKING);
  const second = answerOf(steps, answers, CallScriptStepType.SECOND_PREFERENCE);
  const asked =
    typeof second === 'string' &&
    (Object.values(SecondPreferenceAnswer) as string[]).includes(second)
      ? (second as SecondPreferenceAnswer)
      : SecondPreferenceAnswer.NOT_ASKED;
  const ballot = answerOf(steps, answers, CallScriptStepType.BALLOT);
  return {
    status: status as PledgeStatus,
    ranking: Array.isArray(ranking) ? [...ranking] : [],
    secondPreference: asked,
    secondPreferenceCandidateId:
      asked === SecondPreferenceAnswer.NOT_ASKED ? null : recommendedCandidateId,
    ballotReceived: ballot === undefined ? null : ballot === 'RECEIVED' || ballot === 'VOTED',
    voted: ballot === undefined ? null : ballot === 'VOTED',
  };
}
