import { useMutation } from '@apollo/client/react';
import { checkColour, checkName } from '@phonebank/domain';
import { type FormEvent, useState } from 'react';

import { fieldsNamed } from '../../../apollo/errors';
import { Button, ColourField, ErrorMessages, Switch, TextField } from '../../../design-system';
import { useFormProblems } from '../../../forms/useFormProblems';
import { CREATE_SLATE_MUTATION, UPDATE_SLATE_MUTATION } from '../graphql/elections.operations';
import { REFETCH_ELECTION, type SlateDetail } from '../utils/election-types';

export interface SlateFormProps {
  electionId: string;
  slate?: SlateDetail;
  onDone: () => void;
}

const placeField = fieldsNamed('name', 'ours', 'colour');
const DEFAULT_COLOUR = '#7a1f3d';

export function SlateForm({ electionId, slate, onDone }: SlateFormProps) {
  const [name, setName] = useState(slate?.name ?? '');
  const [ours, setOurs] = useState(slate?.ours ?? false);
  const [colour, setColour] = useState(slate?.colour ?? DEFAULT_COLOUR);
  const [createSlate] = useMutation(CREATE_SLATE_MUTATION, REFETCH_ELECTION);
  const [updateSlate] = useMutation(UPDATE_SLATE_MUTATION, REFETCH_ELECTION);
  const form = useFormProblems([...checkName('name', name), ...checkColour(colour)], placeField);

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const fields = { name: name.trim(), ours, colour };
    const ok = await form.submit(() =>
      slate
        ? updateSlate({ variables: { input: { id: slate.id, ...fields } } })
        : createSlate({ variables: { input: { electionId, ...fields } } }),
    );
    if (ok) onDone();
  }

  return (
    <form className="pb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorMessages messages={form.messages} />
      <TextField
        label="Slate name"
        value={name}
        onChange={(value) => {
          setName(value);
          form.touch('name');
        }}
        error={form.errorFor('name')}
      />
      <Switch label="This is our slate" checked={ours} onChange={setOurs} />
      <ColourField
        label="Colour"
        value={colour}
        onChange={(value) => {
          setColour(value);
          form.touch('colour');
        }}
        error={form.errorFor('colour')}
      />
      <div className="pb-button-row">
        <Button type="submit" loading={form.submitting}>
          {slate ? 'Save slate' : 'Add slate'}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
