import { Role } from '@phonebank/domain';

import { startTestApp, type TestApp, type TestClient } from '../../test/test-app';

const CREATE_ELECTION = `mutation($input: CreateElectionInput!) { createElection(input: $input) { id name rule } }`;
const CREATE_REGION = `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id code name seats minima { tag count } candidates { id } } }`;
const UPDATE_REGION = `mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { id code seats minima { tag count } } }`;
const CREATE_SLATE = `mutation($input: CreateSlateInput!) { createSlate(input: $input) { id name ours colour } }`;
const CREATE_CANDIDATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id name tags pitch regionId slate { id name } } }`;
const UPDATE_CANDIDATE = `mutation($input: UpdateCandidateInput!) { updateCandidate(input: $input) { id name tags slate { id } } }`;
const ELECTIONS = `{ elections { id name regions { code candidates { name } } slates { name } } }`;

describe('setting up an election', () => {
  let testApp: TestApp;
  let admin: TestClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = testApp.admin.client;
  });
  afterAll(() => testApp.close());

  async function election(name = `NCG ${Math.random()}`) {
    return (
      await admin.ok<{ createElection: { id: string } }>(CREATE_ELECTION, {
        input: { name, rule: 'SCOTTISH' },
      })
    ).createElection;
  }

  async function region(
    electionId: string,
    code: string,
    seats = 3,
    minima: { tag: string; count: number }[] = [],
  ) {
    return (
      await admin.ok<{ createRegion: { id: string } }>(CREATE_REGION, {
        input: { electionId, code, name: `Region ${code}`, seats, minima },
      })
    ).createRegion;
  }

  async function count(table: string): Promise<number> {
    const [row] = await testApp.sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    return row.n;
  }

  it('lets an admin add regions, slates and candidates and read them back', async () => {
    const { id } = await election('Momentum NCG 2024');
    const london = await admin.ok(CREATE_REGION, {
      input: {
        electionId: id,
        code: ' le ',
        name: 'London & Eastern',
        seats: 6,
        minima: [
          { tag: 'Woman', count: 3 },
          { tag: 'bame', count: 2 },
        ],
      },
    });
    expect(london).toMatchObject({
      createRegion: {
        code: 'LE',
        seats: 6,
        minima: [
          { tag: 'woman', count: 3 },
          { tag: 'bame', count: 2 },
        ],
        candidates: [],
      },
    });
    const { createSlate: ours } = await admin.ok<{ createSlate: { id: string; colour: string } }>(
      CREATE_SLATE,
      {
        input: { electionId: id, name: 'Grassroots Left', ours: true },
      },
    );
    expect(ours.colour).toMatch(/^#[0-9a-f]{6}$/);
    const { createCandidate } = await admin.ok(CREATE_CANDIDATE, {
      input: {
        regionId: (london as { createRegion: { id: string } }).createRegion.id,
        name: 'Aisha Khan',
        slateId: ours.id,
        tags: ['Woman', 'bame', 'woman'],
        pitch: '  Branch secretary.  ',
      },
    });
    expect(createCandidate).toMatchObject({
      name: 'Aisha Khan',
      tags: ['woman', 'bame'],
      pitch: 'Branch secretary.',
      slate: { id: ours.id },
    });
    const { elections } = await admin.ok<{
      elections: { id: string; regions: unknown[]; slates: unknown[] }[];
    }>(ELECTIONS);
    expect(elections.find((e) => e.id === id)).toMatchObject({
      name: 'Momentum NCG 2024',
      regions: [{ code: 'LE', candidates: [{ name: 'Aisha Khan' }] }],
      slates: [{ name: 'Grassroots Left' }],
    });
  });

  it('refuses zero seats naming the field, and writes nothing', async () => {
    const { id } = await election();
    const before = await count('region');
    const error = await admin.fails(CREATE_REGION, {
      input: { electionId: id, code: 'SE', name: 'South East', seats: 0 },
    });
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'seats' } });
    expect(error.message).toMatch(/seats must be a whole number from 1/);
    expect(await count('region')).toBe(before);
  });

  it('refuses a reserved minimum larger than the seats, also when seats are cut later', async () => {
    const { id } = await election();
    const error = await admin.fails(CREATE_REGION, {
      input: {
        electionId: id,
        code: 'WAL',
        name: 'Wales',
        seats: 1,
        minima: [{ tag: 'woman', count: 2 }],
      },
    });
    expect(error).toMatchObject({
      message: "the minimum for 'woman' (2) cannot exceed the region's 1 seats.",
      extensions: { code: 'BAD_USER_INPUT', field: 'minima[0].count' },
    });
    const midlands = await region(id, 'MID', 4, [{ tag: 'woman', count: 2 }]);
    const cut = await admin.fails(UPDATE_REGION, { input: { id: midlands.id, seats: 1 } });
    expect(cut.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'minima[0].count' });
    const [row] = await testApp.sql<{ seats: number }>('SELECT seats FROM region WHERE id = $1', [
      midlands.id,
    ]);
    expect(row.seats).toBe(4);
  });

  it('refuses a second region with the same code in one election, but not in another', async () => {
    const first = await election();
    const second = await election();
    await region(first.id, 'SCO');
    const error = await admin.fails(CREATE_REGION, {
      input: { electionId: first.id, code: 'sco', name: 'Scotland again', seats: 1 },
    });
    expect(error).toMatchObject({ extensions: { code: 'CONFLICT', field: 'code' } });
    await expect(region(second.id, 'SCO')).resolves.toHaveProperty('id');
  });

  it('names the field of an input that breaks the schema’s own rules', async () => {
    const { id } = await election();
    const error = await admin.fails(CREATE_REGION, {
      input: {
        electionId: id,
        code: 'BAD CODE',
        name: '',
        seats: 2,
        minima: [
          { tag: 'woman', count: 1 },
          { tag: 'woman', count: 1 },
        ],
      },
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('code');
    expect(error.extensions?.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name' }),
        expect.objectContaining({ field: 'minima[1].tag' }),
      ]),
    );
  });

  it('refuses a candidate whose slate stands in another election', async () => {
    const first = await election();
    const second = await election();
    const scotland = await region(first.id, 'SCO', 1);
    const { createSlate } = await admin.ok<{ createSlate: { id: string } }>(CREATE_SLATE, {
      input: { electionId: second.id, name: 'Elsewhere', ours: false },
    });
    const before = await count('candidate');
    const error = await admin.fails(CREATE_CANDIDATE, {
      input: { regionId: scotland.id, name: 'Ewan Fraser', slateId: createSlate.id },
    });
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'slateId' } });
    expect(error.message).toMatch(/belongs to another election/);
    expect(await count('candidate')).toBe(before);
  });

  it('refuses a candidate in a region that does not exist, naming regionId', async () => {
    const error = await admin.fails(CREATE_CANDIDATE, {
      input: { regionId: '4f0b7a52-8a55-4c39-9d0a-111111111111', name: 'Nobody' },
    });
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'regionId' } });
  });

  it('allows only one slate marked ours per election', async () => {
    const { id } = await election();
    await admin.ok(CREATE_SLATE, { input: { electionId: id, name: 'Ours', ours: true } });
    const error = await admin.fails(CREATE_SLATE, {
      input: { electionId: id, name: 'Also ours', ours: true },
    });
    expect(error).toMatchObject({ extensions: { code: 'CONFLICT', field: 'ours' } });
  });

  it('edits and removes a candidate’s slate, and deletes regions with their candidates', async () => {
    const { id } = await election();
    const south = await region(id, 'SW', 3);
    const { createSlate } = await admin.ok<{ createSlate: { id: string } }>(CREATE_SLATE, {
      input: { electionId: id, name: 'S', ours: false },
    });
    const { createCandidate } = await admin.ok<{ createCandidate: { id: string } }>(
      CREATE_CANDIDATE,
      {
        input: { regionId: south.id, name: 'Wren Davies', slateId: createSlate.id },
      },
    );
    const edited = await admin.ok(UPDATE_CANDIDATE, {
      input: {
        id: createCandidate.id,
        name: 'Wren Davies-Jones',
        clearSlate: true,
        tags: ['woman'],
      },
    });
    expect(edited).toEqual({
      updateCandidate: {
        id: createCandidate.id,
        name: 'Wren Davies-Jones',
        tags: ['woman'],
        slate: null,
      },
    });
    expect(
      await admin.ok(`mutation($id: ID!) { deleteRegion(id: $id) }`, { id: south.id }),
    ).toEqual({ deleteRegion: south.id });
    expect(
      await testApp.sql('SELECT id FROM candidate WHERE id = $1', [createCandidate.id]),
    ).toEqual([]);
  });

  it('answers a malformed id with BAD_USER_INPUT and no SQL', async () => {
    const error = await admin.fails(`{ election(id: "not-an-id") { id } }`);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(error)).not.toMatch(/uuid|syntax|SELECT|stack/i);
  });

  it('shows coordinators and volunteers only the regions they cover, and lets them change nothing', async () => {
    const { id } = await election('Scoped');
    const london = await region(id, 'LE', 6);
    await region(id, 'SE', 3);
    const coordinator = await testApp.user(Role.COORDINATOR, [london.id]);
    const volunteer = await testApp.user(Role.VOLUNTEER, [london.id]);
    const stranger = await testApp.user(Role.VOLUNTEER);
    for (const user of [coordinator, volunteer]) {
      const { elections } = await user.client.ok<{
        elections: { id: string; regions: { code: string }[] }[];
      }>(ELECTIONS);
      expect(elections).toEqual([
        expect.objectContaining({ id, regions: [{ code: 'LE', candidates: [] }] }),
      ]);
      const error = await user.client.fails(CREATE_REGION, {
        input: { electionId: id, code: 'X', name: 'X', seats: 1 },
      });
      expect(error.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await stranger.client.ok(ELECTIONS)).toEqual({ elections: [] });
    expect(
      await stranger.client.ok(`query($id: ID!) { election(id: $id) { id } }`, { id }),
    ).toEqual({ election: null });
  });
});
