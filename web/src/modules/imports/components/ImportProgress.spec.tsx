import { render, screen } from '@testing-library/react';

import type { ImportDetails } from './ImportResult';
import { ImportProgress } from './ImportProgress';

const running: ImportDetails = {
  __typename: 'MemberImport',
  id: 'import-1',
  status: 'RUNNING',
  fileName: 'members.csv',
  encoding: 'utf-8',
  byteSize: 64_000,
  rowsTotal: 600,
  rowsInserted: 0,
  rowsUpdated: 0,
  rowsUnchanged: 0,
  rowsRejected: 0,
  duplicatePhones: 0,
  rowsWithoutPhone: 0,
  dryRun: false,
  blankCellsClear: false,
  rejectionReasons: [],
  fieldChanges: [],
  failureMessage: null,
  createdAt: '2026-11-29T10:00:00.000Z',
  startedAt: '2026-11-29T10:00:01.000Z',
  readAt: null,
  finishedAt: null,
  errors: [],
} as ImportDetails;

describe('ImportProgress', () => {
  it('shows the rows read against the rows expected while the file is being read', () => {
    render(<ImportProgress memberImport={running} estimatedRows={1_000} />);
    const bar = screen.getByRole('progressbar', { name: /Importing members/ });
    expect(bar).toHaveAttribute('aria-valuenow', '600');
    expect(bar).toHaveAttribute('aria-valuemax', '1000');
    expect(screen.getByText('Importing members: 600 of about 1,000 rows read')).toBeVisible();
  });

  it('says the import is finishing, not stuck near the end, once every row has been read', () => {
    render(
      <ImportProgress
        memberImport={{ ...running, rowsTotal: 1_004, readAt: '2026-11-29T10:00:09.000Z' }}
        estimatedRows={1_000}
      />,
    );
    const bar = screen.getByRole('progressbar', { name: /Finishing the import/ });
    expect(bar).not.toHaveAttribute('aria-valuenow');
    expect(
      screen.getByText(
        'Finishing the import: all 1,004 rows read; adding the last of them and counting',
      ),
    ).toBeVisible();
  });
});
