import { useMutation } from '@apollo/client/react';
import { checkName, checkTags, normaliseTag } from '@phonebank/domain';
import { type FormEvent, useState } from 'react';

import { type PlaceField } from '../../../apollo/errors';
import { Button, ErrorMessages, Select, TagInput, TextField } from '../../../design-system';
import { useFormProblems } from '../../../forms/useFormProblems';
import {
  CREATE_CANDIDATE_MUTATION,
  UPDATE_CANDIDATE_MUTATION,
} from '../graphql/elections.operations';
import {
  type CandidateDetail,
  type ElectionDetail,
  REFETCH_ELECTION,
} from '../utils/election-types';

export interface CandidateFormProps {
  election: ElectionDetail;
  candidate?: CandidateDetail;
  onDone: () => void;
}

const NO_SLATE = '';

const placeField: PlaceField = (field) => {
  if (['name', 'regionId', 'slateId', 'pitch'].includes(field)) return field;
  return field === 'tags' || field.startsWith('tags[') ? 'tags' : undefined;
};

export function CandidateForm({ election, candidate, onDone }: CandidateFormProps) {
  const [name, setName] = useState(candidate?.name ?? '');
  const [regionId, setRegionId] = useState(candidate?.regionId ?? election.regions[0]?.id ?? '');
  const [slateId, setSlateId] = useState(candidate?.slate?.id ?? NO_SLATE);
  const [tags, setTags] = useState<string[]>(candidate?.tags ?? []);
  const [pitch, setPitch] = useState(candidate?.pitch ?? '');
  const [createCandidate] = useMutation(CREATE_CANDIDATE_MUTATION, REFETCH_ELECTION);
  const [updateCandidate] = useMutation(UPDATE_CANDIDATE_MUTATION, REFETCH_ELECTION);
  const form = useFormProblems([...checkName('name', name), ...checkTags(tags)], placeField);

  const regionOptions = election.regions.map((region) => ({
    value: region.id,
    label: `${region.code}: ${region.name}`,
  }));
  const slateOptions = [
    { value: NO_SLATE, label: 'No slate' },
    ...election.slates.map((slate) => ({
      value: slate.id,
      label: slate.ours ? `${slate.name} (ours)` : slate.name,
    })),
  ];

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const fields = { name: name.trim(), regionId, tags, pitch: pitch.trim() || null };
    const ok = await form.submit(() =>
      candidate
        ? updateCandidate({
            variables: {
              input: {
                id: candidate.id,
                ...fields,
                ...(slateId === NO_SLATE ? { clearSlate: true } : { slateId }),
              },
            },
          })
        : createCandidate({
            variables: { input: { ...fields, slateId: slateId === NO_SLATE ? null : slateId } },
          }),
    );
    if (ok) onDone();
  }

  return (
    <form className="pb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorMessages messages={form.messages} />
      <TextField
        label="Candidate name"
        value={name}
        onChange={(value) => {
          setName(value);
          form.touch('name');
        }}
        error={form.errorFor('name')}
      />
      <div className="pb-form__row">
        <Select
          label="Region"
          value={regionId}
          options={regionOptions}
          onChange={setRegionId}
          error={form.errorFor('regionId')}
        />
        <Select
          label="Slate"
          value={slateId}
          options={slateOptions}
          onChange={setSlateId}
          error={form.errorFor('slateId')}
        />
      </div>
      <TagInput
        label="Tags"
        hint="Such as woman or bame; reserved places count these. Press Enter after each."
        value={tags}
        normalise={normaliseTag}
        onChange={(value) => {
          setTags(value);
          form.touch('tags');
        }}
        error={form.errorFor('tags')}
      />
      <TextField
        label="One-line pitch"
        hint="What a caller can say about this candidate in a sentence."
        value={pitch}
        maxLength={280}
        onChange={setPitch}
        error={form.errorFor('pitch')}
      />
      <div className="pb-button-row">
        <Button type="submit" loading={form.submitting}>
          {candidate ? 'Save candidate' : 'Add candidate'}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
