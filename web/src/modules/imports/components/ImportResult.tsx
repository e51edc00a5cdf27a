import { Alert, Table } from '../../../design-system';
import { type MemberImportQuery } from '../../../gql/graphql';

export type ImportDetails = NonNullable<MemberImportQuery['memberImport']>;

const number = new Intl.NumberFormat('en-GB');

/** What an import did: counts, the first rejected rows and the full error report. */
export function ImportResult({ memberImport }: { memberImport: ImportDetails }) {
  const stats = [
    { term: 'Rows read', value: memberImport.rowsTotal },
    { term: 'Added', value: memberImport.rowsInserted },
    { term: 'Updated', value: memberImport.rowsUpdated },
    { term: 'Unchanged', value: memberImport.rowsUnchanged },
    { term: 'Rejected', value: memberImport.rowsRejected },
    { term: 'Duplicate phones', value: memberImport.duplicatePhones },
    { term: 'Without a phone', value: memberImport.rowsWithoutPhone },
  ];
  const shown = memberImport.errors.length;
  return (
    <div className="pb-stack" style={{ gap: 'var(--pb-space-4)' }}>
      <Alert tone={memberImport.rowsRejected > 0 ? 'info' : 'success'} title="Import finished">
        <p>
          {memberImport.rowsRejected > 0
            ? `${number.format(memberImport.rowsRejected)} rows were rejected; the rest are in.`
            : 'Every row was read.'}{' '}
          {memberImport.encoding === 'windows-1252'
            ? 'The file was Windows-1252 text and was converted.'
            : ''}
        </p>
      </Alert>
      <dl className="pb-stats" aria-label="Import counts">
        {stats.map((stat) => (
          <div key={stat.term}>
            <dt>{stat.term}</dt>
            <dd>{number.format(stat.value)}</dd>
          </div>
        ))}
      </dl>
      {memberImport.rowsWithoutPhone > 0 ? (
        <Alert tone="info">
          <p>{`${number.format(memberImport.rowsWithoutPhone)} members imported without a phone, who cannot be called.`}</p>
        </Alert>
      ) : null}
      {memberImport.duplicatePhones > 0 ? (
        <p className="pb-muted">
          Members with a phone number another member also has are kept and marked “shared phone”,
          not merged.
        </p>
      ) : null}
      {memberImport.rowsRejected > 0 ? (
        <>
          <p>
            <a href={`/api/imports/${memberImport.id}/errors.csv`} download>
              Download all rejected rows (CSV)
            </a>{' '}
            <span className="pb-muted">with their line numbers, reasons and original columns.</span>
          </p>
          <Table
            caption="Rejected rows by reason"
            columns={[
              { key: 'reason', header: 'Reason', render: (row) => row.reason },
              { key: 'rows', header: 'Rows', render: (row) => number.format(row.rows) },
            ]}
            rows={memberImport.rejectionReasons}
            rowKey={(row) => row.kind}
          />
          <Table
            caption={
              shown < memberImport.rowsRejected
                ? `The first ${shown} rejected rows`
                : 'Rejected rows'
            }
            columns={[
              { key: 'line', header: 'Line', render: (row) => row.line },
              { key: 'reason', header: 'Reason', render: (row) => row.message },
            ]}
            rows={memberImport.errors}
            rowKey={(row) => `${row.line}:${row.message}`}
          />
        </>
      ) : null}
    </div>
  );
}
