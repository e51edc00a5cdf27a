import { type FieldProblem } from '@phonebank/domain';

import { type PlaceField } from '../../../apollo/errors';
import { type ProjectionAssumptionsInput } from '../../../gql/graphql';

export type RateField = 'turnout' | 'pledgeReliability' | 'leaningReliability' | 'variation';

/** The rates a coordinator sets, with the words the form shows for each. */
export const RATE_FIELDS: readonly { field: RateField; label: string; hint: string }[] = [
  {
    field: 'turnout',
    label: 'Turnout (%)',
    hint: 'Of the region’s callable members, how many vote.',
  },
  {
    field: 'pledgeReliability',
    label: 'Pledges kept (%)',
    hint: 'How likely a pledged member votes as they pledged.',
  },
  {
    field: 'leaningReliability',
    label: 'Leaning members kept (%)',
    hint: 'How likely a leaning member votes as they said.',
  },
  {
    field: 'variation',
    label: 'Random variation (%)',
    hint: 'How far each simulated count strays from the central scenario; 0 for none.',
  },
];

export interface SlateDraft {
  share: string;
  loyalty: string;
}

/** The form as typed: whole percentages as text, so a half-typed number is not lost. */
export interface AssumptionsDraft {
  rates: Record<RateField, string>;
  /** By slate id; both blank: the slate shares equally what the others leave. */
  slates: Record<string, SlateDraft>;
}

interface Assumptions {
  turnout: number;
  pledgeReliability: number;
  leaningReliability: number;
  variation: number;
  slates: readonly { slate: { id: string }; share: number; loyalty: number }[];
}

const asPercent = (rate: number) => String(Math.round(rate * 100));

export function assumptionsDraft(assumptions: Assumptions): AssumptionsDraft {
  return {
    rates: {
      turnout: asPercent(assumptions.turnout),
      pledgeReliability: asPercent(assumptions.pledgeReliability),
      leaningReliability: asPercent(assumptions.leaningReliability),
      variation: asPercent(assumptions.variation),
    },
    slates: Object.fromEntries(
      assumptions.slates.map((row) => [
        row.slate.id,
        { share: asPercent(row.share), loyalty: asPercent(row.loyalty) },
      ]),
    ),
  };
}

/** The form key of a slate's share or loyalty. */
export const slateField = (slateId: string, part: keyof SlateDraft) => `slates.${slateId}.${part}`;

/** A percentage as a rate, or a problem naming the field: a percentage runs from 0 to 100. */
function rate(field: string, label: string, text: string, problems: FieldProblem[]): number {
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    problems.push({ field, message: `${label} must be a percentage from 0 to 100.` });
    return 0;
  }
  return value / 100;
}

export interface SlateNames {
  id: string;
  name: string;
}

/**
 * The API's input and the problems the form can see before sending it. Only typing is checked
 * here; whether the assumptions make sense together (shares adding up) is the API's to say.
 */
export function assumptionsInput(
  draft: AssumptionsDraft,
  slates: readonly SlateNames[],
): { input: ProjectionAssumptionsInput; problems: FieldProblem[]; slateOrder: string[] } {
  const problems: FieldProblem[] = [];
  const [turnout, pledgeReliability, leaningReliability, variation] = RATE_FIELDS.map(
    ({ field, label }) => rate(field, label.replace(' (%)', ''), draft.rates[field], problems),
  );
  const listed = slates.filter((slate) => {
    const row = draft.slates[slate.id];
    return row && (row.share.trim() !== '' || row.loyalty.trim() !== '');
  });
  const input: ProjectionAssumptionsInput = {
    turnout,
    pledgeReliability,
    leaningReliability,
    variation,
    slates: listed.map((slate) => {
      const row = draft.slates[slate.id];
      return {
        slateId: slate.id,
        share: rate(slateField(slate.id, 'share'), `${slate.name}’s share`, row.share, problems),
        loyalty: rate(
          slateField(slate.id, 'loyalty'),
          `${slate.name}’s loyalty`,
          row.loyalty,
          problems,
        ),
      };
    }),
  };
  return { input, problems, slateOrder: listed.map((slate) => slate.id) };
}

const SERVER_SLATE_FIELD = /^slates\[(\d+)\]\.(share|loyalty)$/;

/**
 * Where a problem the API names shows on the form: "turnout" on Turnout, "slates[1].share" on
 * the share of the second slate sent. The API may prefix paths with "input." or "assumptions.".
 */
export function placeAssumptionField(slateOrder: readonly string[]): PlaceField {
  return (field) => {
    const path = field.replace(/^(input|assumptions)\./, '');
    if (RATE_FIELDS.some((rateField) => rateField.field === path)) return path;
    if (path.startsWith('slates.')) return path;
    const slate = SERVER_SLATE_FIELD.exec(path);
    const slateId = slate ? slateOrder[Number(slate[1])] : undefined;
    return slate && slateId ? slateField(slateId, slate[2] as keyof SlateDraft) : undefined;
  };
}
