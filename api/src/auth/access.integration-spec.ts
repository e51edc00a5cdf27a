import { Role } from '@phonebank/domain';

import {
  ADD_VOLUNTEERS,
  ALL_DAY,
  arrangeQueue,
  arrangeSlate,
  claim,
  createList,
  record,
} from '../../test/call-queue-fixture';
import { LiveConnection } from '../../test/live-client';
import {
  markersIn,
  type Probe,
  schemaOperations,
  type Operation,
  schemaProbes,
} from '../../test/schema-walk';
import { startTestApp, type TestApp, type TestClient, type TestUser } from '../../test/test-app';

type Rule = 'public' | 'signed-in' | Role[];

// Who may call each operation. Every operation the API serves must appear here: a new one
// fails the first test until its rule is written down, and then the rule is tried.
const ACCESS: Record<string, Rule> = {
  me: 'public',
  login: 'public',
  logout: 'public',
  mySessions: 'signed-in',
  revokeSession: 'signed-in',
  elections: 'signed-in',
  election: 'signed-in',
  users: [Role.ADMIN],
  createUser: [Role.ADMIN],
  updateUser: [Role.ADMIN],
  createElection: [Role.ADMIN],
  updateElection: [Role.ADMIN],
  deleteElection: [Role.ADMIN],
  createRegion: [Role.ADMIN],
  updateRegion: [Role.ADMIN],
  deleteRegion: [Role.ADMIN],
  createSlate: [Role.ADMIN],
  updateSlate: [Role.ADMIN],
  deleteSlate: [Role.ADMIN],
  createCandidate: [Role.ADMIN],
  updateCandidate: [Role.ADMIN],
  deleteCandidate: [Role.ADMIN],
  memberImport: [Role.ADMIN, Role.COORDINATOR],
  memberImports: [Role.ADMIN, Role.COORDINATOR],
  confirmMemberImport: [Role.ADMIN, Role.COORDINATOR],
  memberColumns: 'signed-in',
  setRegionPostcodeAreas: [Role.ADMIN],
  members: [Role.ADMIN, Role.COORDINATOR],
  member: [Role.ADMIN, Role.COORDINATOR],
  optOutMember: [Role.ADMIN, Role.COORDINATOR],
  eraseMember: [Role.ADMIN],
  retentionWarnings: [Role.ADMIN],
  auditLog: [Role.ADMIN],
  callLists: 'signed-in',
  callList: 'signed-in',
  callListMatchCount: [Role.ADMIN, Role.COORDINATOR],
  createCallList: [Role.ADMIN, Role.COORDINATOR],
  updateCallList: [Role.ADMIN, Role.COORDINATOR],
  refreshCallList: [Role.ADMIN, Role.COORDINATOR],
  pauseCallList: [Role.ADMIN, Role.COORDINATOR],
  resumeCallList: [Role.ADMIN, Role.COORDINATOR],
  archiveCallList: [Role.ADMIN, Role.COORDINATOR],
  assignableVolunteers: [Role.ADMIN, Role.COORDINATOR],
  addVolunteersToCallList: [Role.ADMIN, Role.COORDINATOR],
  removeVolunteerFromCallList: [Role.ADMIN, Role.COORDINATOR],
  reserveMembersForVolunteer: [Role.ADMIN, Role.COORDINATOR],
  releaseReservedMembers: [Role.ADMIN, Role.COORDINATOR],
  setFirstPreferenceTargets: [Role.ADMIN, Role.COORDINATOR],
  projection: [Role.ADMIN, Role.COORDINATOR],
  projectionAssumptions: [Role.ADMIN, Role.COORDINATOR],
  setProjectionAssumptions: [Role.ADMIN, Role.COORDINATOR],
  startProjection: [Role.ADMIN, Role.COORDINATOR],
  projectionRun: [Role.ADMIN, Role.COORDINATOR],
  latestProjectionRun: [Role.ADMIN, Role.COORDINATOR],
  // Any signed-in user, then the list decides who may read its script (scripts spec).
  callScript: 'signed-in',
  callScripts: [Role.ADMIN, Role.COORDINATOR],
  saveCallScript: [Role.ADMIN, Role.COORDINATOR],
  deleteCallScript: [Role.ADMIN, Role.COORDINATOR],
  // Any signed-in user, then the list decides: volunteers only on lists they were added to,
  // coordinators only in their regions, a claim only by its holder (call-queue spec).
  claimNextContact: 'signed-in',
  currentClaim: 'signed-in',
  renewClaim: 'signed-in',
  releaseClaim: 'signed-in',
  recordCallOutcome: 'signed-in',
  // Coordinators only for their regions (tallies spec); volunteers never.
  regionTally: [Role.ADMIN, Role.COORDINATOR],
  regionTallies: [Role.ADMIN, Role.COORDINATOR],
};

describe('who may call what', () => {
  let testApp: TestApp;
  let operations: Operation[];
  const users = new Map<Role, TestUser>();

  beforeAll(async () => {
    testApp = await startTestApp();
    operations = await schemaOperations(testApp.client());
    const { createElection: election } = await testApp.admin.client.ok<{
      createElection: { id: string };
    }>(`mutation { createElection(input: { name: "Access", rule: SCOTTISH }) { id } }`);
    const { createRegion } = await testApp.admin.client.ok<{ createRegion: { id: string } }>(
      `mutation($id: ID!) { createRegion(input: { electionId: $id, code: "LE", name: "London", seats: 6 }) { id } }`,
      { id: election.id },
    );
    users.set(Role.COORDINATOR, await testApp.user(Role.COORDINATOR, [createRegion.id]));
    users.set(Role.VOLUNTEER, await testApp.user(Role.VOLUNTEER, [createRegion.id]));
  });
  afterAll(() => testApp.close());

  it('has a written access rule for every operation the API serves, and none for one it does not', () => {
    expect(operations.map((operation) => operation.name).sort()).toEqual(
      Object.keys(ACCESS).sort(),
    );
  });

  it('refuses every operation that is not public to a caller without a session', async () => {
    const anonymous = testApp.client();
    for (const operation of operations.filter((op) => ACCESS[op.name] !== 'public')) {
      const result = await anonymous.graphql(operation.document);
      expect({ operation: operation.name, code: result.errors?.[0]?.extensions?.code }).toEqual({
        operation: operation.name,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it('refuses every role-limited operation to each role it does not name', async () => {
    let tried = 0;
    for (const operation of operations) {
      const rule = ACCESS[operation.name];
      if (!Array.isArray(rule)) continue;
      for (const [role, user] of users) {
        if (rule.includes(role)) continue;
        const result = await user.client.graphql(operation.document);
        expect({
          operation: operation.name,
          role,
          code: result.errors?.[0]?.extensions?.code,
        }).toEqual({
          operation: operation.name,
          role,
          code: 'FORBIDDEN',
        });
        tried += 1;
      }
    }
    expect(tried).toBeGreaterThanOrEqual(30);
  });

  it('lets a session from a forged cookie do nothing', async () => {
    const forger = testApp.client();
    forger.cookie = 'pb_session=forged-token-that-was-never-issued-by-the-server';
    expect(await forger.ok('{ me { id } }')).toEqual({ me: null });
    expect((await forger.fails('{ users { id } }')).extensions?.code).toBe('UNAUTHENTICATED');
  });
});

/** What a probe's answer gave away of the other region: its ids and names, or data asked for by its ids. */
function leakOf(
  probe: Probe,
  response: { data?: unknown; errors?: unknown },
  markers: ReadonlySet<string>,
): string[] {
  const data = (response.data ?? null) as Record<string, unknown> | null;
  const found = markersIn(data, markers);
  const answer = data?.[probe.root];
  const askedForTheirs = probe.argumentIds.some((id) => markers.has(id));
  const empty =
    answer === null ||
    answer === undefined ||
    answer === false ||
    (Array.isArray(answer) && answer.length === 0);
  if (askedForTheirs && !empty) found.push(`an answer about ${probe.argumentIds.join(', ')}`);
  return found;
}

/** The first push of a subscription probe, or its first error, as one response. */
async function subscribeOnce(
  connection: LiveConnection,
  probe: Probe,
): Promise<{ data?: unknown; errors?: unknown }> {
  const subscription = connection.subscribe<Record<string, unknown>>(probe.document);
  try {
    const first = await Promise.race([
      subscription.until(() => true).then((data) => ({ data })),
      subscription.firstError().then((error) => ({ errors: [error] })),
    ]);
    return first;
  } finally {
    subscription.stop();
  }
}

describe('region scope, whatever path reaches the data', () => {
  let testApp: TestApp;
  let probes: Probe[];
  const markers = new Set<string>();
  let ids: Record<string, string[]>;
  let outsiders: { role: Role; user: TestUser }[];

  beforeAll(async () => {
    testApp = await startTestApp();
    testApp.setClock(new Date('2026-12-01T12:00:00Z'));
    // London (ours) and the Midlands (theirs), each with candidates, members, a list, calls
    // and pledges; the Midlands also a projection run and a volunteer who calls for both.
    const arranged = await arrangeQueue(testApp, 4, 'Region scope');
    const london = arranged.regionId;
    const midlands = arranged.otherRegionId;
    const admin = testApp.admin.client;
    const slate = await arrangeSlate(testApp, arranged, { name: 'Ours', ours: true }, [
      'Lou London',
    ]);
    const midlandsSlate = await arrangeSlate(
      testApp,
      { electionId: arranged.electionId, regionId: midlands },
      { name: 'Theirs', ours: false },
      ['Mia Midlands', 'Mo Midlands'],
    );
    const { election } = await admin.ok<{ election: { slates: { id: string; ours: boolean }[] } }>(
      `query($id: ID!) { election(id: $id) { slates { id ours } } }`,
      { id: arranged.electionId },
    );
    const { createCandidate: ourMidlander } = await admin.ok<{ createCandidate: { id: string } }>(
      `mutation($regionId: ID!, $slateId: ID) { createCandidate(input: { regionId: $regionId, name: "Max Midlands", slateId: $slateId }) { id } }`,
      { regionId: midlands, slateId: election.slates.find((s) => s.ours)?.id },
    );
    const midlandsMembers = await testApp.sql<{ id: string }>(
      `INSERT INTO member (election_id, membership_number, first_name, last_name, phone, phone_type, region_id)
       SELECT $1, 'MID' || n, 'Midlander' || n, 'Theirs', '+4477008' || lpad(n::text, 5, '0'), 'MOBILE', $2
         FROM generate_series(1, 4) AS n RETURNING id`,
      [arranged.electionId, midlands],
    );
    const midlandsCoordinator = await testApp.user(Role.COORDINATOR, [midlands]);
    const midlandsVolunteer = await testApp.user(Role.VOLUNTEER, [midlands]);
    const bothRegions = await testApp.user(Role.VOLUNTEER, [london, midlands]);
    const londonList = await createList(arranged.coordinator.client, london);
    const midlandsList = await createList(midlandsCoordinator.client, midlands, {
      name: 'Midlands list',
      callingHours: ALL_DAY,
    });
    await arranged.coordinator.client.ok(ADD_VOLUNTEERS, {
      id: londonList.id,
      userIds: [arranged.volunteer.id, bothRegions.id],
    });
    await midlandsCoordinator.client.ok(ADD_VOLUNTEERS, {
      id: midlandsList.id,
      userIds: [midlandsVolunteer.id, bothRegions.id],
    });
    for (const [client, list, first] of [
      [midlandsVolunteer.client, midlandsList.id, ourMidlander.id],
      [arranged.volunteer.client, londonList.id, slate['Lou London']],
    ] as [TestClient, string, string][]) {
      const held = await claim(client, list);
      await record(client, held?.id as string, 'ANSWERED', {
        pledge: { status: 'PLEDGED', ranking: [first] },
        notes: 'Pledged on the phone',
      });
    }
    const { startProjection: run } = await midlandsCoordinator.client.ok<{
      startProjection: { id: string };
    }>(`mutation($id: ID!) { startProjection(regionId: $id, simulations: 10) { id } }`, {
      id: midlands,
    });
    for (const id of [
      midlands,
      midlandsList.id,
      run.id,
      ourMidlander.id,
      ...Object.values(midlandsSlate),
      ...midlandsMembers.map((member) => member.id),
      'Mia Midlands',
      'Max Midlands',
      'Mo Midlands',
      'Midlands list',
    ])
      markers.add(id);
    ids = {
      Region: [london, midlands],
      CallList: [londonList.id, midlandsList.id],
      Election: [arranged.electionId],
      Member: [arranged.memberIds[0], midlandsMembers[0].id],
      ProjectionRun: [run.id],
      Candidate: [slate['Lou London'], ourMidlander.id],
      User: [arranged.volunteer.id, bothRegions.id],
    };
    outsiders = [
      { role: Role.VOLUNTEER, user: arranged.volunteer },
      { role: Role.COORDINATOR, user: arranged.coordinator },
    ];
    probes = await schemaProbes(testApp.admin.client, {
      idsByType: ids,
      maxDepth: 4,
      maxVariants: 6,
    });
  });
  afterAll(() => testApp.close());

  /** Runs every probe of one kind as `client`, returning each leak found. */
  async function walk(
    client: TestClient,
    kinds: Probe['kind'][],
  ): Promise<{ probe: string; leaked: string[] }[]> {
    const leaks: { probe: string; leaked: string[] }[] = [];
    const connection = kinds.includes('subscription')
      ? new LiveConnection(client.baseUrl, client.cookie)
      : undefined;
    // Mutations that end something run last, so the others still find what they act on.
    const ending = /^(archive|delete|remove|release|erase|revoke|logout)/;
    const ordered = probes
      .filter((probe) => kinds.includes(probe.kind))
      .sort((a, b) => Number(ending.test(a.root)) - Number(ending.test(b.root)));
    try {
      for (const probe of ordered) {
        const response =
          probe.kind === 'subscription' && connection
            ? await subscribeOnce(connection, probe)
            : await client.graphql(probe.document);
        const codes = ((response.errors ?? []) as { extensions?: { code?: string } }[]).map(
          (error) => error.extensions?.code,
        );
        if (codes.includes('INTERNAL_SERVER_ERROR'))
          leaks.push({ probe: probe.document, leaked: ['INTERNAL_SERVER_ERROR'] });
        const leaked = leakOf(probe, response, markers);
        if (leaked.length) leaks.push({ probe: probe.document, leaked: [...new Set(leaked)] });
      }
    } finally {
      await connection?.close();
    }
    return leaks;
  }

  it('builds probes for every root field down to the regions reached through a call list', () => {
    const paths = new Set(probes.map((probe) => [probe.root, ...probe.path].join('.')));
    expect(paths).toContain('callList.election.regions.firstPreferenceTargets');
    expect(paths).toContain('callListChanged.election.regions');
    expect(paths).toContain('regionTally.region.candidates');
    expect(probes.length).toBeGreaterThan(500);
  });

  it('shows an admin the other region through the same probes, so the walk can see a leak', async () => {
    const probe = probes.find(
      (candidate) =>
        [candidate.root, ...candidate.path].join('.') ===
          'callList.election.regions.firstPreferenceTargets' &&
        candidate.argumentIds[0] === ids.CallList[0],
    ) as Probe;
    const response = await testApp.admin.client.graphql(probe.document);
    expect(markersIn(response.data, markers)).toContain(ids.Region[1]);
  });

  it('still shows each their own region through the same path, and its figures only to the coordinator', async () => {
    const REGIONS = `query($id: ID!) { callList(id: $id) { election { regions { id code } } } }`;
    const FIGURES = `query($id: ID!) { callList(id: $id) { region { firstPreferenceTargets { firstPreferences } } } }`;
    for (const { user } of outsiders) {
      const { callList } = await user.client.ok<{
        callList: { election: { regions: { id: string }[] } };
      }>(REGIONS, { id: ids.CallList[0] });
      expect(callList.election.regions.map((region) => region.id)).toEqual([ids.Region[0]]);
    }
    const [volunteer, coordinator] = outsiders;
    expect(
      (await volunteer.user.client.fails(FIGURES, { id: ids.CallList[0] })).extensions?.code,
    ).toBe('FORBIDDEN');
    await coordinator.user.client.ok(FIGURES, { id: ids.CallList[0] });
  });

  it.each(['query', 'subscription', 'mutation'] as const)(
    'gives an out-of-region volunteer and coordinator nothing of the other region through any %s',
    async (kind) => {
      const found = [];
      for (const { role, user } of outsiders) {
        const leaks = await walk(user.client, [kind]);
        found.push({ role, count: leaks.length, first: leaks.slice(0, 3) });
      }
      expect(found).toEqual(outsiders.map(({ role }) => ({ role, count: 0, first: [] })));
    },
  );
});
