import { useQuery } from '@apollo/client/react';

import { Alert } from '../../../design-system';
import { RETENTION_WARNINGS_QUERY } from '../graphql/elections.operations';
import { formatDay } from '../utils/retention';

const count = new Intl.NumberFormat('en-GB');

export interface RetentionWarningsProps {
  /** Only this election's warning; without it, every election's. */
  electionId?: string;
}

/**
 * Tells an admin, within 14 days before, whose contact details the retention job will
 * anonymise and when (the server decides which elections are that close). Admins only.
 */
export function RetentionWarnings({ electionId }: RetentionWarningsProps) {
  const warnings = (useQuery(RETENTION_WARNINGS_QUERY).data?.retentionWarnings ?? []).filter(
    (warning) => electionId === undefined || warning.electionId === electionId,
  );
  if (warnings.length === 0) return null;
  return (
    <div className="pb-stack" style={{ gap: 'var(--pb-space-2)' }}>
      {warnings.map((warning) => (
        <Alert key={warning.electionId} tone="info" title="Contact details will be anonymised">
          <p>
            Contact details of {count.format(warning.members)}{' '}
            {warning.members === 1 ? 'member' : 'members'}
            {electionId === undefined ? ` of ${warning.electionName}` : ''} will be anonymised on{' '}
            {formatDay(warning.anonymisedOn)}, at the end of the retention period after polling day.
            Calls and pledges stay as counts. An admin can change the polling day or the retention
            period on the election&rsquo;s page.
          </p>
        </Alert>
      ))}
    </div>
  );
}
