import { count } from '../count';
import { type Election } from '../election';

function election(seats: number, ballots: [number, number[]][]): Election {
  const n = Math.max(...ballots.flatMap(([, p]) => p)) + 1;
  return {
    title: 'ers97',
    seats,
    candidates: Array.from({ length: n }, (_, c) => String.fromCharCode(65 + c)),
    withdrawn: [],
    ballots: ballots.map(([weight, preferences]) => ({ weight, preferences })),
  };
}

describe('the ERS 1997 hand-count rules', () => {
  it('sets the quota to two decimals plus 0.01 and transfers at a two-decimal value', () => {
    // 110 votes, 2 seats: 36.66 + 0.01. A's surplus 13.33 over 50 papers: 0.26 each.
    const result = count(
      election(2, [
        [50, [0, 1]],
        [20, [1]],
        [30, [2]],
        [10, [3, 2]],
      ]),
      { rule: 'ers97' },
    );
    expect(result.exactQuota).toBe('36.67');
    expect(result.stages[1].events[0]).toMatchObject({
      kind: 'surplus',
      candidate: 0,
      surplus: 13.33,
    });
    expect(result.stages[1].exact.votes[1]).toBe('33.00');
    expect(result.stages[1].exact.lostToRounding).toBe('0.33');
    expect(result.elected).toEqual([0, 2]);
  });

  it('defers a surplus too small to save the lowest candidate, excluding first', () => {
    const ballots: [number, number[]][] = [
      [40, [0, 1]],
      [20, [1]],
      [24, [2]],
      [12, [3]],
    ];
    const ers = count(election(2, ballots), { rule: 'ers97' });
    expect(ers.stages[1].events[0]).toEqual({
      kind: 'exclusion',
      candidate: 3,
      reason: 'lowest votes',
    });
    expect(ers.stages[2].events[0]).toMatchObject({ kind: 'surplus', candidate: 0 });
    const scottish = count(election(2, ballots), { rule: 'scottish' });
    expect(scottish.stages[1].events[0]).toMatchObject({ kind: 'surplus', candidate: 0 });
  });

  it('moves only the parcel that elected a candidate, not all their papers', () => {
    // B is elected by C's papers at stage 2; B's surplus then moves only those papers (to D),
    // so E, ranked after B on B's own first preferences, receives nothing.
    const ballots: [number, number[]][] = [
      [40, [0]],
      [22, [1, 4]],
      [12, [2, 1, 3]],
      [18, [3]],
      [19, [4]],
    ];
    const result = count(election(3, ballots), { rule: 'ers97' });
    const surplus = result.stages.findIndex(
      (s) => s.events[0].kind === 'surplus' && s.events[0].candidate === 1,
    );
    expect(surplus).toBeGreaterThan(0);
    expect(result.stages[surplus].votes[4]).toBe(result.stages[surplus - 1].votes[4]);
    expect(result.stages[surplus].exact.votes[3]).toBe('24.24');
    const scottish = count(election(3, ballots), { rule: 'scottish' });
    const scottishSurplus = scottish.stages.findIndex(
      (s) => s.events[0].kind === 'surplus' && s.events[0].candidate === 1,
    );
    expect(scottish.stages[scottishSurplus].votes[4]).toBeGreaterThan(
      scottish.stages[scottishSurplus - 1].votes[4],
    );
  });
});
