import {
  ADD_VOLUNTEERS,
  arrangeQueue,
  arrangeSlate,
  claim,
  createList,
  type QueueArrangement,
  record,
} from '../../test/call-queue-fixture';
import { startTestApp, type TestApp, type TestClient } from '../../test/test-app';

const VIEW = `query($id: ID!) { member(id: $id) { id } }`;
const OPT_OUT = `mutation($id: ID!, $reason: String) { optOutMember(memberId: $id, reason: $reason) { id } }`;

describe('subject access: everything held about a member, in one file', () => {
  let testApp: TestApp;
  let arranged: QueueArrangement;
  let memberId: string;

  const download = (client: TestClient, id: string) =>
    fetch(`${client.baseUrl}/api/members/${id}/subject-access.json`, {
      headers: client.cookie ? { cookie: client.cookie } : {},
    });

  beforeAll(async () => {
    testApp = await startTestApp();
    arranged = await arrangeQueue(testApp, 1, 'Subject access');
    [memberId] = arranged.memberIds;
    const candidates = await arrangeSlate(testApp, arranged, { name: 'Ours', ours: true }, [
      'Cleo Candidate',
      'Dev Candidate',
    ]);
    const { saveCallScript } = await arranged.coordinator.client.ok<{
      saveCallScript: { versionId: string };
    }>(`mutation($input: SaveCallScriptInput!) { saveCallScript(input: $input) { versionId } }`, {
      input: {
        electionId: arranged.electionId,
        regionId: arranged.regionId,
        steps: [{ key: 'other', type: 'FREE_TEXT', text: 'Anything else?' }],
      },
    });
    const list = await createList(arranged.coordinator.client, arranged.regionId);
    await arranged.coordinator.client.ok(ADD_VOLUNTEERS, {
      id: list.id,
      userIds: [arranged.volunteer.id],
    });
    const held = await claim(arranged.volunteer.client, list.id);
    await record(arranged.volunteer.client, held!.id, 'ANSWERED', {
      notes: 'Keen, has a dog',
      scriptVersionId: saveCallScript.versionId,
      answers: [{ key: 'other', values: ['Wants a lift to the polls'] }],
      pledge: {
        status: 'PLEDGED',
        ranking: [candidates['Dev Candidate'], candidates['Cleo Candidate']],
      },
    });
    await arranged.coordinator.client.ok(OPT_OUT, { id: memberId, reason: 'Moving abroad' });
    await arranged.coordinator.client.ok(VIEW, { id: memberId });
  });
  afterAll(() => testApp.close());

  it('gives an admin the member, their calls, pledges, opt-out, queues and audit trail, and audits the export', async () => {
    const response = await download(testApp.admin.client, memberId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="subject-access-[0-9a-f]{8}-\d{4}-\d\d-\d\d\.json"$/,
    );
    const report = (await response.json()) as Record<string, unknown>;
    expect(report.member).toMatchObject({
      id: memberId,
      membershipNumber: 'Q000001',
      firstName: 'Member1',
      lastName: 'Queue',
      phone: '+447700900001',
      region: 'LE LE',
      election: 'Subject access',
      doNotCall: true,
      optOutReason: 'Moving abroad',
      erasedAt: null,
    });
    expect(report.contact).toEqual({
      firstCalledAt: expect.any(String),
      firstReachedAt: expect.any(String),
    });
    expect(report.calls).toEqual([
      expect.objectContaining({
        callList: 'Test list',
        volunteer: 'Test volunteer',
        disposition: 'ANSWERED',
        attempt: 1,
        notes: 'Keen, has a dog',
        scriptAnswers: [
          { step: 'other', question: 'Anything else?', answer: 'Wants a lift to the polls' },
        ],
      }),
    ]);
    expect(report.pledges).toEqual([
      expect.objectContaining({
        status: 'PLEDGED',
        latest: true,
        ranking: ['Dev Candidate', 'Cleo Candidate'],
        recordedBy: 'Test volunteer',
      }),
    ]);
    expect(report.callQueues).toEqual([
      expect.objectContaining({ callList: 'Test list', lastDisposition: 'ANSWERED' }),
    ]);
    expect(
      (report.auditEntries as { action: string; byRole: string }[]).map((e) => e.action),
    ).toEqual(['OPT_OUT_MEMBER', 'VIEW_MEMBER_CONTACT']);

    const audit = await testApp.sql<{ user_id: string; details: unknown }>(
      `SELECT user_id, details FROM audit_log WHERE action = 'EXPORT_SUBJECT_ACCESS' AND subject_id = $1`,
      [memberId],
    );
    expect(audit).toEqual([{ user_id: testApp.admin.id, details: { calls: 1, pledges: 1 } }]);
  });

  it('lists the imports that wrote the member and the rejected rows that name them', async () => {
    const file = [
      'membership_number,first_name,last_name,phone,region',
      'Q000001,Member1,Queue,07700 900001,LE',
      'Q000001,Member1,Queue,07700 900001,LE',
    ].join('\n');
    const params = new URLSearchParams({ electionId: arranged.electionId, fileName: 'june.csv' });
    const upload = await fetch(`${testApp.baseUrl}/api/imports/members?${params}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', cookie: testApp.admin.client.cookie as string },
      body: file.replace(',Queue,', ',Queue-Smith,'),
    });
    const { id } = (await upload.json()) as { id: string };
    for (let tries = 0; ; tries += 1) {
      const [row] = await testApp.sql<{ status: string }>(
        'SELECT status FROM member_import WHERE id = $1',
        [id],
      );
      if (row.status === 'SUCCEEDED') break;
      if (tries > 150) throw new Error(`import ${row.status}`);
      await new Promise((done) => setTimeout(done, 200));
    }
    const report = (await (await download(testApp.admin.client, memberId)).json()) as {
      imports: unknown[];
    };
    expect(report.imports).toEqual([
      expect.objectContaining({
        fileName: 'june.csv',
        createdThisRecord: false,
        lastChangedThisRecord: true,
        rejectedRows: [
          {
            line: 3,
            reason: 'membership number Q000001 already appears on line 2',
            row: 'Q000001,Member1,Queue,07700 900001,LE',
          },
        ],
      }),
    ]);
  });

  it('refuses coordinators, even of the member’s region, volunteers and anyone signed out', async () => {
    const before = await testApp.sql(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'EXPORT_SUBJECT_ACCESS'`,
    );
    for (const client of [arranged.coordinator.client, arranged.volunteer.client]) {
      const response = await download(client, memberId);
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await download(testApp.client(), memberId)).status).toBe(401);
    expect(
      await testApp.sql(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'EXPORT_SUBJECT_ACCESS'`,
      ),
    ).toEqual(before);
  });

  it('answers 404 for a member that does not exist', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const response = await download(testApp.admin.client, id);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
  });
});
