// The Electoral Reform Society's 1997 rules for counting by hand: values to two decimals,
// quota = valid votes ÷ (seats + 1) to two decimals plus 0.01, a first-stage surplus moves
// all the winner's papers but a later surplus only the parcel that took them over the
// quota, at surplus ÷ transferable papers (never above the value the parcel came at);
// surpluses too small to change who is excluded are deferred; an excluded candidate's
// papers move parcel by parcel, highest value first, each parcel a stage of its own.

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
import { fixedPoint, unitsToNumber } from '../fixed-point';
import { groupByValue, weightOf } from '../papers';
import { pickExtreme } from '../tie-break';

const TWO_DECIMALS = fixedPoint(2);

export function countErs97(election: Election, options: CountOptions = {}): CountResult {
  const fp = TWO_DECIMALS;
  const state = new CountState('ers97', election, fp, options);
  state.quota = state.validUnits / BigInt(election.seats + 1) + 1n;
  state.recordStage({ kind: 'first preferences' });
  for (const note of state.guard.unattainable) state.note(note);

  const pending: number[] = [];
  const settle = () => {
    const before = state.elected.length;
    electReachers(state);
    electRequired(state);
    for (const c of state.elected.slice(before)) if (state.votes[c] > state.quota) pending.push(c);
  };
  for (;;) {
    if (fillRemaining(state)) break;
    settle();
    if (fillRemaining(state)) break;
    const mustExclude = state.guard.doomed(state.elected, state.continuing()).length > 0;
    if (pending.length > 0 && !mustExclude && !deferrable(state, pending)) {
      transferSurplus(state, pending);
    } else {
      excludeOne(state, settle);
    }
  }
  state.closeCount();
  return state.result();
}

/** ERS97 5.2.3: skip surpluses that, all together, could not lift the lowest candidate off the bottom or anyone to the quota. */
function deferrable(state: CountState, pending: readonly number[]): boolean {
  const total = pending.reduce((sum, c) => sum + state.votes[c] - state.quota, 0n);
  const votes = state
    .continuing()
    .map((c) => state.votes[c])
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (votes.length < 2) return false;
  const highest = votes[votes.length - 1];
  return total < votes[1] - votes[0] && highest + total < state.quota;
}

function transferSurplus(state: CountState, pending: number[]): void {
  const { candidate, tieBrokenBy } = pickExtreme(pending, state.history, 'most', state.lot);
  pending.splice(pending.indexOf(candidate), 1);
  const surplus = state.votes[candidate] - state.quota;
  const parcels = state.piles[candidate];
  const lastStage = Math.max(...parcels.map((p) => p.stage));
  // Elected on first preferences: all papers; later: only the parcel that brought the quota.
  const moving = parcels.filter((p) => p.stage === lastStage);
  const receivedAt = moving.reduce((max, p) => (p.value > max ? p.value : max), 0n);
  const routing = state.route(moving);
  const transferable = BigInt(weightOf(moving) - routing.exhausted);
  let value = transferable > 0n ? surplus / transferable : 0n;
  const capped = value > receivedAt;
  if (capped) value = receivedAt;
  // Papers with no next preference carry nothing: what they held is in `surplus - moved`.
  const moved = transferable * value;
  if (transferable === 0n || capped) state.nonTransferable += surplus - moved;
  else state.lostToRounding += surplus - moved;
  state.piles[candidate] = parcels.filter((p) => p.stage !== lastStage);
  state.votes[candidate] = state.quota;
  state.receive(routing, value, state.stages.length);
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

function excludeOne(state: CountState, settle: () => void): void {
  const choice = chooseExclusion(state);
  const { candidate } = choice;
  state.exclude(candidate);
  const byValue = groupByValue(state.piles[candidate]);
  state.piles[candidate] = [];
  if (byValue.length === 0) byValue.push({ value: 0n, parcels: [] });
  for (const [part, { value, parcels }] of byValue.entries()) {
    state.votes[candidate] -= BigInt(weightOf(parcels)) * value;
    state.transfer(parcels, value, state.stages.length);
    state.recordStage(exclusionEvent(choice));
    if (part === 0) noteExclusion(state, choice);
    // Anyone reaching the quota part-way is elected and receives no further parcels;
    // once the seats are filled the remaining parcels need not move at all.
    settle();
    if (state.vacancies === 0) break;
  }
}
