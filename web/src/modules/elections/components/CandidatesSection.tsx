import { useMutation } from '@apollo/client/react';
import { useState } from 'react';

import { Button, Card, Dialog, EmptyState, Table } from '../../../design-system';
import { ConfirmDeleteButton } from '../../../forms/ConfirmDeleteButton';
import { DELETE_CANDIDATE_MUTATION } from '../graphql/elections.operations';
import {
  type CandidateDetail,
  type ElectionDetail,
  REFETCH_ELECTION,
} from '../utils/election-types';
import { CandidateForm } from './CandidateForm';
import { SlateName } from './SlateName';

export interface CandidatesSectionProps {
  election: ElectionDetail;
  canEdit: boolean;
}

type Editing = { kind: 'new' } | { kind: 'edit'; candidate: CandidateDetail } | null;

export function CandidatesSection({ election, canEdit }: CandidatesSectionProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const [deleteCandidate] = useMutation(DELETE_CANDIDATE_MUTATION, REFETCH_ELECTION);
  const regionCode = new Map(election.regions.map((region) => [region.id, region.code]));
  const candidates = election.regions.flatMap((region) => region.candidates);

  const columns = [
    { key: 'name', header: 'Candidate', render: (candidate: CandidateDetail) => candidate.name },
    {
      key: 'region',
      header: 'Region',
      render: (candidate: CandidateDetail) => regionCode.get(candidate.regionId) ?? '',
    },
    {
      key: 'slate',
      header: 'Slate',
      render: (candidate: CandidateDetail) =>
        candidate.slate ? <SlateName slate={candidate.slate} /> : 'None',
    },
    {
      key: 'tags',
      header: 'Tags',
      render: (candidate: CandidateDetail) => (
        <span className="pb-button-row">
          {candidate.tags.map((tag) => (
            <span key={tag} className="pb-chip pb-chip--static">
              {tag}
            </span>
          ))}
        </span>
      ),
    },
    {
      key: 'pitch',
      header: 'Pitch',
      render: (candidate: CandidateDetail) => candidate.pitch ?? '',
    },
    ...(canEdit
      ? [
          {
            key: 'actions',
            header: 'Actions',
            render: (candidate: CandidateDetail) => (
              <div className="pb-button-row">
                <Button
                  variant="ghost"
                  size="small"
                  aria-label={`Edit candidate ${candidate.name}`}
                  onClick={() => setEditing({ kind: 'edit', candidate })}
                >
                  Edit
                </Button>
                <ConfirmDeleteButton
                  thing={`candidate ${candidate.name}`}
                  consequence="Pledges that rank this candidate will no longer name them."
                  onConfirm={() => deleteCandidate({ variables: { id: candidate.id } })}
                />
              </div>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      id="candidates"
      title="Candidates"
      actions={
        canEdit ? (
          <Button
            onClick={() => setEditing({ kind: 'new' })}
            disabled={election.regions.length === 0}
          >
            Add candidate
          </Button>
        ) : null
      }
    >
      {candidates.length === 0 ? (
        <EmptyState title="No candidates yet.">
          <p>
            {election.regions.length === 0
              ? 'Add a region first; each candidate stands in one.'
              : 'Add the candidates standing in each region.'}
          </p>
        </EmptyState>
      ) : (
        <Table
          caption="Candidates"
          hideCaption
          columns={columns}
          rows={candidates}
          rowKey={(candidate) => candidate.id}
        />
      )}
      <Dialog
        open={editing !== null}
        title={
          editing?.kind === 'edit' ? `Edit candidate ${editing.candidate.name}` : 'New candidate'
        }
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <CandidateForm
            election={election}
            candidate={editing.kind === 'edit' ? editing.candidate : undefined}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
    </Card>
  );
}
