import { useQuery } from '@apollo/client/react';
import { type ColumnMapping } from '@phonebank/domain';
import { useRef, useState } from 'react';

import { apiProblems } from '../../../apollo/errors';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  FileDrop,
  PageHeader,
  ProgressBar,
  Select,
  Spinner,
} from '../../../design-system';
import { Link, useSearchParams } from '../../../router';
import { IMPORT_ELECTIONS_QUERY, MEMBER_IMPORT_QUERY } from '../graphql/imports.operations';
import { autoMapColumns, mappingForUpload, mappingProblems } from '../utils/column-mapping';
import { type CsvPreview, PreviewProblem, readPreview } from '../utils/csv-preview';
import { type UploadProgress, UploadRefused, uploadMemberFile } from '../utils/upload-member-file';
import { ImportProgress } from './ImportProgress';
import { ColumnMappingFields } from './ColumnMappingFields';
import { RecentImports } from './RecentImports';

const FINISHED = new Set(['SUCCEEDED', 'FAILED']);
const number = new Intl.NumberFormat('en-GB');

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function useElections() {
  const { data, loading, error } = useQuery(IMPORT_ELECTIONS_QUERY);
  const elections = [...(data?.elections ?? [])].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  return { elections, loading: loading && !data, error };
}

/** Watches an import on the server every second until it finishes. */
function WatchedImport({ id, estimatedRows }: { id: string; estimatedRows?: number }) {
  const [stopped, setStopped] = useState(false);
  const { data, error } = useQuery(MEMBER_IMPORT_QUERY, {
    variables: { id },
    fetchPolicy: 'network-only',
    // Every second until the import is over (or there is no such import).
    pollInterval: stopped ? 0 : 1000,
  });
  const memberImport = data?.memberImport;
  const finished = memberImport ? FINISHED.has(memberImport.status) : false;
  const over = finished || (data !== undefined && !memberImport);
  if (over !== stopped) setStopped(over);
  return (
    <>
      <Card title={memberImport?.fileName ? `Import of ${memberImport.fileName}` : 'Import'}>
        {error ? <Alert tone="error">{apiProblems(error)[0]?.message}</Alert> : null}
        {!data && !error ? <Spinner label="Loading the import" /> : null}
        {data && !memberImport ? (
          <Alert tone="error">There is no such import, or it is not yours.</Alert>
        ) : null}
        {memberImport ? (
          <ImportProgress memberImport={memberImport} estimatedRows={estimatedRows} />
        ) : null}
        {memberImport &&
        FINISHED.has(memberImport.status) &&
        !(memberImport.dryRun && memberImport.status === 'SUCCEEDED') ? (
          <p>
            <Link to="/members">See the members</Link> or{' '}
            <Link to="/members/import">import another file</Link>.
          </p>
        ) : null}
      </Card>
      <RecentImports key={finished ? 'finished' : 'running'} />
    </>
  );
}

/** Upload a member list: preview its first rows, map its columns, and watch it import. */
export function ImportPage() {
  const [params, setParams] = useSearchParams();
  const watching = params.get('import');
  const { elections, loading: electionsLoading, error: electionsError } = useElections();
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<CsvPreview>();
  const [previewError, setPreviewError] = useState<string>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [chosenElection, setChosenElection] = useState('');
  const [uploading, setUploading] = useState<UploadProgress>();
  const [refusal, setRefusal] = useState<string>();
  const [attempted, setAttempted] = useState(false);
  const [estimatedRows, setEstimatedRows] = useState<number>();
  const [blankCellsClear, setBlankCellsClear] = useState(false);
  const upload = useRef<AbortController>(undefined);

  const electionId = chosenElection || elections[0]?.id || '';
  const problems = preview ? mappingProblems(mapping) : [];

  async function choose(chosen: File): Promise<void> {
    setFile(chosen);
    setPreview(undefined);
    setPreviewError(undefined);
    setRefusal(undefined);
    setAttempted(false);
    try {
      const read = await readPreview(chosen);
      setPreview(read);
      setMapping(autoMapColumns(read.headers));
    } catch (caught) {
      setPreviewError(
        caught instanceof PreviewProblem ? caught.message : 'Phonebank could not read this file.',
      );
    }
  }

  async function start(): Promise<void> {
    setAttempted(true);
    if (!file || !preview || !electionId || problems.length > 0) return;
    setRefusal(undefined);
    setUploading({ loaded: 0, total: file.size });
    upload.current = new AbortController();
    try {
      const { id } = await uploadMemberFile({
        file,
        electionId,
        mapping: mappingForUpload(mapping),
        // The server checks the file against the stored members first; what it would
        // change is shown for confirming (a file that changes none goes straight in).
        dryRun: true,
        blankCellsClear,
        onProgress: setUploading,
        signal: upload.current.signal,
      });
      setEstimatedRows(Math.max(1, Math.round(file.size / preview.bytesPerLine) - 1));
      setFile(undefined);
      setPreview(undefined);
      setParams({ import: id });
    } catch (caught) {
      setRefusal(
        caught instanceof UploadRefused ? caught.message : 'The upload failed. Try again.',
      );
    } finally {
      setUploading(undefined);
      upload.current = undefined;
    }
  }

  const header = (
    <>
      <p style={{ margin: '0 0 var(--pb-space-3)' }}>
        <Link to="/members">Back to members</Link>
      </p>
      <PageHeader
        title="Import members"
        description="A CSV export from your membership system, of any size. Members already in Phonebank are matched on membership number and updated; opt-outs are kept."
      />
    </>
  );

  if (watching) {
    return (
      <>
        {header}
        <div className="pb-stack">
          <WatchedImport key={watching} id={watching} estimatedRows={estimatedRows} />
        </div>
      </>
    );
  }

  return (
    <>
      {header}
      <div className="pb-stack">
        <Card title="Choose the file">
          <FileDrop
            label="Member list (CSV)"
            hint="Choose a .csv file, or drop it here. UTF-8 or Windows-1252; comma, semicolon or tab separated."
            accept=".csv,text/csv"
            disabled={uploading !== undefined}
            chosen={file ? `${file.name} (${formatBytes(file.size)})` : undefined}
            onFile={(chosen) => void choose(chosen)}
          />
          {previewError ? <Alert tone="error">{previewError}</Alert> : null}
          {electionsError ? (
            <Alert tone="error">{apiProblems(electionsError)[0]?.message}</Alert>
          ) : null}
          {electionsLoading ? <Spinner label="Loading elections" /> : null}
          {!electionsLoading && elections.length === 0 && !electionsError ? (
            <Alert tone="info">
              There is no election to import into yet. An admin sets one up first.
            </Alert>
          ) : null}
          {elections.length > 0 ? (
            <Select
              label="Election"
              hint="The members are added to this election's regions."
              value={electionId}
              options={elections.map((election) => ({ value: election.id, label: election.name }))}
              disabled={uploading !== undefined}
              onChange={setChosenElection}
            />
          ) : null}
        </Card>

        {preview ? (
          <Card title="Check the columns">
            <p className="pb-muted" style={{ margin: 0 }}>
              {`${preview.headers.length} columns; read as ${preview.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252'}.`}
            </p>
            <ColumnMappingFields
              preview={preview}
              mapping={mapping}
              onChange={setMapping}
              disabled={uploading !== undefined}
            />
            <Checkbox
              label="Blank cells clear stored values"
              checked={blankCellsClear}
              onChange={setBlankCellsClear}
              disabled={uploading !== undefined}
            />
            <p className="pb-field__hint" style={{ margin: 0 }}>
              Off: an empty cell keeps what Phonebank already has for that member.
            </p>
            {attempted && problems.length > 0 ? (
              <Alert tone="error" title="Check the columns">
                {problems.map((problem) => (
                  <p key={problem}>{problem}</p>
                ))}
              </Alert>
            ) : null}
            {refusal ? (
              <Alert tone="error" title="The file was not imported">
                <p>{refusal}</p>
              </Alert>
            ) : null}
            {uploading ? (
              <ProgressBar
                label="Uploading"
                value={uploading.loaded}
                max={uploading.total || 1}
                valueText={`${formatBytes(uploading.loaded)} of ${formatBytes(uploading.total)}`}
              />
            ) : null}
            <div className="pb-button-row">
              <Button
                onClick={() => void start()}
                loading={uploading !== undefined}
                disabled={!electionId}
              >
                {`Import ${file ? file.name : 'the file'}`}
              </Button>
              {uploading ? (
                <Button variant="secondary" onClick={() => upload.current?.abort()}>
                  Cancel upload
                </Button>
              ) : null}
            </div>
            <p className="pb-field__hint" style={{ margin: 0 }}>
              {file
                ? `About ${number.format(Math.max(0, Math.round(file.size / preview.bytesPerLine) - 1))} rows. `
                : ''}
              Rows with problems are skipped and listed with their line numbers; the rest go in.
              Before any member already stored changes, you see what the file would change.
            </p>
          </Card>
        ) : null}

        <RecentImports />
      </div>
    </>
  );
}
