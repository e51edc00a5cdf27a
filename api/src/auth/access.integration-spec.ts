import { Role } from '@phonebank/domain';

import { schemaOperations, type Operation } from '../../test/schema-walk';
import { startTestApp, type TestApp, type TestUser } from '../../test/test-app';

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
