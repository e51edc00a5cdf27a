import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';

import { fieldsNamed } from '../../../apollo/errors';
import {
  Button,
  ErrorMessages,
  NumberField,
  parseWholeNumber,
  TextField,
} from '../../../design-system';
import { useFormProblems } from '../../../forms/useFormProblems';
import { UPDATE_ELECTION_MUTATION } from '../graphql/elections.operations';
import { REFETCH_ELECTION } from '../utils/election-types';
import { formatDay } from '../utils/retention';

export interface RetentionFormProps {
  election: {
    id: string;
    pollingDay?: string | null;
    retentionDays: number;
    contactDetailsAnonymisedOn?: string | null;
    contactDetailsAnonymisedAt?: string | null;
  };
}

const placeField = fieldsNamed('pollingDay', 'retentionDays');
const MAX_DAYS = 3650;

/** Storage limitation: the polling day, and how long after it members' contact details are kept. */
export function RetentionForm({ election }: RetentionFormProps) {
  const [pollingDay, setPollingDay] = useState(election.pollingDay ?? '');
  const [days, setDays] = useState(String(election.retentionDays));
  const [saved, setSaved] = useState(false);
  const [updateElection] = useMutation(UPDATE_ELECTION_MUTATION, REFETCH_ELECTION);
  const retentionDays = parseWholeNumber(days);
  const form = useFormProblems(
    Number.isInteger(retentionDays) && retentionDays >= 1 && retentionDays <= MAX_DAYS
      ? []
      : [{ field: 'retentionDays', message: `Retention must be between 1 and ${MAX_DAYS} days.` }],
    placeField,
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setSaved(false);
    const ok = await form.submit(async () => {
      await updateElection({
        variables: {
          input: { id: election.id, pollingDay: pollingDay || null, retentionDays },
        },
      });
    });
    setSaved(ok);
  }

  return (
    <form className="pb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <p className="pb-muted" style={{ margin: 0 }}>
        {election.contactDetailsAnonymisedAt && election.contactDetailsAnonymisedOn
          ? `Members' contact details were anonymised at the end of the retention period (${formatDay(election.contactDetailsAnonymisedOn)}); members imported since go the same way within the hour.`
          : election.contactDetailsAnonymisedOn
            ? `Members' contact details will be anonymised on ${formatDay(election.contactDetailsAnonymisedOn)}, as erasure does; calls and pledges stay as counts.`
            : "Set the polling day to have members' contact details anonymised after the retention period."}
      </p>
      <ErrorMessages messages={form.messages} />
      <TextField
        label="Polling day"
        type="date"
        value={pollingDay}
        onChange={(value) => {
          setPollingDay(value);
          form.touch('pollingDay');
        }}
        error={form.errorFor('pollingDay')}
      />
      <NumberField
        label="Keep contact details for (days after polling day)"
        value={days}
        min={1}
        max={MAX_DAYS}
        onChange={(value) => {
          setDays(value);
          form.touch('retentionDays');
        }}
        error={form.errorFor('retentionDays')}
      />
      <div className="pb-button-row">
        <Button type="submit" loading={form.submitting}>
          Save retention
        </Button>
        {saved ? <span role="status">Saved.</span> : null}
      </div>
    </form>
  );
}
