// The decisions every rule takes between transfers, in the same order for all of them:
// elect who reached the quota (unless a reserved minimum forbids it), elect whom a minimum
// requires, fill the last places when only that many candidates remain, and choose whom to
// exclude. Rules differ in how votes move, not in these steps.

import { type CountState } from './count-state';
import { type TieBreak } from './count-result';
import { orderByVotes, pickExtreme } from './tie-break';

/** Elects continuing candidates at or above the quota, largest vote first. */
export function electReachers(
  state: CountState,
  reached = (c: number) => state.votes[c] >= state.quota,
): void {
  const reachers = state.continuing().filter(reached);
  for (const { candidate, tieBrokenBy } of orderByVotes(
    reachers,
    state.history,
    'most',
    state.lot,
  )) {
    if (state.vacancies === 0) return;
    const doomed = state.guard
      .doomed(state.elected, state.continuing())
      .find((d) => d.candidate === candidate);
    if (doomed) {
      // Passed over now; chooseExclusion removes doomed candidates before anything else moves.
      noteMinimumExclusion(state, candidate, doomed.tag);
      continue;
    }
    state.elect(candidate, withTie({ kind: 'elected', candidate, reason: 'quota' }, tieBrokenBy));
  }
}

/** Elects candidates a reserved minimum cannot do without. */
export function electRequired(state: CountState): void {
  for (;;) {
    if (state.vacancies === 0) return;
    const required = state.guard.required(state.elected, state.continuing());
    if (required.length === 0) return;
    const { candidate } = pickExtreme(
      required.map((r) => r.candidate),
      state.history,
      'most',
      state.lot,
    );
    const tag = required.find((r) => r.candidate === candidate)?.tag ?? '';
    state.note({
      kind: 'minimum',
      tag,
      count: minimumCount(state, tag),
      candidate,
      action: 'elected',
      reason: 'needed to fill the minimum',
    });
    state.elect(candidate, { kind: 'elected', candidate, reason: 'minimum' });
  }
}

/** When as many candidates continue as places remain, they are all elected (in candidate order). */
export function fillRemaining(state: CountState): boolean {
  const continuing = state.continuing();
  if (state.vacancies === 0) return true;
  if (continuing.length > state.vacancies) return false;
  for (const candidate of continuing) {
    state.elect(candidate, { kind: 'elected', candidate, reason: 'remaining vacancies' });
  }
  return true;
}

export interface ExclusionChoice {
  candidate: number;
  reason: 'lowest votes' | 'minimum';
  tieBrokenBy?: TieBreak;
  tag?: string;
}

/** Candidates whose election would block a minimum go first, lowest first; else the lowest. */
export function chooseExclusion(
  state: CountState,
  votes: readonly bigint[] = state.votes,
): ExclusionChoice {
  const doomed = state.guard.doomed(state.elected, state.continuing());
  const history = [...state.history.slice(0, -1), [...votes]];
  if (doomed.length > 0) {
    const outcome = pickExtreme(
      doomed.map((d) => d.candidate),
      history,
      'fewest',
      state.lot,
    );
    const tag = doomed.find((d) => d.candidate === outcome.candidate)?.tag;
    return { ...outcome, reason: 'minimum', tag };
  }
  return {
    ...pickExtreme(state.continuing(), history, 'fewest', state.lot),
    reason: 'lowest votes',
  };
}

/** The stage notes for an exclusion, including the minimum that forced it. */
export function noteExclusion(state: CountState, choice: ExclusionChoice): void {
  const { candidate } = choice;
  state.markExcludedInStage(candidate);
  if (choice.reason === 'minimum' && choice.tag !== undefined)
    noteMinimumExclusion(state, candidate, choice.tag);
}

/** Says, once per candidate, that a minimum kept them out. */
function noteMinimumExclusion(state: CountState, candidate: number, tag: string): void {
  if (state.passedOver.has(candidate)) return;
  state.passedOver.add(candidate);
  state.note({
    kind: 'minimum',
    tag,
    count: minimumCount(state, tag),
    candidate,
    action: 'excluded',
    reason: 'would block the minimum',
  });
}

export function exclusionEvent(choice: ExclusionChoice) {
  return withTie(
    { kind: 'exclusion' as const, candidate: choice.candidate, reason: choice.reason },
    choice.tieBrokenBy,
  );
}

function minimumCount(state: CountState, tag: string): number {
  return state.guard.minima.find((m) => m.tag === tag)?.count ?? 0;
}

export function withTie<T extends object>(
  event: T,
  tieBrokenBy: TieBreak | undefined,
): T & { tieBrokenBy?: TieBreak } {
  return tieBrokenBy ? { ...event, tieBrokenBy } : event;
}
