// Meek's method (Hill, Wichmann & Woodall, 1987): every elected candidate keeps only the
// fraction of each vote (the keep factor) that brings them down to the quota, and passes
// the rest on - to later preferences, including other elected candidates. The quota is
// recomputed from the votes still live as papers exhaust. Keep factors are iterated until
// the surpluses are below OMEGA. Arithmetic is fixed-point (nine decimals) so a recount
// on any machine gives identical figures; keep factors round up, votes round down,
// as in the New Zealand Meek rules, so an elected candidate never falls short by rounding.

import { type CountOptions, type CountResult } from '../count-result';
import { CountState } from '../count-state';
import {
  chooseExclusion,
  electReachers,
  electRequired,
  exclusionEvent,
  fillRemaining,
  noteExclusion,
} from '../decisions';
import { type Election } from '../election';
import { fixedPoint, mulDivCeil, mulDivFloor } from '../fixed-point';

const NINE_DECIMALS = fixedPoint(9);
/** Iteration stops once all surpluses together are below 0.000001 of a vote. */
const OMEGA = 1000n;
const MAX_ITERATIONS = 1000;

export function countMeek(election: Election, options: CountOptions = {}): CountResult {
  const fp = NINE_DECIMALS;
  const state = new CountState('meek', election, fp, options);
  const keep = state.status.map((s) => (s === 'withdrawn' ? 0n : fp.one));

  distribute(state, keep);
  state.recordStage({ kind: 'first preferences' });
  for (const note of state.guard.unattainable) state.note(note);

  for (;;) {
    if (fillRemaining(state)) break;
    const before = state.elected.length;
    electReachers(state);
    electRequired(state);
    if (fillRemaining(state)) break;

    if (state.elected.length > before) {
      // New surpluses: let keep factors settle before deciding anything else.
      const { iterations, converged } = converge(state, keep);
      state.recordStage({ kind: 'keep factors', iterations, converged });
      if (state.continuing().some((c) => state.votes[c] >= state.quota)) continue;
    }
    const choice = chooseExclusion(state);
    state.exclude(choice.candidate);
    keep[choice.candidate] = 0n;
    converge(state, keep);
    state.recordStage(exclusionEvent(choice));
    noteExclusion(state, choice);
  }
  state.closeCount();
  return state.result();
}

/** How a candidate takes the part of a vote that reaches them. */
const PASSES_ON = 0;
const KEEPS_ALL = 1;
const KEEPS_PART = 2;

/** One pass over the ballots with the current keep factors; sets votes, exhausted and quota. */
function distribute(state: CountState, keep: readonly bigint[]): void {
  const { fp } = state;
  const takes = Uint8Array.from(keep, (k) =>
    k === 0n ? PASSES_ON : k === fp.one ? KEEPS_ALL : KEEPS_PART,
  );
  // Papers whose first taker keeps all of it are added up as numbers and valued once;
  // only papers reaching a partial keeper are split, one paper at a time, in units.
  const wholePapers = new Float64Array(keep.length);
  let exhaustedPapers = 0;
  state.votes.fill(0n);
  let exhausted = 0n;
  for (const { weight, preferences } of state.election.ballots) {
    let i = 0;
    while (i < preferences.length && takes[preferences[i]] === PASSES_ON) i += 1;
    if (i === preferences.length) {
      // Papers never valid are not part of the count at all; the rest exhaust.
      if (preferences.some((c) => state.status[c] !== 'withdrawn')) exhaustedPapers += weight;
      continue;
    }
    if (takes[preferences[i]] === KEEPS_ALL) {
      wholePapers[preferences[i]] += weight;
      continue;
    }
    let remaining = BigInt(weight) * fp.one;
    for (; i < preferences.length; i += 1) {
      const c = preferences[i];
      if (takes[c] === PASSES_ON) continue;
      const kept = takes[c] === KEEPS_ALL ? remaining : mulDivFloor(remaining, keep[c], fp.one);
      state.votes[c] += kept;
      remaining -= kept;
      if (remaining === 0n) break;
    }
    exhausted += remaining;
  }
  wholePapers.forEach((papers, c) => (state.votes[c] += BigInt(papers) * fp.one));
  exhausted += BigInt(exhaustedPapers) * fp.one;
  state.nonTransferable = exhausted;
  const live = state.validUnits - exhausted;
  // Droop quota on the live votes, plus the smallest unit so that seats+1 cannot all reach it.
  state.quota = live / BigInt(state.election.seats + 1) + 1n;
}

function converge(state: CountState, keep: bigint[]): { iterations: number; converged: boolean } {
  let previous: bigint | undefined;
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration += 1) {
    distribute(state, keep);
    if (state.continuing().some((c) => state.votes[c] >= state.quota))
      return { iterations: iteration, converged: true };
    let surplus = 0n;
    for (const c of state.elected)
      if (state.votes[c] > state.quota) surplus += state.votes[c] - state.quota;
    if (surplus < OMEGA) return { iterations: iteration, converged: true };
    // Keep factors round up, so with thousands of votes per candidate the surplus settles
    // above OMEGA; once an iteration no longer lowers it, the arithmetic can do no better
    // (the "stable state" of the reference Meek rule).
    if (previous !== undefined && surplus >= previous)
      return { iterations: iteration, converged: true };
    previous = surplus;
    for (const c of state.elected) {
      if (state.votes[c] > 0n) keep[c] = mulDivCeil(keep[c], state.quota, state.votes[c]);
    }
  }
  return { iterations: MAX_ITERATIONS, converged: false };
}
