import { buildElectorateModel } from './electorate-model';
import { withSecondPreferences } from './pledges-needed';
import { project } from './project';
import { type ProjectionInput } from './projection-input';
import { sampleRegion } from './region.test-helpers';
import { ballotsOf, centralWeights, countBallots } from './scenario';

const OURS = new Set(['ann', 'bob', 'cy']);

function centrallyElected(input: ProjectionInput): string[] {
  return project({ ...input, simulations: 1 }).elected;
}

describe('pledges needed', () => {
  const input = sampleRegion({ simulations: 200 });
  const { elected, chances, pledgesNeeded } = project(input);

  it('is for the likeliest of our candidates the central scenario does not elect', () => {
    expect(pledgesNeeded).not.toBeNull();
    const id = pledgesNeeded?.candidateId ?? '';
    expect(OURS.has(id)).toBe(true);
    expect(elected).not.toContain(id);
    const chance = (c: string) => chances.find((x) => x.candidateId === c)?.elected ?? 0;
    for (const other of [...OURS].filter((c) => !elected.includes(c)))
      expect(chance(id)).toBeGreaterThanOrEqual(chance(other));
  });

  it('elects the candidate with that many more first-preference pledges, and not with one fewer', () => {
    const id = pledgesNeeded?.candidateId ?? '';
    const needed = pledgesNeeded?.firstPreferences ?? null;
    expect(needed).not.toBeNull();
    const pledge = (count: number): ProjectionInput => ({
      ...input,
      pledges: [...input.pledges, { status: 'PLEDGED', ranking: [id], count }],
    });
    expect(centrallyElected(pledge(needed ?? 0))).toContain(id);
    expect(centrallyElected(pledge((needed ?? 0) - 1))).not.toContain(id);
  });

  it('elects the candidate when that many rival voters rank them second, and not one fewer', () => {
    const needed = pledgesNeeded?.secondPreferences ?? null;
    expect(needed).not.toBeNull();
    const c = input.candidates.findIndex((x) => x.id === pledgesNeeded?.candidateId);
    const model = buildElectorateModel(input);
    const ballots = ballotsOf(model, centralWeights(model, input.assumptions));
    const ours = (x: number) => OURS.has(input.candidates[x].id);
    const electedWith = (k: number) => {
      const asked = withSecondPreferences(ballots, c, k, ours);
      expect(asked.reduce((sum, b) => sum + b.weight, 0)).toBe(
        ballots.reduce((sum, b) => sum + b.weight, 0),
      );
      const moved = asked.filter((b) => !ours(b.preferences[0]) && b.preferences[1] === c);
      const already = ballots.filter((b) => !ours(b.preferences[0]) && b.preferences[1] === c);
      expect(moved.reduce((s, b) => s + b.weight, 0)).toBe(
        k + already.reduce((s, b) => s + b.weight, 0),
      );
      return countBallots(model, input, asked, input.seed).elected.includes(c);
    };
    expect(electedWith(needed ?? 0)).toBe(true);
    expect(electedWith((needed ?? 0) - 1)).toBe(false);
  });

  it('is nothing when our candidates cannot be elected however many pledges we find', () => {
    // One seat, everyone voting for Dee alone: no pledge is left to win, and a second
    // preference never moves because Dee's papers stay with her.
    const hopeless = sampleRegion({
      seats: 1,
      electorate: 1_000,
      pledges: [{ status: 'AGAINST', ranking: ['dee'], count: 1_000 }],
    });
    const result = project(hopeless);
    expect(result.elected).toEqual(['dee']);
    expect(result.pledgesNeeded).toBeNull();
  });

  it('is nothing when every one of our candidates is elected', () => {
    const safe = sampleRegion({
      pledges: [{ status: 'PLEDGED', ranking: ['ann', 'bob', 'cy'], count: 3_000 }],
      assumptions: { ...sampleRegion().assumptions, variation: 0 },
    });
    const result = project(safe);
    expect([...result.elected].sort()).toEqual(['ann', 'bob', 'cy']);
    expect(result.pledgesNeeded).toBeNull();
  });
});
