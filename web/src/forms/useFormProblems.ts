import { type FieldProblem } from '@phonebank/domain';
import { useState } from 'react';

import { NO_PROBLEMS, type PlaceField, type PlacedProblems, placeProblems } from '../apollo/errors';

export interface FormProblems {
  /** The message to show next to a field, if any. */
  errorFor: (field: string) => string | undefined;
  /** Messages that belong to no field on the form (shown in an Alert). */
  messages: readonly string[];
  /** Marks a field as edited, so its client-side problem shows before submitting. */
  touch: (field: string) => void;
  /** Runs the mutation unless the client already knows the input is wrong; places server problems. */
  submit: (run: () => Promise<unknown>) => Promise<boolean>;
  submitting: boolean;
}

/**
 * Client-side problems come from the shared rules in @phonebank/domain, so the client
 * warns in the API's words; the API stays the authority and its problems replace them.
 */
export function useFormProblems(
  clientProblems: readonly FieldProblem[],
  placeField: PlaceField,
): FormProblems {
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [attempted, setAttempted] = useState(false);
  const [server, setServer] = useState<PlacedProblems>(NO_PROBLEMS);
  const [submitting, setSubmitting] = useState(false);

  function touch(field: string): void {
    setTouched((previous) => (previous.has(field) ? previous : new Set(previous).add(field)));
    setServer((previous) => {
      if (!(field in previous.fieldErrors)) return previous;
      const fieldErrors = { ...previous.fieldErrors };
      delete fieldErrors[field];
      return { ...previous, fieldErrors };
    });
  }

  function errorFor(field: string): string | undefined {
    const serverMessage = server.fieldErrors[field];
    if (serverMessage) return serverMessage;
    if (!attempted && !touched.has(field)) return undefined;
    return clientProblems.find((problem) => placeField(problem.field) === field)?.message;
  }

  const unplaced = attempted
    ? clientProblems
        .filter((problem) => placeField(problem.field) === undefined)
        .map((problem) => problem.message)
    : [];

  async function submit(run: () => Promise<unknown>): Promise<boolean> {
    setAttempted(true);
    if (clientProblems.length > 0) return false;
    setServer(NO_PROBLEMS);
    setSubmitting(true);
    try {
      await run();
      return true;
    } catch (error) {
      setServer(placeProblems(error, placeField));
      return false;
    } finally {
      setSubmitting(false);
    }
  }

  return { errorFor, messages: [...unplaced, ...server.messages], touch, submit, submitting };
}
