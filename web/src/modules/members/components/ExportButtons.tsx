import { useState } from 'react';

import { Alert, Button, ProgressBar } from '../../../design-system';
import { downloadCsv, type DownloadProgress } from '../utils/download-csv';

type Kind = 'members' | 'pledges';

const LABELS: Record<Kind, string> = {
  members: 'Export members (CSV)',
  pledges: 'Export pledges (CSV)',
};

const number = new Intl.NumberFormat('en-GB');

export interface ExportButtonsProps {
  /** The region to export; without one, nothing can be exported. */
  regionId?: string;
  regionLabel?: string;
}

/** Streams an export from the server with a progress bar, then saves it. */
export function ExportButtons({ regionId, regionLabel }: ExportButtonsProps) {
  const [running, setRunning] = useState<Kind>();
  const [progress, setProgress] = useState<DownloadProgress>();
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string }>();

  async function run(kind: Kind): Promise<void> {
    if (!regionId) return;
    setRunning(kind);
    setProgress({ rows: 0 });
    setMessage(undefined);
    try {
      const { fileName, rows } = await downloadCsv(
        `/api/exports/${kind}.csv?regionId=${encodeURIComponent(regionId)}`,
        `${kind}.csv`,
        setProgress,
      );
      setMessage({ tone: 'success', text: `Saved ${fileName}: ${number.format(rows)} rows.` });
    } catch (caught) {
      setMessage({
        tone: 'error',
        text: caught instanceof Error ? caught.message : 'The export failed.',
      });
    } finally {
      setRunning(undefined);
    }
  }

  return (
    <div className="pb-stack" style={{ gap: 'var(--pb-space-2)' }}>
      <div className="pb-button-row">
        {(Object.keys(LABELS) as Kind[]).map((kind) => (
          <Button
            key={kind}
            variant="secondary"
            size="small"
            disabled={!regionId || (running !== undefined && running !== kind)}
            loading={running === kind}
            onClick={() => void run(kind)}
          >
            {LABELS[kind]}
          </Button>
        ))}
      </div>
      <p className="pb-field__hint" style={{ margin: 0 }}>
        {regionId
          ? `Exports ${regionLabel ?? 'the chosen region'}. Every export is recorded in the audit log.`
          : 'Choose a region to export its members or pledges.'}
      </p>
      {running && progress ? (
        <ProgressBar
          label={`Exporting ${running}`}
          value={progress.totalRows ? progress.rows : undefined}
          max={progress.totalRows || undefined}
          valueText={
            progress.totalRows !== undefined
              ? `${number.format(progress.rows)} of ${number.format(progress.totalRows)} rows`
              : `${number.format(progress.rows)} rows`
          }
        />
      ) : null}
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
