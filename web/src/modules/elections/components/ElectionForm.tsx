import { useMutation } from '@apollo/client/react';
import { checkName } from '@phonebank/domain';
import { type FormEvent, useState } from 'react';

import { fieldsNamed } from '../../../apollo/errors';
import { Button, ErrorMessages, Select, TextField } from '../../../design-system';
import { useFormProblems } from '../../../forms/useFormProblems';
import { type CountingRule } from '../../../gql/graphql';
import {
  CREATE_ELECTION_MUTATION,
  UPDATE_ELECTION_MUTATION,
} from '../graphql/elections.operations';
import { REFETCH_ELECTION } from '../utils/election-types';
import { RULE_OPTIONS } from '../utils/rule-labels';

export interface ElectionFormProps {
  /** The election to edit; without it the form creates one. */
  election?: { id: string; name: string; rule: CountingRule };
  onSaved?: (electionId: string) => void;
  onCancel?: () => void;
}

const placeField = fieldsNamed('name', 'rule');

export function ElectionForm({ election, onSaved, onCancel }: ElectionFormProps) {
  const [name, setName] = useState(election?.name ?? '');
  const [rule, setRule] = useState<CountingRule>(election?.rule ?? 'SCOTTISH');
  const [saved, setSaved] = useState(false);
  const [createElection] = useMutation(CREATE_ELECTION_MUTATION, REFETCH_ELECTION);
  const [updateElection] = useMutation(UPDATE_ELECTION_MUTATION, REFETCH_ELECTION);
  const form = useFormProblems(checkName('name', name), placeField);

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setSaved(false);
    let id = election?.id;
    const ok = await form.submit(async () => {
      if (election) {
        await updateElection({
          variables: { input: { id: election.id, name: name.trim(), rule } },
        });
      } else {
        const result = await createElection({ variables: { input: { name: name.trim(), rule } } });
        id = result.data?.createElection.id;
      }
    });
    if (ok && id) {
      setSaved(Boolean(election));
      onSaved?.(id);
    }
  }

  return (
    <form className="pb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorMessages messages={form.messages} />
      <TextField
        label="Election name"
        value={name}
        onChange={(value) => {
          setName(value);
          form.touch('name');
        }}
        error={form.errorFor('name')}
      />
      <Select
        label="Counting rule"
        value={rule}
        options={RULE_OPTIONS}
        onChange={setRule}
        error={form.errorFor('rule')}
      />
      <div className="pb-button-row">
        <Button type="submit" loading={form.submitting}>
          {election ? 'Save election' : 'Create election'}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
        {saved ? <span role="status">Saved.</span> : null}
      </div>
    </form>
  );
}
