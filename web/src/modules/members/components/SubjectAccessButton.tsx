import { useState } from 'react';

import { Alert, Button } from '../../../design-system';
import { fileNameFrom, saveBlob } from '../utils/download-csv';

/**
 * UK GDPR subject access: downloads everything Phonebank holds about the member as one JSON
 * file (admins only; the server records the download in the audit log).
 */
export function SubjectAccessButton({ memberId }: { memberId: string }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function download(): Promise<void> {
    setBusy(true);
    setProblem(undefined);
    try {
      const response = await fetch(
        `/api/members/${encodeURIComponent(memberId)}/subject-access.json`,
        { credentials: 'same-origin' },
      );
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { message?: unknown };
        setProblem(
          typeof body.message === 'string'
            ? body.message
            : `The download failed (HTTP ${response.status}).`,
        );
        return;
      }
      const fileName = fileNameFrom(
        response.headers.get('Content-Disposition'),
        'subject-access.json',
      );
      saveBlob(await response.blob(), fileName);
    } catch {
      setProblem('Phonebank could not reach the server. Check your connection and try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button variant="secondary" loading={busy} onClick={() => void download()}>
        Download all data held (subject access)
      </Button>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
    </>
  );
}
