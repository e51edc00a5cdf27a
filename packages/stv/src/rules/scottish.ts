// Scottish Local Government Elections Order 2007, Schedule 1 (rules 45-52): Droop quota,
// weighted inclusive Gregory surplus transfers (every paper of the elected candidate moves,
// at a value scaled from the value it arrived with), values truncated to five decimals,
// largest surplus first, excluded candidates' papers moved at the value they hold.
// Fractions lost to truncation are not papers, so they are kept apart from the
// non-transferable total, as Glasgow's official stage reports do.

import { type CountOptions, type CountResult } from '../count-result';
import { CountState } from '../count-state';
import {
  chooseExclusion,
  electReachers,
  electRequired,
  exclusionEvent,
  fillRemaining,
  noteExclusion,
  withTie,
} from '../decisions';
import { type Election } from '../election';
import { fixedPoint, mulDivFloor, unitsToNumber } from '../fixed-point';
import { groupByValue, weightOf } from '../papers';
import { pickExtreme } from '../tie-break';

const FIVE_DECIMALS = fixedPoint(5);

export function countScottish(election: Election, options: CountOptions = {}): CountResult {
  const fp = FIVE_DECIMALS;
  const state = new CountState('scottish', election, fp, options);
  const papers = state.validUnits / fp.one;
  // Rule 46: valid papers ÷ (seats + 1), fraction ignored, plus one.
  state.quota = (papers / BigInt(election.seats + 1) + 1n) * fp.one;
  state.recordStage({ kind: 'first preferences' });
  for (const note of state.guard.unattainable) state.note(note);

  const surplusPending: number[] = [];
  for (;;) {
    // Rule 51: when the continuing candidates just fill the places left, they are elected.
    if (fillRemaining(state)) break;
    const before = state.elected.length;
    electReachers(state);
    electRequired(state);
    for (const c of state.elected.slice(before))
      if (state.votes[c] > state.quota) surplusPending.push(c);
    if (fillRemaining(state)) break;

    const mustExclude = state.guard.doomed(state.elected, state.continuing()).length > 0;
    if (surplusPending.length > 0 && !mustExclude) {
      transferSurplus(state, surplusPending);
    } else {
      excludeOne(state);
    }
  }
  state.closeCount();
  return state.result();
}

function transferSurplus(state: CountState, pending: number[]): void {
  const { candidate, tieBrokenBy } = pickExtreme(pending, state.history, 'most', state.lot);
  pending.splice(pending.indexOf(candidate), 1);
  const total = state.votes[candidate];
  const surplus = total - state.quota;
  // Rule 48(3): surplus × the value a paper arrived at ÷ the candidate's total, remainder
  // ignored. Every paper of a parcel arrived at its value, so the parcel is revalued once.
  const revalued = state.piles[candidate].map((parcel) => ({
    ...parcel,
    value: mulDivFloor(surplus, parcel.value, total),
  }));
  state.piles[candidate] = [];
  state.votes[candidate] = state.quota;
  const stage = state.stages.length;
  let moved = 0n;
  for (const { value, parcels } of groupByValue(revalued)) {
    moved += BigInt(weightOf(parcels)) * value;
    state.transfer(parcels, value, stage);
  }
  state.lostToRounding += surplus - moved;
  state.recordStage(
    withTie(
      {
        kind: 'surplus',
        candidate,
        reason: 'largest surplus',
        surplus: unitsToNumber(state.fp, surplus),
      },
      tieBrokenBy,
    ),
  );
}

function excludeOne(state: CountState): void {
  const choice = chooseExclusion(state);
  const { candidate } = choice;
  state.exclude(candidate);
  const parcels = state.piles[candidate];
  state.piles[candidate] = [];
  state.votes[candidate] = 0n;
  // Rule 50: papers move at the value they hold, so no truncation happens here.
  for (const { value, parcels: sameValue } of groupByValue(parcels))
    state.transfer(sameValue, value, state.stages.length);
  state.recordStage(exclusionEvent(choice));
  noteExclusion(state, choice);
}
