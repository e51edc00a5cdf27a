import { count } from './count';
import { type RuleName } from './count-result';
import { instantRunoffWinner, randomElection } from './random-election.test-helpers';

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);
const units = (text: string) => BigInt(text.replace('.', ''));

describe.each<RuleName>(['scottish', 'meek', 'ers97'])('%s counts of random elections', (rule) => {
  it('conserve votes at every stage: continuing + elected + non-transferable + rounding = valid papers', () => {
    for (const seed of SEEDS) {
      const election = randomElection(seed);
      const result = count(election, { rule });
      const valid = units(result.validVotes.toFixed(result.decimals));
      for (const stage of result.stages) {
        const held = stage.exact.votes.reduce((sum, v) => sum + units(v), 0n);
        const total = held + units(stage.exact.nonTransferable) + units(stage.exact.lostToRounding);
        expect({ seed, stage: stage.number, total }).toEqual({
          seed,
          stage: stage.number,
          total: valid,
        });
      }
    }
  });

  it('fill every seat and settle every candidate exactly once', () => {
    for (const seed of SEEDS) {
      const election = randomElection(seed);
      const result = count(election, { rule });
      expect(result.elected).toHaveLength(election.seats);
      expect([...result.elected, ...result.excluded].sort((a, b) => a - b)).toEqual(
        election.candidates.map((_, c) => c),
      );
    }
  });
});

describe('properties of Scottish counts on random elections', () => {
  it('never lets the non-transferable total or the rounding loss go down', () => {
    for (const seed of SEEDS) {
      const { stages } = count(randomElection(seed), { rule: 'scottish' });
      for (let s = 1; s < stages.length; s += 1) {
        expect(units(stages[s].exact.nonTransferable)).toBeGreaterThanOrEqual(
          units(stages[s - 1].exact.nonTransferable),
        );
        expect(units(stages[s].exact.lostToRounding)).toBeGreaterThanOrEqual(
          units(stages[s - 1].exact.lostToRounding),
        );
      }
    }
  });
});

describe.each<RuleName>(['scottish', 'meek', 'ers97'])('one-seat %s counts', (rule) => {
  it('elect the instant-runoff winner', () => {
    let compared = 0;
    for (const seed of SEEDS) {
      const election = randomElection(seed, { seats: 1 });
      const irv = instantRunoffWinner(election);
      if (irv === 'tie') continue;
      compared += 1;
      expect({ seed, winner: count(election, { rule }).elected[0] }).toEqual({ seed, winner: irv });
    }
    // Ties for last place are skipped; make sure that leaves a meaningful sample.
    expect(compared).toBeGreaterThan(SEEDS.length * 0.8);
  });
});
