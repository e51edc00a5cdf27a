import { Alert, ProgressBar } from '../../../design-system';
import { ImportPreview } from './ImportPreview';
import { type ImportDetails, ImportResult } from './ImportResult';

const number = new Intl.NumberFormat('en-GB');

export interface ImportProgressProps {
  memberImport: ImportDetails;
  /** Rows expected, estimated from the file's size and its first lines, if known. */
  estimatedRows?: number;
}

/** A running import's live progress, then its result. */
export function ImportProgress({ memberImport, estimatedRows }: ImportProgressProps) {
  const read = memberImport.rowsTotal;
  switch (memberImport.status) {
    case 'QUEUED':
      return <ProgressBar label="Import waiting to start" valueText="queued" />;
    case 'RUNNING': {
      // Every row read: the last batch is merging and the counts are being made.
      if (memberImport.readAt)
        return (
          <ProgressBar
            label="Finishing the import"
            valueText={`all ${number.format(read)} rows read; adding the last of them and counting`}
          />
        );
      const estimate = estimatedRows && estimatedRows > read ? estimatedRows : undefined;
      return (
        <ProgressBar
          label={
            memberImport.dryRun ? 'Checking the file against the members' : 'Importing members'
          }
          value={estimate ? Math.min(read, estimate * 0.99) : undefined}
          max={estimate}
          valueText={
            estimate
              ? `${number.format(read)} of about ${number.format(estimate)} rows read`
              : `${number.format(read)} rows read`
          }
        />
      );
    }
    case 'FAILED':
      return (
        <Alert tone="error" title="The import failed">
          <p>{memberImport.failureMessage ?? 'The server stopped the import.'}</p>
          <p>
            Fix the problem and import the file again: rows already in are matched, not doubled.
          </p>
        </Alert>
      );
    case 'SUCCEEDED':
      if (memberImport.dryRun) return <ImportPreview memberImport={memberImport} />;
      return (
        <>
          <ProgressBar label="Import complete" value={100} />
          <ImportResult memberImport={memberImport} />
        </>
      );
  }
}
