import { count } from '../count';
import { type Election } from '../election';

function election(seats: number, ballots: [number, number[]][]): Election {
  const n = Math.max(...ballots.flatMap(([, p]) => p)) + 1;
  return {
    title: 'meek',
    seats,
    candidates: Array.from({ length: n }, (_, c) => String.fromCharCode(65 + c)),
    withdrawn: [],
    ballots: ballots.map(([weight, preferences]) => ({ weight, preferences })),
  };
}

describe("Meek's method", () => {
  it('lowers the quota as papers exhaust, so B is elected with 30 votes though the first quota was 33.33', () => {
    // A's surplus has nowhere to go: the live vote falls to 90 and the quota to 30 (plus
    // one unit, so B's 30 is not yet enough); D's exhausted papers then lower it again.
    const result = count(
      election(2, [
        [40, [0]],
        [30, [1]],
        [20, [2]],
        [10, [3]],
      ]),
      { rule: 'meek' },
    );
    expect(result.elected).toEqual([0, 1]);
    expect(result.quota).toBeCloseTo(33.333333334, 9);
    expect(result.stages[1].events[0]).toMatchObject({ kind: 'keep factors', converged: true });
    expect(result.stages[1].quota).toBeCloseTo(30, 5);
    expect(result.stages[1].votes[0]).toBeCloseTo(30, 5);
    const last = result.stages[2];
    expect(last.events[0]).toEqual({ kind: 'exclusion', candidate: 3, reason: 'lowest votes' });
    expect(last.quota).toBeLessThan(30);
    expect(last.elected).toEqual([1]);
  });

  it('passes part of a surplus through an elected candidate to the next preference', () => {
    // A's voters rank B then C; B is elected too, so B keeps only part of what arrives
    // from A and C gets the rest. Under the Scottish rule B's surplus mixes A's papers with
    // B's own (which exhaust), so C gets less and falls behind D.
    const ballots: [number, number[]][] = [
      [50, [0, 1, 2]],
      [26, [1]],
      [20, [2]],
      [26, [3]],
    ];
    const meek = count(election(3, ballots), { rule: 'meek' });
    const scottish = count(election(3, ballots), { rule: 'scottish' });
    expect(meek.elected).toEqual([0, 1, 2]);
    expect(scottish.elected).toEqual([0, 1, 3]);
  });

  it('settles keep factors in a few iterations when candidates hold thousands of votes', () => {
    // Rounding keep factors up leaves a surplus of a few units per thousand votes, above
    // OMEGA: the count must stop once the surplus stops falling, not run to the limit.
    const ballots: [number, number[]][] = [
      [41_234, [0, 1, 2]],
      [17_001, [1, 3]],
      [15_310, [2, 0]],
      [12_345, [3, 2]],
      [9_876, [4, 1]],
    ];
    const result = count(election(3, ballots), { rule: 'meek' });
    const settled = result.stages.flatMap((stage) =>
      stage.events.filter((event) => event.kind === 'keep factors'),
    );
    expect(settled.length).toBeGreaterThan(0);
    for (const event of settled) {
      expect(event).toMatchObject({ converged: true });
      expect(event.kind === 'keep factors' && event.iterations).toBeLessThan(100);
    }
  });
});
