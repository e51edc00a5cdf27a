import { useMutation } from '@apollo/client/react';
import { useState } from 'react';

import { Button, Card, Dialog, EmptyState, Table } from '../../../design-system';
import { ConfirmDeleteButton } from '../../../forms/ConfirmDeleteButton';
import { DELETE_SLATE_MUTATION } from '../graphql/elections.operations';
import { type ElectionDetail, REFETCH_ELECTION, type SlateDetail } from '../utils/election-types';
import { SlateForm } from './SlateForm';
import { SlateName } from './SlateName';

export interface SlatesSectionProps {
  election: ElectionDetail;
  canEdit: boolean;
}

type Editing = { kind: 'new' } | { kind: 'edit'; slate: SlateDetail } | null;

export function SlatesSection({ election, canEdit }: SlatesSectionProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const [deleteSlate] = useMutation(DELETE_SLATE_MUTATION, REFETCH_ELECTION);

  const columns = [
    { key: 'name', header: 'Slate', render: (slate: SlateDetail) => <SlateName slate={slate} /> },
    { key: 'ours', header: 'Ours', render: (slate: SlateDetail) => (slate.ours ? 'Yes' : 'No') },
    ...(canEdit
      ? [
          {
            key: 'actions',
            header: 'Actions',
            render: (slate: SlateDetail) => (
              <div className="pb-button-row">
                <Button
                  variant="ghost"
                  size="small"
                  aria-label={`Edit slate ${slate.name}`}
                  onClick={() => setEditing({ kind: 'edit', slate })}
                >
                  Edit
                </Button>
                <ConfirmDeleteButton
                  thing={`slate ${slate.name}`}
                  consequence="Its candidates stay, without a slate."
                  onConfirm={() => deleteSlate({ variables: { id: slate.id } })}
                />
              </div>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      id="slates"
      title="Slates"
      actions={
        canEdit ? <Button onClick={() => setEditing({ kind: 'new' })}>Add slate</Button> : null
      }
    >
      {election.slates.length === 0 ? (
        <EmptyState title="No slates yet.">
          <p>Add our slate and the rival slates, so candidates can be grouped.</p>
        </EmptyState>
      ) : (
        <Table
          caption="Slates"
          hideCaption
          columns={columns}
          rows={election.slates}
          rowKey={(slate) => slate.id}
        />
      )}
      <Dialog
        open={editing !== null}
        title={editing?.kind === 'edit' ? `Edit slate ${editing.slate.name}` : 'New slate'}
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <SlateForm
            electionId={election.id}
            slate={editing.kind === 'edit' ? editing.slate : undefined}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
    </Card>
  );
}
