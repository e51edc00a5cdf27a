import { type ReactNode, useState } from 'react';

import { apiProblems } from '../apollo/errors';
import { Button, ConfirmDialog } from '../design-system';

export interface ConfirmDeleteButtonProps {
  /** Names the thing, for the button's accessible name and the dialog title, e.g. "region LDN". */
  thing: string;
  /** What will be lost, in a sentence. */
  consequence: ReactNode;
  onConfirm: () => Promise<unknown>;
}

export function ConfirmDeleteButton({ thing, consequence, onConfirm }: ConfirmDeleteButtonProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function confirm(): Promise<void> {
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
      setOpen(false);
    } catch (caught) {
      setError(
        apiProblems(caught)
          .map((problem) => problem.message)
          .join(' '),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button
        variant="ghost"
        size="small"
        aria-label={`Delete ${thing}`}
        onClick={() => setOpen(true)}
      >
        Delete
      </Button>
      <ConfirmDialog
        open={open}
        title={`Delete ${thing}?`}
        confirmLabel="Delete"
        busy={busy}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={() => {
          setOpen(false);
          setError(undefined);
        }}
      >
        <p>{consequence}</p>
      </ConfirmDialog>
    </>
  );
}
