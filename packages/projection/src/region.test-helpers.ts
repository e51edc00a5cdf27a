// A region to project in tests: our slate, a rival slate and an independent, with pledges
// of every status; each test changes what it is about.

import { DEFAULT_ASSUMPTIONS, type ProjectionInput } from './projection-input';

export function sampleRegion(changes: Partial<ProjectionInput> = {}): ProjectionInput {
  return {
    seats: 3,
    rule: 'scottish',
    minima: [],
    candidates: [
      { id: 'ann', name: 'Ann', slateId: 'left', tags: ['woman'] },
      { id: 'bob', name: 'Bob', slateId: 'left', tags: [] },
      { id: 'cy', name: 'Cy', slateId: 'left', tags: [] },
      { id: 'dee', name: 'Dee', slateId: 'right', tags: ['woman'] },
      { id: 'ed', name: 'Ed', slateId: 'right', tags: [] },
      { id: 'flo', name: 'Flo', slateId: 'right', tags: [] },
      { id: 'gus', name: 'Gus', slateId: null, tags: [] },
    ],
    slates: [
      { id: 'left', name: 'Left', ours: true },
      { id: 'right', name: 'Right', ours: false },
    ],
    electorate: 5_000,
    pledges: [
      { status: 'PLEDGED', ranking: ['ann', 'bob', 'cy'], count: 120 },
      { status: 'PLEDGED', ranking: ['bob', 'ann'], count: 80 },
      { status: 'PLEDGED', ranking: [], count: 40 },
      { status: 'LEANING', ranking: ['cy', 'dee'], count: 60 },
      { status: 'AGAINST', ranking: ['dee', 'cy'], count: 30 },
      { status: 'AGAINST', ranking: [], count: 90 },
      { status: 'UNDECIDED', ranking: ['gus'], count: 150 },
      { status: 'NOT_VOTING', ranking: [], count: 200 },
    ],
    assumptions: {
      ...DEFAULT_ASSUMPTIONS,
      slates: [
        { slateId: 'left', share: 0.3, loyalty: 0.8 },
        { slateId: 'right', share: 0.5, loyalty: 0.7 },
      ],
    },
    simulations: 60,
    seed: 7,
    ...changes,
  };
}
