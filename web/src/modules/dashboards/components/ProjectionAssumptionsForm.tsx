import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';

import { Alert, Button, ErrorMessages, NumberField } from '../../../design-system';
import { useFormProblems } from '../../../forms/useFormProblems';
import { type ProjectionAssumptionsFieldsFragment } from '../../../gql/graphql';
import { SET_PROJECTION_ASSUMPTIONS_MUTATION } from '../graphql/projections.operations';
import {
  type AssumptionsDraft,
  assumptionsDraft,
  assumptionsInput,
  placeAssumptionField,
  RATE_FIELDS,
  type RateField,
  slateField,
  type SlateDraft,
} from '../utils/projection-form';

const SLATE_PARTS = ['share', 'loyalty'] as const;

export interface ProjectionAssumptionsFormProps {
  regionId: string;
  assumptions: ProjectionAssumptionsFieldsFragment;
  /** Every slate of the election: those the assumptions do not list yet can be added. */
  slates: readonly { id: string; name: string }[];
  /** Called once the new assumptions are saved, e.g. to offer a new run. */
  onSaved?: () => void;
}

/**
 * What the projection assumes about the voters: turnout, how reliable pledges are, random
 * variation, and, for the voters we have no pledge from, each slate's share of their first
 * preferences and how loyal they are to it. Whole percentages; the API says what is wrong.
 */
export function ProjectionAssumptionsForm({
  regionId,
  assumptions,
  slates,
  onSaved,
}: ProjectionAssumptionsFormProps) {
  const [draft, setDraft] = useState<AssumptionsDraft>(() => assumptionsDraft(assumptions));
  const [saved, setSaved] = useState(false);
  const [save] = useMutation(SET_PROJECTION_ASSUMPTIONS_MUTATION, {
    refetchQueries: ['ProjectionAssumptions'],
    awaitRefetchQueries: true,
  });
  const { input, problems, slateOrder } = assumptionsInput(draft, slates);
  const form = useFormProblems(problems, placeAssumptionField(slateOrder));

  function setRate(field: RateField, value: string): void {
    setDraft((current) => ({ ...current, rates: { ...current.rates, [field]: value } }));
    setSaved(false);
    form.touch(field);
  }

  function setSlate(slateId: string, part: keyof SlateDraft, value: string): void {
    setDraft((current) => {
      const row = current.slates[slateId] ?? { share: '', loyalty: '' };
      return { ...current, slates: { ...current.slates, [slateId]: { ...row, [part]: value } } };
    });
    setSaved(false);
    form.touch(slateField(slateId, part));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const ok = await form.submit(() => save({ variables: { regionId, input } }));
    if (ok) {
      setSaved(true);
      onSaved?.();
    }
  }

  return (
    <form className="pb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <div className="pb-form__row">
        {RATE_FIELDS.map(({ field, label, hint }) => (
          <NumberField
            key={field}
            label={label}
            hint={hint}
            min={0}
            max={100}
            value={draft.rates[field]}
            error={form.errorFor(field)}
            onChange={(value) => setRate(field, value)}
          />
        ))}
      </div>
      <fieldset className="pb-fieldset">
        <legend>Voters we have no pledge from</legend>
        <p className="pb-field__hint" style={{ margin: 0 }}>
          Each slate’s share of their first preferences, and how likely their next preference stays
          with the same slate. Leave a slate blank to share equally what the others leave.
        </p>
        {slates.map((slate) => {
          const row = draft.slates[slate.id] ?? { share: '', loyalty: '' };
          return (
            <div className="pb-slate-row" key={slate.id}>
              {SLATE_PARTS.map((part) => (
                <NumberField
                  key={part}
                  label={`${slate.name}: ${part} (%)`}
                  min={0}
                  max={100}
                  value={row[part]}
                  error={form.errorFor(slateField(slate.id, part))}
                  onChange={(value) => setSlate(slate.id, part, value)}
                />
              ))}
            </div>
          );
        })}
      </fieldset>
      <ErrorMessages messages={form.messages} title="The assumptions were not saved" />
      {saved ? (
        <Alert tone="success">Saved. Run the projection again to count with them.</Alert>
      ) : null}
      <div className="pb-button-row">
        <Button type="submit" loading={form.submitting}>
          Save assumptions
        </Button>
      </div>
    </form>
  );
}
