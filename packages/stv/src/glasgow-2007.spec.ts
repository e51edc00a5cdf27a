import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

import { parseBlt } from './blt-parser';
import { count } from './count';

// The shared data lives beside the repository, not in it: <repo>/../shared/data/stv.
const DATA = path.resolve(__dirname, '../../../../shared/data/stv/glasgow-2007');

interface ExpectedWard {
  seats: number;
  ballots: number;
  quota: string;
  elected: string[];
  excluded: string[];
  stages: { after_round: number; votes: Record<string, string>; non_transferable: string }[];
}

const expected = JSON.parse(readFileSync(path.join(DATA, 'expected.json'), 'utf8')) as Record<
  string,
  ExpectedWard
>;
const wards = readdirSync(DATA)
  .filter((f) => f.endsWith('.blt'))
  .map((f) => f.replace(/\.blt$/, ''))
  .sort();

describe('the Glasgow 2007 council election, counted under the Scottish rules', () => {
  it('has all 21 wards on disk and in the expected results', () => {
    expect(wards).toHaveLength(21);
    expect(Object.keys(expected).sort()).toEqual(wards);
  });

  describe.each(wards)('ward %s', (ward) => {
    const want = expected[ward];
    const election = parseBlt(readFileSync(path.join(DATA, `${ward}.blt`), 'utf8'));
    const result = count(election, { rule: 'scottish' });
    const name = (c: number) => election.candidates[c];

    it('has the published seats, valid papers and quota', () => {
      expect(election.seats).toBe(want.seats);
      expect(result.validVotes).toBe(want.ballots);
      expect(result.exactQuota).toBe(want.quota);
    });

    it('elects and excludes the same candidates in the same order', () => {
      expect(result.elected.map(name)).toEqual(want.elected);
      expect(result.excluded.map(name)).toEqual(want.excluded);
    });

    it('reports every stage to the fifth decimal', () => {
      const got = result.stages.map((stage) => ({
        after_round: stage.number,
        votes: Object.fromEntries(stage.exact.votes.map((v, c) => [name(c), v])),
        non_transferable: stage.exact.nonTransferable,
      }));
      expect(got).toEqual(want.stages);
    });
  });
});
