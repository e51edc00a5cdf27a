import { useMutation } from '@apollo/client/react';
import { useState } from 'react';

import { apiProblems } from '../../../apollo/errors';
import {
  Alert,
  Badge,
  Button,
  Dialog,
  EmptyState,
  NumberField,
  parseWholeNumber,
  Table,
} from '../../../design-system';
import { type CallListQuery } from '../../../gql/graphql';
import {
  REMOVE_VOLUNTEER_FROM_CALL_LIST_MUTATION,
  RESERVE_MEMBERS_FOR_VOLUNTEER_MUTATION,
} from '../graphql/call-lists.operations';
import { count, members, REFETCH_CALL_LIST } from '../utils/call-list-labels';
import { AddVolunteersButton } from './AddVolunteersButton';

type VolunteerRow = CallListQuery['callList']['volunteers'][number];

const DEFAULT_RESERVATION = '20';

function ReserveButton({ callListId, volunteer }: { callListId: string; volunteer: VolunteerRow }) {
  const [open, setOpen] = useState(false);
  const [amount, setAmount] = useState(DEFAULT_RESERVATION);
  const [reserve, { loading, error, reset }] = useMutation(
    RESERVE_MEMBERS_FOR_VOLUNTEER_MUTATION,
    REFETCH_CALL_LIST,
  );
  const wanted = parseWholeNumber(amount);
  const valid = Number.isInteger(wanted) && wanted > 0;
  function close(): void {
    setOpen(false);
    reset();
  }
  return (
    <>
      <Button variant="secondary" size="small" onClick={() => setOpen(true)}>
        {`Reserve members for ${volunteer.user.name}`}
      </Button>
      <Dialog
        open={open}
        title={`Reserve members for ${volunteer.user.name}`}
        onClose={close}
        actions={
          <>
            <Button variant="secondary" onClick={close} disabled={loading}>
              Cancel
            </Button>
            <Button
              loading={loading}
              disabled={!valid}
              onClick={() => {
                reserve({ variables: { callListId, userId: volunteer.user.id, count: wanted } })
                  .then(close)
                  .catch(() => undefined);
              }}
            >
              {valid ? `Reserve ${members(wanted)}` : 'Reserve'}
            </Button>
          </>
        }
      >
        <p>
          The next members due are set aside for them alone, for example a volunteer who speaks a
          language those members need.
        </p>
        <NumberField label="How many members" min={1} value={amount} onChange={setAmount} />
        {error ? <Alert tone="error">{apiProblems(error)[0]?.message}</Alert> : null}
      </Dialog>
    </>
  );
}

function RemoveButton({ callListId, volunteer }: { callListId: string; volunteer: VolunteerRow }) {
  const [remove, { loading, error }] = useMutation(
    REMOVE_VOLUNTEER_FROM_CALL_LIST_MUTATION,
    REFETCH_CALL_LIST,
  );
  return (
    <>
      <Button
        variant="ghost"
        size="small"
        loading={loading}
        onClick={() => {
          remove({ variables: { callListId, userId: volunteer.user.id } }).catch(() => undefined);
        }}
      >
        {`Remove ${volunteer.user.name}`}
      </Button>
      {error ? <Alert tone="error">{apiProblems(error)[0]?.message}</Alert> : null}
    </>
  );
}

export interface CallListVolunteersProps {
  callListId: string;
  volunteers: readonly VolunteerRow[];
  /** False for an archived list: nobody joins or leaves it any more. */
  editable: boolean;
}

/** Who works on the list, what they have done, and buttons to add, reserve for or remove them. */
export function CallListVolunteers({ callListId, volunteers, editable }: CallListVolunteersProps) {
  const columns = [
    { key: 'name', header: 'Name', render: (row: VolunteerRow) => row.user.name },
    {
      key: 'today',
      header: 'Calls today',
      render: (row: VolunteerRow) => (
        <span className="pb-number">{count.format(row.callsToday)}</span>
      ),
    },
    {
      key: 'total',
      header: 'Calls in all',
      render: (row: VolunteerRow) => (
        <span className="pb-number">{count.format(row.callsTotal)}</span>
      ),
    },
    {
      key: 'reserved',
      header: 'Reserved',
      render: (row: VolunteerRow) => (
        <span className="pb-number">{count.format(row.reserved)}</span>
      ),
    },
    {
      key: 'holding',
      header: 'Holding now',
      render: (row: VolunteerRow) =>
        row.holding ? <Badge tone="info">On a call</Badge> : <span className="pb-muted">No</span>,
    },
    ...(editable
      ? [
          {
            key: 'actions',
            header: 'Actions',
            render: (row: VolunteerRow) => (
              <span className="pb-button-row">
                <ReserveButton callListId={callListId} volunteer={row} />
                <RemoveButton callListId={callListId} volunteer={row} />
              </span>
            ),
          },
        ]
      : []),
  ];
  const onList = new Set(volunteers.map((volunteer) => volunteer.user.id));
  return (
    <>
      {editable ? (
        <div className="pb-button-row">
          <AddVolunteersButton callListId={callListId} onList={onList} />
        </div>
      ) : null}
      {volunteers.length === 0 ? (
        <EmptyState title="Nobody is on this list yet.">
          <p>Add the volunteers who will call these members; only they see the list.</p>
        </EmptyState>
      ) : (
        <Table
          caption="Volunteers"
          hideCaption
          columns={columns}
          rows={volunteers}
          rowKey={(row) => row.user.id}
        />
      )}
    </>
  );
}
