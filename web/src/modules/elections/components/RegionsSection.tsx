import { useMutation } from '@apollo/client/react';
import { useState } from 'react';

import { Button, Card, Dialog, EmptyState, Table } from '../../../design-system';
import { ConfirmDeleteButton } from '../../../forms/ConfirmDeleteButton';
import { DELETE_REGION_MUTATION } from '../graphql/elections.operations';
import {
  describeMinima,
  type ElectionDetail,
  REFETCH_ELECTION,
  type RegionDetail,
} from '../utils/election-types';
import { PostcodeAreasForm } from './PostcodeAreasForm';
import { RegionForm } from './RegionForm';

export interface RegionsSectionProps {
  election: ElectionDetail;
  canEdit: boolean;
}

type Editing =
  | { kind: 'new' }
  | { kind: 'edit'; region: RegionDetail }
  | { kind: 'areas'; region: RegionDetail }
  | null;

/** A short summary such as "LS, S, BT +3"; the dialog shows them all. */
function describeAreas(region: RegionDetail): string {
  const shown = region.postcodeAreas.slice(0, 4).join(', ');
  const more = region.postcodeAreas.length - 4;
  return region.postcodeAreas.length === 0 ? 'none' : more > 0 ? `${shown} +${more}` : shown;
}

function dialogTitle(editing: NonNullable<Editing>): string {
  if (editing.kind === 'new') return 'New region';
  return editing.kind === 'edit'
    ? `Edit region ${editing.region.code}`
    : `Postcode areas of ${editing.region.code}`;
}

export function RegionsSection({ election, canEdit }: RegionsSectionProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const [deleteRegion] = useMutation(DELETE_REGION_MUTATION, REFETCH_ELECTION);

  const columns = [
    { key: 'code', header: 'Code', render: (region: RegionDetail) => region.code },
    { key: 'name', header: 'Region', render: (region: RegionDetail) => region.name },
    { key: 'seats', header: 'Seats', render: (region: RegionDetail) => region.seats },
    { key: 'minima', header: 'Reserved places', render: describeMinima },
    { key: 'areas', header: 'Postcode areas', render: describeAreas },
    {
      key: 'candidates',
      header: 'Candidates',
      render: (region: RegionDetail) => region.candidates.length,
    },
    ...(canEdit
      ? [
          {
            key: 'actions',
            header: 'Actions',
            render: (region: RegionDetail) => (
              <div className="pb-button-row">
                <Button
                  variant="ghost"
                  size="small"
                  aria-label={`Edit region ${region.code}`}
                  onClick={() => setEditing({ kind: 'edit', region })}
                >
                  Edit
                </Button>
                <Button
                  variant="ghost"
                  size="small"
                  aria-label={`Edit postcode areas of ${region.code}`}
                  onClick={() => setEditing({ kind: 'areas', region })}
                >
                  Areas
                </Button>
                <ConfirmDeleteButton
                  thing={`region ${region.code}`}
                  consequence={`${region.name} and its ${region.candidates.length} candidates will be removed.`}
                  onConfirm={() => deleteRegion({ variables: { id: region.id } })}
                />
              </div>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      id="regions"
      title="Regions"
      actions={
        canEdit ? <Button onClick={() => setEditing({ kind: 'new' })}>Add region</Button> : null
      }
    >
      {election.regions.length === 0 ? (
        <EmptyState title="No regions yet.">
          <p>Each region elects its own seats by STV, with any reserved places.</p>
        </EmptyState>
      ) : (
        <Table
          caption="Regions"
          hideCaption
          columns={columns}
          rows={election.regions}
          rowKey={(region) => region.id}
        />
      )}
      <Dialog
        open={editing !== null}
        title={editing ? dialogTitle(editing) : ''}
        onClose={() => setEditing(null)}
      >
        {editing?.kind === 'areas' ? (
          <PostcodeAreasForm
            election={election}
            region={editing.region}
            onDone={() => setEditing(null)}
          />
        ) : editing ? (
          <RegionForm
            electionId={election.id}
            region={editing.kind === 'edit' ? editing.region : undefined}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
    </Card>
  );
}
