// Call scripts: what a volunteer reads and asks, step by step. Shared so the coordinator's
// editor, its preview, the calling page and the API agree on one model, one validator,
// one template language and one branching rule.
//
// Branching is deliberately small: a step may carry `skipIf: { step, answerIn }`, naming an
// EARLIER step; the step is hidden when that earlier step is shown and its answer is one of
// `answerIn`. Because a rule can only look backwards, a script is a straight line with
// holes in it: no cycles, no unreachable tails, and the order a coordinator sees is the
// order a volunteer follows. One built-in rule follows from STV: the second-preference
// ask is hidden when the ranking's first choice is one of our candidates.

import type { FieldProblem } from './election-rules';
import { PledgeStatus, SecondPreferenceAnswer } from './enums';

export enum CallScriptStepType {
  /** Words to read out (a template). */
  TEXT = 'TEXT',
  YES_NO = 'YES_NO',
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  FREE_TEXT = 'FREE_TEXT',
  /** PLEDGED, LEANING, UNDECIDED, AGAINST, NOT_VOTING. */
  PLEDGE_STATUS = 'PLEDGE_STATUS',
  /** The member's intended order among the region's candidates (candidate ids). */
  RANKING = 'RANKING',
  /** "Will you put our candidate next?": AGREED, DECLINED, UNSURE. */
  SECOND_PREFERENCE = 'SECOND_PREFERENCE',
  /** NOT_RECEIVED, RECEIVED, VOTED. */
  BALLOT = 'BALLOT',
  /** YES, MAYBE, NO. */
  VOLUNTEER_INTEREST = 'VOLUNTEER_INTEREST',
}

/** The type's name as a string, as generated GraphQL types spell it ('TEXT', 'RANKING', …). */
export type StepTypeName = `${CallScriptStepType}`;

/** Hide this step when step `step` (an earlier one) was shown and answered with one of `answerIn`. */
export interface SkipRule {
  step: string;
  answerIn: string[];
}

interface StepCommon {
  /** Stable within the script: answers and skip rules refer to it. */
  key: string;
  /** A template (see TEMPLATE_FIELDS): the words to read for TEXT, the question otherwise. */
  text: string;
  skipIf?: SkipRule | null;
}

export interface TextStep extends StepCommon {
  type: CallScriptStepType.TEXT;
}

export interface SingleChoiceStep extends StepCommon {
  type: CallScriptStepType.SINGLE_CHOICE;
  options: string[];
}

export interface QuestionStep extends StepCommon {
  type: Exclude<CallScriptStepType, CallScriptStepType.TEXT | CallScriptStepType.SINGLE_CHOICE>;
}

export type CallScriptStep = TextStep | SingleChoiceStep | QuestionStep;

/** A step as an editor or an API input holds it: one flat shape for every type. */
export interface CallScriptStepDraft {
  key: string;
  type: CallScriptStepType | StepTypeName;
  text: string;
  options?: readonly string[] | null;
  skipIf?: { step: string; answerIn: readonly string[] } | null;
}

/** Answers by step key: a string, or candidate ids in order for a RANKING step. */
export type ScriptAnswer = string | readonly string[];
export type ScriptAnswers = Readonly<Record<string, ScriptAnswer | undefined>>;

export interface AnswerChoice {
  value: string;
  label: string;
}

export const MAX_SCRIPT_STEPS = 50;
export const MAX_STEP_TEXT_LENGTH = 2000;
export const MAX_CHOICE_OPTIONS = 20;
export const MAX_CHOICE_LENGTH = 120;
export const STEP_KEY_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;

/** STV steps feed one pledge record, so a script asks each of them at most once. */
export const SINGLE_USE_STEP_TYPES: readonly StepTypeName[] = [
  CallScriptStepType.PLEDGE_STATUS,
  CallScriptStepType.RANKING,
  CallScriptStepType.SECOND_PREFERENCE,
  CallScriptStepType.BALLOT,
  CallScriptStepType.VOLUNTEER_INTEREST,
];

export const STEP_TYPE_LABELS: Record<StepTypeName, string> = {
  [CallScriptStepType.TEXT]: 'Text to read',
  [CallScriptStepType.YES_NO]: 'Yes / no',
  [CallScriptStepType.SINGLE_CHOICE]: 'Single choice',
  [CallScriptStepType.FREE_TEXT]: 'Free text',
  [CallScriptStepType.PLEDGE_STATUS]: 'Pledge status',
  [CallScriptStepType.RANKING]: 'Ranking',
  [CallScriptStepType.SECOND_PREFERENCE]: 'Second-preference ask',
  [CallScriptStepType.BALLOT]: 'Ballot',
  [CallScriptStepType.VOLUNTEER_INTEREST]: 'Volunteer interest',
};

const PLEDGE_LABELS: Record<PledgeStatus, string> = {
  [PledgeStatus.PLEDGED]: 'Pledged',
  [PledgeStatus.LEANING]: 'Leaning',
  [PledgeStatus.UNDECIDED]: 'Undecided',
  [PledgeStatus.AGAINST]: 'Against',
  [PledgeStatus.NOT_VOTING]: 'Not voting',
};

const FIXED_CHOICES: Partial<Record<StepTypeName, readonly AnswerChoice[]>> = {
  [CallScriptStepType.YES_NO]: [
    { value: 'YES', label: 'Yes' },
    { value: 'NO', label: 'No' },
  ],
  [CallScriptStepType.PLEDGE_STATUS]: Object.values(PledgeStatus).map((value) => ({
    value,
    label: PLEDGE_LABELS[value],
  })),
  [CallScriptStepType.SECOND_PREFERENCE]: [
    { value: SecondPreferenceAnswer.AGREED, label: 'Agreed' },
    { value: SecondPreferenceAnswer.DECLINED, label: 'Declined' },
    { value: SecondPreferenceAnswer.UNSURE, label: 'Unsure' },
  ],
  [CallScriptStepType.BALLOT]: [
    { value: 'NOT_RECEIVED', label: 'Not received yet' },
    { value: 'RECEIVED', label: 'Received' },
    { value: 'VOTED', label: 'Voted' },
  ],
  [CallScriptStepType.VOLUNTEER_INTEREST]: [
    { value: 'YES', label: 'Yes' },
    { value: 'MAYBE', label: 'Maybe' },
    { value: 'NO', label: 'No' },
  ],
};

/**
 * The answers a step takes when it has a fixed set (the ones a skip rule may name);
 * empty for TEXT, FREE_TEXT and RANKING, which no rule may branch on.
 */
export function answerChoices(step: Pick<CallScriptStepDraft, 'type' | 'options'>): AnswerChoice[] {
  if (step.type === CallScriptStepType.SINGLE_CHOICE)
    return (step.options ?? []).map((option) => ({ value: option, label: option }));
  return [...(FIXED_CHOICES[step.type] ?? [])];
}

export function isBranchable(type: CallScriptStepType | StepTypeName): boolean {
  return (
    type !== CallScriptStepType.TEXT &&
    type !== CallScriptStepType.FREE_TEXT &&
    type !== CallScriptStepType.RANKING
  );
}

// ---------------------------------------------------------------------------------------
// Templates

/** What a template may show. Rendering needs only what the calling page already holds. */
export interface ScriptCandidate {
  id: string;
  name: string;
  pitch?: string | null;
  /** On our slate. */
  ours: boolean;
}

export interface CallScriptContext {
  member: { firstName: string; lastName?: string | null };
  volunteer?: { name: string } | null;
  election?: { name: string } | null;
  region: { name: string; seats: number };
  /** Our slate in this election. */
  slate?: { name: string } | null;
  /** The region's candidates, in ballot order. */
  candidates: readonly ScriptCandidate[];
  /** The slate candidate vote management says a new supporter should put first. */
  recommendedCandidateId?: string | null;
}

export interface TemplateField {
  /** As written between double braces; N counts our candidates in the region from 1. */
  field: string;
  description: string;
}

export const TEMPLATE_FIELDS: readonly TemplateField[] = [
  { field: 'member.firstName', description: 'The member’s first name' },
  { field: 'member.lastName', description: 'The member’s last name' },
  { field: 'volunteer.name', description: 'The caller’s name' },
  { field: 'election.name', description: 'The election' },
  { field: 'region.name', description: 'The member’s region' },
  { field: 'region.seats', description: 'Seats the region elects' },
  { field: 'slate.name', description: 'Our slate' },
  { field: 'candidates.ours', description: 'Our candidates in the region: “A, B and C”' },
  { field: 'candidates.ours.count', description: 'How many of ours stand in the region' },
  { field: 'candidates.pitches', description: 'Each of ours with their pitch: “A: …; B: …”' },
  { field: 'candidate.N.name', description: 'Our Nth candidate in the region (N from 1)' },
  { field: 'candidate.N.pitch', description: 'Our Nth candidate’s one-line pitch' },
  { field: 'recommended.name', description: 'The candidate to suggest putting first' },
  { field: 'recommended.pitch', description: 'Their pitch' },
];

const FIXED_FIELDS = new Set(
  TEMPLATE_FIELDS.map((f) => f.field).filter((f) => !f.startsWith('candidate.N')),
);
const NTH_CANDIDATE_FIELD = /^candidate\.([1-9]\d?)\.(name|pitch)$/;
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function isTemplateField(field: string): boolean {
  return FIXED_FIELDS.has(field) || NTH_CANDIDATE_FIELD.test(field);
}

/** The fields a template names, in order, repeats included. */
export function templateFields(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]);
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function fieldValue(field: string, context: CallScriptContext): string | undefined {
  const ours = context.candidates.filter((candidate) => candidate.ours);
  const recommended = context.candidates.find((c) => c.id === context.recommendedCandidateId);
  const nth = NTH_CANDIDATE_FIELD.exec(field);
  if (nth) {
    const candidate = ours[Number(nth[1]) - 1];
    return nth[2] === 'name' ? (candidate?.name ?? '') : (candidate?.pitch ?? '');
  }
  switch (field) {
    case 'member.firstName':
      return context.member.firstName;
    case 'member.lastName':
      return context.member.lastName ?? '';
    case 'volunteer.name':
      return context.volunteer?.name ?? '';
    case 'election.name':
      return context.election?.name ?? '';
    case 'region.name':
      return context.region.name;
    case 'region.seats':
      return String(context.region.seats);
    case 'slate.name':
      return context.slate?.name ?? '';
    case 'candidates.ours':
      return joinNames(ours.map((candidate) => candidate.name));
    case 'candidates.ours.count':
      return String(ours.length);
    case 'candidates.pitches':
      return ours
        .map((candidate) =>
          candidate.pitch ? `${candidate.name}: ${candidate.pitch}` : candidate.name,
        )
        .join('; ');
    case 'recommended.name':
      return recommended?.name ?? '';
    case 'recommended.pitch':
      return recommended?.pitch ?? '';
    default:
      return undefined;
  }
}

/**
 * Fills `{{field}}` placeholders. A field with no value (no recommendation, no third
 * candidate) renders empty; an unknown field is left as written so the mistake shows.
 */
export function renderTemplate(template: string, context: CallScriptContext): string {
  return template.replace(PLACEHOLDER, (placeholder, field: string) => {
    return fieldValue(field, context) ?? placeholder;
  });
}

// ---------------------------------------------------------------------------------------
// Validation

function checkText(field: string, text: string): FieldProblem[] {
  if (text.trim().length === 0) return [{ field, message: `${field} must not be empty.` }];
  if (text.length > MAX_STEP_TEXT_LENGTH)
    return [{ field, message: `${field} must be at most ${MAX_STEP_TEXT_LENGTH} characters.` }];
  const unknown = templateFields(text).filter((name) => !isTemplateField(name));
  return unknown.map((name) => ({
    field,
    message: `${field} uses {{${name}}}, which is not a template field (e.g. {{member.firstName}}).`,
  }));
}

function checkOptions(field: string, step: CallScriptStepDraft): FieldProblem[] {
  const options = step.options ?? [];
  if (step.type !== CallScriptStepType.SINGLE_CHOICE) {
    return options.length === 0
      ? []
      : [{ field, message: `${field}: only single-choice steps have options.` }];
  }
  if (options.length < 2 || options.length > MAX_CHOICE_OPTIONS)
    return [
      {
        field,
        message: `${field}: a single-choice step needs 2 to ${MAX_CHOICE_OPTIONS} options; it has ${options.length}.`,
      },
    ];
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  options.forEach((option, index) => {
    const optionField = `${field}[${index}]`;
    const trimmed = option.trim();
    if (trimmed.length === 0 || trimmed.length > MAX_CHOICE_LENGTH)
      problems.push({
        field: optionField,
        message: `${optionField} must be 1 to ${MAX_CHOICE_LENGTH} characters.`,
      });
    else if (seen.has(trimmed))
      problems.push({ field: optionField, message: `${optionField} '${trimmed}' is repeated.` });
    seen.add(trimmed);
  });
  return problems;
}

function checkSkipRule(
  field: string,
  rule: NonNullable<CallScriptStepDraft['skipIf']>,
  earlier: ReadonlyMap<string, CallScriptStepDraft>,
  key: string,
): FieldProblem[] {
  const target = earlier.get(rule.step);
  if (!target) {
    const message =
      rule.step === key
        ? `${field}: a step cannot skip on its own answer.`
        : `${field} names step '${rule.step}', which is not an earlier step of this script; a step can only skip on an answer given before it.`;
    return [{ field, message }];
  }
  if (!isBranchable(target.type))
    return [
      {
        field,
        message: `${field}: step '${rule.step}' is ${STEP_TYPE_LABELS[target.type].toLowerCase()}, which has no fixed answers to skip on.`,
      },
    ];
  if (rule.answerIn.length === 0 || rule.answerIn.length > MAX_CHOICE_OPTIONS)
    return [
      {
        field: `${field}.answerIn`,
        message: `${field}.answerIn must list 1 to ${MAX_CHOICE_OPTIONS} answers of step '${rule.step}'.`,
      },
    ];
  const allowed = new Set(answerChoices(target).map((choice) => choice.value.trim()));
  return rule.answerIn.flatMap((answer, index) =>
    allowed.has(answer.trim())
      ? []
      : [
          {
            field: `${field}.answerIn[${index}]`,
            message: `${field}.answerIn[${index}] '${answer}' is not an answer of step '${rule.step}' (${[...allowed].join(', ')}).`,
          },
        ],
  );
}

/**
 * Problems with a script's steps, each naming its field as `steps[i].…`; none means the
 * script can be saved. Checks sizes, keys (pattern, unique), texts and their template
 * fields, options, at most one of each STV step, and that every skip rule names an
 * earlier, branchable step and answers it can give.
 */
export function checkCallScript(steps: readonly CallScriptStepDraft[]): FieldProblem[] {
  if (steps.length === 0) return [{ field: 'steps', message: 'A script needs at least one step.' }];
  if (steps.length > MAX_SCRIPT_STEPS)
    return [
      {
        field: 'steps',
        message: `A script may have at most ${MAX_SCRIPT_STEPS} steps; it has ${steps.length}.`,
      },
    ];
  const problems: FieldProblem[] = [];
  const earlier = new Map<string, CallScriptStepDraft>();
  const usedTypes = new Set<StepTypeName>();
  steps.forEach((step, index) => {
    const at = `steps[${index}]`;
    if (!(step.type in STEP_TYPE_LABELS)) {
      problems.push({
        field: `${at}.type`,
        message: `${at}.type '${step.type}' is not a step type.`,
      });
      return;
    }
    if (!STEP_KEY_PATTERN.test(step.key))
      problems.push({
        field: `${at}.key`,
        message: `${at}.key '${step.key}' must be 1–32 lower-case letters, digits, '-' or '_', starting with a letter.`,
      });
    else if (earlier.has(step.key))
      problems.push({
        field: `${at}.key`,
        message: `${at}.key '${step.key}' is used by an earlier step; keys must be unique.`,
      });
    if (SINGLE_USE_STEP_TYPES.includes(step.type)) {
      if (usedTypes.has(step.type))
        problems.push({
          field: `${at}.type`,
          message: `${at}: a script asks for ${STEP_TYPE_LABELS[step.type].toLowerCase()} once only.`,
        });
      usedTypes.add(step.type);
    }
    problems.push(...checkText(`${at}.text`, step.text));
    problems.push(...checkOptions(`${at}.options`, step));
    if (step.skipIf)
      problems.push(...checkSkipRule(`${at}.skipIf`, step.skipIf, earlier, step.key));
    if (!earlier.has(step.key)) earlier.set(step.key, step);
  });
  return problems;
}

/** The steps as stored: trimmed, options only on single-choice steps, no empty rules. */
export function normaliseCallScript(steps: readonly CallScriptStepDraft[]): CallScriptStep[] {
  return steps.map((draft): CallScriptStep => {
    const common = {
      key: draft.key,
      text: draft.text.trim(),
      ...(draft.skipIf && {
        skipIf: {
          step: draft.skipIf.step,
          answerIn: [...new Set(draft.skipIf.answerIn.map((answer) => answer.trim()))],
        },
      }),
    };
    // A checked draft's type is one of the enum's values, whichever way it was spelt.
    const type = draft.type as CallScriptStepType;
    if (type === CallScriptStepType.SINGLE_CHOICE)
      return { ...common, type, options: (draft.options ?? []).map((option) => option.trim()) };
    if (type === CallScriptStepType.TEXT) return { ...common, type };
    return { ...common, type };
  });
}

// ---------------------------------------------------------------------------------------
// Branching

export interface VisibilityOptions {
  /** Our candidates' ids: the second-preference ask hides when the first choice is one of them. */
  ourCandidateIds?: readonly string[];
}

function singleAnswer(answer: ScriptAnswer | undefined): string | undefined {
  return typeof answer === 'string' ? answer : undefined;
}

/**
 * The steps a volunteer sees given the answers so far, in order. A step is hidden when its
 * skip rule's step was shown and answered with one of `answerIn` (answers to hidden steps
 * count for nothing), and the second-preference ask is hidden when a shown ranking puts
 * one of ours first. Unanswered questions hide nothing: the volunteer sees what may come.
 */
export function visibleSteps<S extends CallScriptStepDraft>(
  steps: readonly S[],
  answers: ScriptAnswers,
  options: VisibilityOptions = {},
): S[] {
  const shown = new Set<string>();
  const ours = new Set(options.ourCandidateIds ?? []);
  let firstChoice: string | undefined;
  const visible: S[] = [];
  for (const step of steps) {
    const rule = step.skipIf;
    if (rule && shown.has(rule.step)) {
      const answer = singleAnswer(answers[rule.step]);
      if (answer !== undefined && rule.answerIn.includes(answer)) continue;
    }
    if (
      step.type === CallScriptStepType.SECOND_PREFERENCE &&
      firstChoice !== undefined &&
      ours.has(firstChoice)
    )
      continue;
    if (step.type === CallScriptStepType.RANKING) {
      const ranking = answers[step.key];
      firstChoice = Array.isArray(ranking) ? ranking[0] : undefined;
    }
    shown.add(step.key);
    visible.push(step);
  }
  return visible;
}

// ---------------------------------------------------------------------------------------
// The built-in script

/** What a list uses when neither it, its region nor its election has a script. */
export const DEFAULT_CALL_SCRIPT: readonly CallScriptStep[] = [
  {
    key: 'intro',
    type: CallScriptStepType.TEXT,
    text: 'Hi, is that {{member.firstName}}? My name is {{volunteer.name}}, a fellow member calling about the {{election.name}} election. {{region.name}} elects {{region.seats}} members this time. Have you got two minutes?',
  },
  {
    key: 'slate',
    type: CallScriptStepType.TEXT,
    text: 'We are backing {{candidates.ours}} on the {{slate.name}} slate. {{candidates.pitches}}.',
  },
  {
    key: 'pledge',
    type: CallScriptStepType.PLEDGE_STATUS,
    text: 'Can we count on your support for {{candidates.ours}}?',
  },
  {
    key: 'ranking',
    type: CallScriptStepType.RANKING,
    text: 'It is a ranked vote: you number the candidates in order. How are you thinking of ranking them? If you are backing us, we suggest {{recommended.name}} as your 1.',
    skipIf: { step: 'pledge', answerIn: [PledgeStatus.AGAINST, PledgeStatus.NOT_VOTING] },
  },
  {
    key: 'second_preference',
    type: CallScriptStepType.SECOND_PREFERENCE,
    text: 'Whoever you put first, your next preferences still count. Would you rank {{candidates.ours}} straight after your first choice?',
    skipIf: { step: 'pledge', answerIn: [PledgeStatus.NOT_VOTING] },
  },
  {
    key: 'ballot',
    type: CallScriptStepType.BALLOT,
    text: 'Have you received your ballot yet, and have you voted?',
    skipIf: { step: 'pledge', answerIn: [PledgeStatus.AGAINST, PledgeStatus.NOT_VOTING] },
  },
  {
    key: 'volunteer',
    type: CallScriptStepType.VOLUNTEER_INTEREST,
    text: 'Would you like to help, for an hour or two, calling other members like this?',
    skipIf: { step: 'pledge', answerIn: [PledgeStatus.AGAINST, PledgeStatus.NOT_VOTING] },
  },
  {
    key: 'thanks',
    type: CallScriptStepType.TEXT,
    text: 'Thank you for your time, {{member.firstName}}. Enjoy the rest of your day!',
  },
];
