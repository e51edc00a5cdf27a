import {
  type CallScriptContext,
  type CallScriptStepDraft,
  DEFAULT_CALL_SCRIPT,
  type StepTypeName,
} from '@phonebank/domain';

import {
  type CallScriptFieldsFragment,
  type CallScriptStepInput,
  type ScriptElectionsQuery,
} from '../../../gql/graphql';

/** A step as the editor holds it: the API's shape, every field present. */
export interface StepDraft extends CallScriptStepDraft {
  type: StepTypeName;
  options: string[];
  skipIf: { step: string; answerIn: string[] } | null;
}

export type ScriptElection = ScriptElectionsQuery['elections'][number];
export type ScriptRegion = ScriptElection['regions'][number];

/** Where a script applies, as the editor's picker names it: `election`, `region:<id>` or `list:<id>`. */
export type PlaceValue = 'election' | `region:${string}` | `list:${string}`;

export interface Place {
  regionId: string | null;
  callListId: string | null;
}

export function placeOf(value: PlaceValue): Place {
  if (value.startsWith('region:')) return { regionId: value.slice(7), callListId: null };
  if (value.startsWith('list:')) return { regionId: null, callListId: value.slice(5) };
  return { regionId: null, callListId: null };
}

export function stepDrafts(
  steps: CallScriptFieldsFragment['steps'] | readonly CallScriptStepDraft[],
): StepDraft[] {
  return steps.map((step) => ({
    key: step.key,
    type: step.type,
    text: step.text,
    options: [...(step.options ?? [])],
    skipIf: step.skipIf ? { step: step.skipIf.step, answerIn: [...step.skipIf.answerIn] } : null,
  }));
}

export const BUILT_IN_STEPS: StepDraft[] = stepDrafts(DEFAULT_CALL_SCRIPT);

export function stepInputs(steps: readonly StepDraft[]): CallScriptStepInput[] {
  return steps.map((step) => ({
    key: step.key,
    type: step.type,
    text: step.text,
    options: step.type === 'SINGLE_CHOICE' ? step.options : [],
    skipIf: step.skipIf,
  }));
}

/** A fresh step of `type` with a key no other step has. */
export function newStep(type: StepTypeName, steps: readonly StepDraft[]): StepDraft {
  const base = type.toLowerCase();
  const taken = new Set(steps.map((step) => step.key));
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}_${n}`;
  return {
    key,
    type,
    text: type === 'TEXT' ? 'Words to read…' : 'Your question…',
    options: type === 'SINGLE_CHOICE' ? ['First option', 'Second option'] : [],
    skipIf: null,
  };
}

/** Moves step `index` by `by` places (−1 up, +1 down); out of range changes nothing. */
export function moveStep(steps: readonly StepDraft[], index: number, by: -1 | 1): StepDraft[] {
  const target = index + by;
  if (target < 0 || target >= steps.length) return [...steps];
  const moved = [...steps];
  [moved[index], moved[target]] = [moved[target], moved[index]];
  return moved;
}

/**
 * Where a problem shows: `steps[3].skipIf.answerIn[0]` on step 3's skip rule,
 * `steps[2].options[1]` on its options; whole-script problems in the alert.
 */
export function placeScriptField(field: string): string | undefined {
  if (field === 'name') return 'name';
  const match = /^steps\[(\d+)\]\.(key|type|text|options|skipIf)/.exec(field);
  return match ? `steps[${match[1]}].${match[2]}` : undefined;
}

/** Invented member data for the preview, with the region's real candidates and our slate. */
export function sampleContext(
  election: ScriptElection | undefined,
  region: ScriptRegion | undefined,
  volunteerName: string,
): CallScriptContext {
  const candidates = (region?.candidates ?? []).map((candidate) => ({
    id: candidate.id,
    name: candidate.name,
    pitch: candidate.pitch,
    ours: candidate.slate?.ours ?? false,
  }));
  return {
    member: { firstName: 'Alex', lastName: 'Sample' },
    volunteer: { name: volunteerName },
    election: election ? { name: election.name } : null,
    region: { name: region?.name ?? 'Sample region', seats: region?.seats ?? 3 },
    slate: election?.slates.find((slate) => slate.ours) ?? null,
    candidates,
    recommendedCandidateId: candidates.find((candidate) => candidate.ours)?.id ?? null,
  };
}
