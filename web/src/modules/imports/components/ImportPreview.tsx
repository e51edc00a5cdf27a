import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';

import { apiProblems } from '../../../apollo/errors';
import { Alert, Button, ProgressBar, Table } from '../../../design-system';
import { Link } from '../../../router';
import { CONFIRM_MEMBER_IMPORT_MUTATION } from '../graphql/imports.operations';
import { type ImportDetails } from './ImportResult';

const number = new Intl.NumberFormat('en-GB');

/** The member fields a file can change, as the preview names them. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  phone: 'phone',
  landline: 'landline',
  first_name: 'first name',
  last_name: 'last name',
  email: 'email',
  postcode: 'postcode',
  tags: 'tags',
  region: 'region',
};

/** "1,003 members: phone changes; 0 fields blanked" */
export function changeSummary(memberImport: ImportDetails): string {
  const fields = memberImport.fieldChanges
    .map((change) => `${FIELD_LABELS[change.field] ?? change.field} changes`)
    .join(', ');
  const blanked = memberImport.fieldChanges.reduce((sum, change) => sum + change.blanked, 0);
  return `${number.format(memberImport.rowsUpdated)} members: ${fields || 'changes'}; ${number.format(blanked)} ${blanked === 1 ? 'field' : 'fields'} blanked`;
}

/**
 * A finished preview (dryRun): what the file would change in the members already stored,
 * for the coordinator to confirm. A file that changes no stored member is imported at once.
 */
export function ImportPreview({ memberImport }: { memberImport: ImportDetails }) {
  const [confirm, { loading, error }] = useMutation(CONFIRM_MEMBER_IMPORT_MUTATION, {
    variables: { id: memberImport.id },
  });
  const changesStored = memberImport.rowsUpdated > 0;
  const confirmedOnce = useRef(false);
  const confirmNow = () => {
    if (confirmedOnce.current) return;
    confirmedOnce.current = true;
    confirm().catch(() => {
      confirmedOnce.current = false;
    });
  };
  useEffect(() => {
    if (!changesStored) confirmNow();
    // Once per preview: confirmNow guards against a second call.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [changesStored]);

  const problem = error ? <Alert tone="error">{apiProblems(error)[0]?.message}</Alert> : null;
  if (!changesStored)
    return (
      <>
        <ProgressBar label="Importing members" valueText="no stored member changes; starting" />
        {problem}
      </>
    );
  return (
    <div className="pb-stack" style={{ gap: 'var(--pb-space-4)' }}>
      <Alert tone="info" title="Check what this file changes">
        <p>{changeSummary(memberImport)}.</p>
        <p>
          {`${number.format(memberImport.rowsInserted)} new members; ${number.format(memberImport.rowsRejected)} rows rejected; ${number.format(memberImport.rowsWithoutPhone)} members imported without a phone, who cannot be called.`}
        </p>
        <p>
          {memberImport.blankCellsClear
            ? 'Blank cells clear stored values.'
            : 'Blank cells keep the stored values.'}{' '}
          Nothing has changed yet.
        </p>
      </Alert>
      <Table
        caption="Changes to members already stored"
        columns={[
          {
            key: 'field',
            header: 'Field',
            render: (row) => FIELD_LABELS[row.field] ?? row.field,
          },
          {
            key: 'changed',
            header: 'Members changed',
            render: (row) => number.format(row.changed),
          },
          {
            key: 'blanked',
            header: 'Of them blanked',
            render: (row) => number.format(row.blanked),
          },
        ]}
        rows={memberImport.fieldChanges}
        rowKey={(row) => row.field}
      />
      {problem}
      <div className="pb-button-row">
        <Button onClick={confirmNow} loading={loading}>
          Import these changes
        </Button>
        <Link to="/members/import">Cancel: import nothing</Link>
      </div>
    </div>
  );
}
