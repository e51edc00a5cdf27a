import {
  ADD_VOLUNTEERS,
  arrangeQueue,
  arrangeSlate,
  claim,
  createList,
  record,
  type QueueArrangement,
} from '../../test/call-queue-fixture';
import { startTestApp, type TestApp } from '../../test/test-app';

const PROJECTION = `query($regionId: ID!, $simulations: Int, $turnout: Float) {
  projection(regionId: $regionId, simulations: $simulations, turnout: $turnout) {
    quota ballots simulations expectedSeats
    elected { name }
    chances { candidate { name } count }
    firstPreferences { candidate { name } count }
    pledgesNeeded { candidate { name } firstPreferences secondPreferences }
    assumptions { turnout pledgeReliability leaningReliability variation slates { slate { name } share loyalty } }
  }
}`;
const ASSUMPTIONS = `query($regionId: ID!) {
  projectionAssumptions(regionId: $regionId) { turnout pledgeReliability leaningReliability variation slates { slate { id } share loyalty } }
}`;
const SET_ASSUMPTIONS = `mutation($regionId: ID!, $input: ProjectionAssumptionsInput!) {
  setProjectionAssumptions(regionId: $regionId, input: $input) { turnout variation slates { slate { name } share loyalty } }
}`;
const START = `mutation($regionId: ID!, $simulations: Int!) {
  startProjection(regionId: $regionId, simulations: $simulations) { id status progress }
}`;
const RUN = `query($id: ID!) {
  projectionRun(id: $id) { id status progress error
    projection { quota ballots expectedSeats elected { name } chances { candidate { name } count } } }
}`;
const LATEST = `query($regionId: ID!) { latestProjectionRun(regionId: $regionId) { id status } }`;

interface ProjectionAnswer {
  quota: number;
  ballots: number;
  simulations: number;
  expectedSeats: number;
  elected: { name: string }[];
  chances: { candidate: { name: string }; count: number }[];
  firstPreferences: { candidate: { name: string }; count: number }[];
  assumptions: { turnout: number };
  pledgesNeeded: {
    candidate: { name: string };
    firstPreferences: number | null;
    secondPreferences: number | null;
  } | null;
}

/** Every member of the region votes exactly as pledged: the count is the pledges' own. */
const CERTAIN = {
  turnout: 1,
  pledgeReliability: 1,
  leaningReliability: 1,
  variation: 0,
  slates: [] as { slateId: string; share: number; loyalty: number }[],
};

describe('seat projections', () => {
  let testApp: TestApp;
  let arranged: QueueArrangement;
  const slates: Record<'ours' | 'theirs', string> = { ours: '', theirs: '' };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await startTestApp();
    testApp.setClock(new Date('2026-12-01T12:00:00Z'));
    arranged = await arrangeQueue(testApp, 30, 'Projection');
    Object.assign(
      ids,
      await arrangeSlate(testApp, arranged, { name: 'Our slate', ours: true }, [
        'Ann',
        'Bea',
        'Cal',
      ]),
      await arrangeSlate(testApp, arranged, { name: 'Their slate', ours: false }, [
        'Xan',
        'Yves',
        'Zed',
      ]),
    );
    for (const slate of await testApp.sql<{ id: string; ours: boolean }>(
      `SELECT id, ours FROM slate WHERE election_id = $1`,
      [arranged.electionId],
    ))
      slates[slate.ours ? 'ours' : 'theirs'] = slate.id;
    // Thirty members, every one reached: 12 rank Ann, Bea, Cal; 9 Bea, Ann, Cal; 9 Xan, Yves.
    const listId = (await createList(arranged.coordinator.client, arranged.regionId)).id;
    await arranged.coordinator.client.ok(ADD_VOLUNTEERS, {
      id: listId,
      userIds: [arranged.volunteer.id],
    });
    const rankings = [
      ...Array<string[]>(12).fill(['Ann', 'Bea', 'Cal']),
      ...Array<string[]>(9).fill(['Bea', 'Ann', 'Cal']),
      ...Array<string[]>(9).fill(['Xan', 'Yves']),
    ];
    for (const names of rankings) {
      const held = await claim(arranged.volunteer.client, listId);
      if (!held) throw new Error('the list ran out of members');
      await record(arranged.volunteer.client, held.id, 'ANSWERED', {
        pledge: {
          status: names[0] === 'Xan' ? 'AGAINST' : 'PLEDGED',
          ranking: names.map((name) => ids[name]),
        },
      });
    }
    await arranged.coordinator.client.ok(SET_ASSUMPTIONS, {
      regionId: arranged.regionId,
      input: CERTAIN,
    });
  });
  afterAll(() => testApp.close());

  const project = async (variables: Record<string, unknown> = {}) =>
    (
      await arranged.coordinator.client.ok<{ projection: ProjectionAnswer }>(PROJECTION, {
        regionId: arranged.regionId,
        ...variables,
      })
    ).projection;

  it('counts the pledges by the election’s rule when every pledge is kept', async () => {
    const projection = await project({ simulations: 20 });
    // 30 ballots, 3 seats: quota 8. Ann 12 is elected, her surplus elects Bea; Xan has 9.
    expect(projection.ballots).toBe(30);
    expect(projection.quota).toBe(8);
    expect(projection.elected.map((c) => c.name).sort()).toEqual(['Ann', 'Bea', 'Xan']);
    expect(projection.simulations).toBe(20);
    const chances = Object.fromEntries(projection.chances.map((c) => [c.candidate.name, c.count]));
    expect(chances).toEqual({ Ann: 20, Bea: 20, Cal: 0, Xan: 20, Yves: 0, Zed: 0 });
    expect(projection.expectedSeats).toBe(2);
    const first = Object.fromEntries(
      projection.firstPreferences.map((c) => [c.candidate.name, c.count]),
    );
    expect(first).toMatchObject({ Ann: 12, Bea: 9, Xan: 9, Cal: 0 });
  });

  it('tells how many more first preferences would elect our weakest candidate, and that number does it', async () => {
    // Forty members we have no pledge from; at turnout 0 only pledges vote, so each one
    // of them pledged to Cal is one more ballot for Cal.
    const extra = await testApp.sql<{ id: string }>(
      `INSERT INTO member (election_id, membership_number, first_name, last_name, region_id)
       SELECT $1, 'EXTRA' || n, 'Extra', 'Member', $2 FROM generate_series(1, 40) AS n RETURNING id`,
      [arranged.electionId, arranged.regionId],
    );
    try {
      const { pledgesNeeded } = await project({ simulations: 1, turnout: 0 });
      expect(pledgesNeeded?.candidate.name).toBe('Cal');
      const needed = pledgesNeeded?.firstPreferences ?? 0;
      expect(needed).toBeGreaterThan(0);
      const pledgeCal = (count: number) =>
        testApp.sql(
          `INSERT INTO pledge (member_id, election_id, region_id, status, ranking)
           SELECT id, $1, $2, 'PLEDGED', ARRAY[$3::uuid] FROM unnest($4::uuid[]) AS id`,
          [arranged.electionId, arranged.regionId, ids.Cal, extra.slice(0, count).map((m) => m.id)],
        );
      await pledgeCal(needed - 1);
      const short = await project({ simulations: 1, turnout: 0 });
      expect(short.elected.map((c) => c.name)).not.toContain('Cal');
      await testApp.sql(`DELETE FROM pledge WHERE member_id = ANY($1::uuid[])`, [
        extra.map((m) => m.id),
      ]);
      await pledgeCal(needed);
      const enough = await project({ simulations: 1, turnout: 0 });
      expect(enough.elected.map((c) => c.name)).toContain('Cal');
    } finally {
      await testApp.sql(`DELETE FROM member WHERE membership_number LIKE 'EXTRA%'`);
    }
  });

  it('applies a turnout given for one answer without storing it', async () => {
    const low = await project({ simulations: 5, turnout: 0.5 });
    expect(low.assumptions.turnout).toBe(0.5);
    // Every member here has pledged, and pledges vote by their reliability, not the turnout.
    expect(low.ballots).toBe(30);
    const stored = await arranged.coordinator.client.ok<{
      projectionAssumptions: { turnout: number };
    }>(ASSUMPTIONS, { regionId: arranged.regionId });
    expect(stored.projectionAssumptions.turnout).toBe(1);
  });

  it('runs a big projection as a job, with progress, giving the answer the query gives', async () => {
    const client = arranged.coordinator.client;
    const { startProjection } = await client.ok<{
      startProjection: { id: string; status: string };
    }>(START, { regionId: arranged.regionId, simulations: 300 });
    expect(startProjection.status).toBe('QUEUED');
    type Run = {
      status: string;
      progress: number;
      error: string | null;
      projection: ProjectionAnswer | null;
    };
    let run: Run | undefined;
    for (let i = 0; i < 150; i += 1) {
      run = (await client.ok<{ projectionRun: Run }>(RUN, { id: startProjection.id }))
        .projectionRun;
      if (run.status === 'SUCCEEDED' || run.status === 'FAILED') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(run?.error).toBeNull();
    expect(run?.status).toBe('SUCCEEDED');
    expect(run?.progress).toBe(1);
    const inline = await project({ simulations: 300 });
    expect(run?.projection?.chances).toEqual(inline.chances);
    expect(run?.projection?.elected).toEqual(inline.elected);
    const { latestProjectionRun } = await client.ok<{ latestProjectionRun: { id: string } }>(
      LATEST,
      { regionId: arranged.regionId },
    );
    expect(latestProjectionRun.id).toBe(startProjection.id);
  });

  it('refuses impossible assumptions by name, and keeps the ones stored', async () => {
    const client = arranged.coordinator.client;
    const error = await client.fails(SET_ASSUMPTIONS, {
      regionId: arranged.regionId,
      input: { ...CERTAIN, turnout: 1.5, variation: 0.5 },
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/turnout/);
    const shares = await client.fails(SET_ASSUMPTIONS, {
      regionId: arranged.regionId,
      input: {
        ...CERTAIN,
        slates: [
          { slateId: slates.ours, share: 0.7, loyalty: 0.5 },
          { slateId: slates.theirs, share: 0.6, loyalty: 0.5 },
        ],
      },
    });
    expect(shares.extensions?.code).toBe('BAD_USER_INPUT');
    expect(shares.message).toMatch(/share/);
    const stranger = await client.fails(SET_ASSUMPTIONS, {
      regionId: arranged.regionId,
      input: { ...CERTAIN, slates: [{ slateId: ids.Ann, share: 0.5, loyalty: 0.5 }] },
    });
    expect(stranger.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stranger.message).toMatch(/not a slate/);
    const stored = await client.ok<{ projectionAssumptions: typeof CERTAIN }>(ASSUMPTIONS, {
      regionId: arranged.regionId,
    });
    expect(stored.projectionAssumptions).toEqual(CERTAIN);
  });

  it('keeps slate assumptions a coordinator sets', async () => {
    const { setProjectionAssumptions } = await arranged.coordinator.client.ok<{
      setProjectionAssumptions: { slates: { slate: { name: string }; share: number }[] };
    }>(SET_ASSUMPTIONS, {
      regionId: arranged.regionId,
      input: { ...CERTAIN, slates: [{ slateId: slates.theirs, share: 0.6, loyalty: 0.8 }] },
    });
    expect(setProjectionAssumptions.slates).toEqual([
      { slate: { name: 'Their slate' }, share: 0.6, loyalty: 0.8 },
    ]);
    await arranged.coordinator.client.ok(SET_ASSUMPTIONS, {
      regionId: arranged.regionId,
      input: CERTAIN,
    });
  });

  it('refuses more simulations than a query may wait for, pointing to a run', async () => {
    const error = await arranged.coordinator.client.fails(PROJECTION, {
      regionId: arranged.regionId,
      simulations: 5000,
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/simulations.*startProjection/);
  });

  it('shows a region’s projections only to its coordinators and admins', async () => {
    const outsider = await testApp.user('COORDINATOR', [arranged.otherRegionId]);
    for (const [query, variables] of [
      [PROJECTION, { regionId: arranged.regionId, simulations: 1 }],
      [ASSUMPTIONS, { regionId: arranged.regionId }],
      [SET_ASSUMPTIONS, { regionId: arranged.regionId, input: CERTAIN }],
      [START, { regionId: arranged.regionId, simulations: 1 }],
      [LATEST, { regionId: arranged.regionId }],
    ] as const) {
      expect((await outsider.client.fails(query, variables)).extensions?.code).toBe('FORBIDDEN');
      expect((await arranged.volunteer.client.fails(query, variables)).extensions?.code).toBe(
        'FORBIDDEN',
      );
    }
    const { startProjection } = await arranged.coordinator.client.ok<{
      startProjection: { id: string };
    }>(START, { regionId: arranged.regionId, simulations: 1 });
    expect((await outsider.client.fails(RUN, { id: startProjection.id })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    await testApp.admin.client.ok(PROJECTION, { regionId: arranged.regionId, simulations: 1 });
  });
});
