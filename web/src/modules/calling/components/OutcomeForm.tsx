import { useState } from 'react';

import { Button, FormField, TextField } from '../../../design-system';
import { type Disposition } from '../../../gql/graphql';
import { useCallShortcuts } from '../hooks/useCallShortcuts';
import { DISPOSITIONS, type DispositionChoice } from '../utils/dispositions';

export interface Outcome {
  disposition: Disposition;
  notes?: string;
  /** ISO 8601, only with CALL_BACK. */
  callBackAt?: string;
}

export interface OutcomeFormProps {
  busy: boolean;
  onRecord: (outcome: Outcome) => void;
  onSkip: () => void;
  /** The server's complaint about the call-back time, if any. */
  callBackError?: string;
}

/** How the call went: one press records it (a digit on a keyboard), N skips the member. */
export function OutcomeForm({ busy, onRecord, onSkip, callBackError }: OutcomeFormProps) {
  const [notes, setNotes] = useState('');
  const [callBackAt, setCallBackAt] = useState('');
  const [callBackMissing, setCallBackMissing] = useState(false);

  function record(choice: DispositionChoice): void {
    if (busy) return;
    const outcome: Outcome = { disposition: choice.value };
    if (notes.trim()) outcome.notes = notes.trim();
    if (choice.value === 'CALL_BACK') {
      const when = callBackAt ? new Date(callBackAt) : undefined;
      if (!when || Number.isNaN(when.getTime())) {
        setCallBackMissing(true);
        return;
      }
      outcome.callBackAt = when.toISOString();
    }
    onRecord(outcome);
  }

  useCallShortcuts({
    enabled: !busy,
    onDisposition: record,
    onSkip,
  });

  return (
    <div className="pb-form">
      <fieldset className="pb-fieldset">
        <legend>How did the call go?</legend>
        <div className="pb-dispositions">
          {DISPOSITIONS.map((choice) => (
            <Button
              key={choice.value}
              variant={choice.value === 'ANSWERED' ? 'primary' : 'secondary'}
              disabled={busy}
              aria-keyshortcuts={choice.key}
              onClick={() => record(choice)}
            >
              <kbd aria-hidden="true">{choice.key}</kbd>
              {choice.label}
            </Button>
          ))}
        </div>
      </fieldset>
      <div className="pb-form__row">
        <TextField
          label="Call back at"
          hint="Only with “Call back”: when the member asked to be called."
          type="datetime-local"
          value={callBackAt}
          error={callBackMissing && !callBackAt ? 'Choose when to call back first.' : callBackError}
          onChange={(value) => {
            setCallBackAt(value);
            setCallBackMissing(false);
          }}
        />
        <FormField label="Notes" hint="Optional; coordinators see them.">
          {(control) => (
            <textarea
              {...control}
              className="pb-input pb-textarea"
              value={notes}
              maxLength={2000}
              onChange={(event) => setNotes(event.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="pb-button-row">
        <Button variant="ghost" disabled={busy} aria-keyshortcuts="N" onClick={onSkip}>
          <kbd className="pb-call-kbd" aria-hidden="true">
            N
          </kbd>
          Skip this member
        </Button>
      </div>
    </div>
  );
}
