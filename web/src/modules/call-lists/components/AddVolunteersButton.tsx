import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { apiProblems } from '../../../apollo/errors';
import { Alert, Button, Checkbox, Dialog, Spinner } from '../../../design-system';
import { ROLE_LABELS } from '../../auth/utils/roles';
import {
  ADD_VOLUNTEERS_TO_CALL_LIST_MUTATION,
  ASSIGNABLE_VOLUNTEERS_QUERY,
} from '../graphql/call-lists.operations';
import { REFETCH_CALL_LIST } from '../utils/call-list-labels';

export interface AddVolunteersButtonProps {
  callListId: string;
  /** Who is on the list already, left out of the picker. */
  onList: ReadonlySet<string>;
}

function VolunteerPicker({
  callListId,
  onList,
  onDone,
}: AddVolunteersButtonProps & { onDone: () => void }) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const { data, loading, error } = useQuery(ASSIGNABLE_VOLUNTEERS_QUERY, {
    variables: { callListId },
    fetchPolicy: 'network-only',
  });
  const [add, adding] = useMutation(ADD_VOLUNTEERS_TO_CALL_LIST_MUTATION, REFETCH_CALL_LIST);
  const candidates = (data?.assignableVolunteers ?? []).filter((user) => !onList.has(user.id));

  function toggle(id: string, on: boolean): void {
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  return (
    <Dialog
      open
      title="Add volunteers"
      onClose={onDone}
      actions={
        <>
          <Button variant="secondary" onClick={onDone} disabled={adding.loading}>
            Cancel
          </Button>
          <Button
            loading={adding.loading}
            disabled={chosen.size === 0}
            onClick={() => {
              add({ variables: { callListId, userIds: [...chosen] } })
                .then(onDone)
                .catch(() => undefined);
            }}
          >
            {chosen.size === 1 ? 'Add 1 volunteer' : `Add ${chosen.size} volunteers`}
          </Button>
        </>
      }
    >
      {loading ? <Spinner label="Loading volunteers" /> : null}
      {error ? <Alert tone="error">{apiProblems(error)[0]?.message}</Alert> : null}
      {data && candidates.length === 0 ? (
        <p>Everyone who calls for this region is on the list already.</p>
      ) : null}
      {candidates.length > 0 ? (
        <fieldset className="pb-fieldset">
          <legend>Who calls for this region</legend>
          {candidates.map((user) => (
            <Checkbox
              key={user.id}
              label={`${user.name} (${ROLE_LABELS[user.role].toLowerCase()}, ${user.email})`}
              checked={chosen.has(user.id)}
              onChange={(on) => toggle(user.id, on)}
            />
          ))}
        </fieldset>
      ) : null}
      {adding.error ? <Alert tone="error">{apiProblems(adding.error)[0]?.message}</Alert> : null}
    </Dialog>
  );
}

/** Opens a picker of the region's volunteers (and coordinators) who are not on the list yet. */
export function AddVolunteersButton({ callListId, onList }: AddVolunteersButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Add volunteers
      </Button>
      {open ? (
        <VolunteerPicker callListId={callListId} onList={onList} onDone={() => setOpen(false)} />
      ) : null}
    </>
  );
}
