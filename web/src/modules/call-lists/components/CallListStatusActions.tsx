import { useMutation } from '@apollo/client/react';
import { useState } from 'react';

import { apiProblems } from '../../../apollo/errors';
import { Alert, Button, ConfirmDialog } from '../../../design-system';
import { type CallListStatus } from '../../../gql/graphql';
import {
  ARCHIVE_CALL_LIST_MUTATION,
  PAUSE_CALL_LIST_MUTATION,
  REFRESH_CALL_LIST_MUTATION,
  RESUME_CALL_LIST_MUTATION,
} from '../graphql/call-lists.operations';
import { members, REFETCH_CALL_LIST } from '../utils/call-list-labels';

export interface CallListStatusActionsProps {
  callList: { id: string; name: string; status: CallListStatus };
}

/** Pause, resume, refresh and archive; the results and refusals show under the buttons. */
export function CallListStatusActions({ callList }: CallListStatusActionsProps) {
  const variables = { id: callList.id };
  const [pause, pausing] = useMutation(PAUSE_CALL_LIST_MUTATION, { variables });
  const [resume, resuming] = useMutation(RESUME_CALL_LIST_MUTATION, { variables });
  const [refresh, refreshing] = useMutation(REFRESH_CALL_LIST_MUTATION, {
    variables,
    ...REFETCH_CALL_LIST,
  });
  const [archive, archiving] = useMutation(ARCHIVE_CALL_LIST_MUTATION, { variables });
  const [confirming, setConfirming] = useState(false);
  const failure = pausing.error ?? resuming.error ?? refreshing.error;
  const added = refreshing.data?.refreshCallList.added;

  if (callList.status === 'ARCHIVED') return null;
  return (
    <div className="pb-stack">
      <div className="pb-button-row">
        {callList.status === 'ACTIVE' ? (
          <Button
            variant="secondary"
            loading={pausing.loading}
            onClick={() => void pause().catch(() => undefined)}
          >
            Pause
          </Button>
        ) : (
          <Button loading={resuming.loading} onClick={() => void resume().catch(() => undefined)}>
            Resume
          </Button>
        )}
        <Button
          variant="secondary"
          loading={refreshing.loading}
          onClick={() => void refresh().catch(() => undefined)}
        >
          Refresh
        </Button>
        <Button variant="danger" onClick={() => setConfirming(true)}>
          Archive
        </Button>
      </div>
      {failure ? <Alert tone="error">{apiProblems(failure)[0]?.message}</Alert> : null}
      {added !== undefined ? <Alert tone="success">{`${members(added)} added.`}</Alert> : null}
      <ConfirmDialog
        open={confirming}
        title={`Archive ${callList.name}?`}
        confirmLabel="Archive for good"
        busy={archiving.loading}
        error={archiving.error ? apiProblems(archiving.error)[0]?.message : undefined}
        onCancel={() => {
          setConfirming(false);
          archiving.reset();
        }}
        onConfirm={() => {
          archive()
            .then(() => setConfirming(false))
            .catch(() => undefined);
        }}
      >
        <p>
          The list closes for good: volunteers no longer see it and nobody can call from it. Its
          calls stay recorded.
        </p>
      </ConfirmDialog>
    </div>
  );
}
