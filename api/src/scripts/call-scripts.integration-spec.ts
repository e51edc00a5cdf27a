import { Role } from '@phonebank/domain';

import {
  ADD_VOLUNTEERS,
  arrangeQueue,
  claim,
  createList,
  type QueueArrangement,
  record as recordOutcome,
} from '../../test/call-queue-fixture';
import { startTestApp, type TestApp, type TestClient } from '../../test/test-app';

const SCRIPT_FIELDS = `id scope electionId regionId callListId name version versionId savedBy
  steps { key type text options skipIf { step answerIn } }`;
const SAVE = `mutation($input: SaveCallScriptInput!) { saveCallScript(input: $input) { ${SCRIPT_FIELDS} } }`;
const APPLYING = `query($id: ID!) { callScript(callListId: $id) { ${SCRIPT_FIELDS} } }`;
const LIST = `query($id: ID!) { callScripts(electionId: $id) { id scope regionId callListId version } }`;
const DELETE = `mutation($id: ID!) { deleteCallScript(id: $id) }`;

interface Script {
  id: string | null;
  scope: string;
  regionId: string | null;
  callListId: string | null;
  name: string;
  version: number;
  versionId: string | null;
  savedBy: string | null;
  steps: { key: string; type: string; text: string; options: string[] }[];
}

const steps = (intro: string) => [
  { key: 'intro', type: 'TEXT', text: `${intro} {{member.firstName}}` },
  { key: 'pledge', type: 'PLEDGE_STATUS', text: 'Can we count on you?' },
  {
    key: 'ranking',
    type: 'RANKING',
    text: 'How will you rank them?',
    skipIf: { step: 'pledge', answerIn: ['AGAINST'] },
  },
];

describe('call scripts', () => {
  let testApp: TestApp;
  let arranged: QueueArrangement;
  let listId: string;
  let otherCoordinator: TestClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    arranged = await arrangeQueue(testApp, 2, 'Scripts');
    listId = (await createList(arranged.coordinator.client, arranged.regionId)).id;
    await arranged.coordinator.client.ok(ADD_VOLUNTEERS, {
      id: listId,
      userIds: [arranged.volunteer.id],
    });
    otherCoordinator = (await testApp.user(Role.COORDINATOR, [arranged.otherRegionId])).client;
  });
  afterAll(() => testApp.close());

  const save = (client: TestClient, input: Record<string, unknown>) =>
    client.ok<{ saveCallScript: Script }>(SAVE, {
      input: { electionId: arranged.electionId, ...input },
    });
  const applying = async (client: TestClient) =>
    (await client.ok<{ callScript: Script }>(APPLYING, { id: listId })).callScript;

  it('gives a list the built-in script until one is saved, then the most specific one', async () => {
    expect(await applying(arranged.volunteer.client)).toMatchObject({
      id: null,
      scope: 'BUILT_IN',
      version: 0,
      versionId: null,
    });

    const election = await save(testApp.admin.client, { steps: steps('Hello') });
    expect(election.saveCallScript).toMatchObject({ scope: 'ELECTION', version: 1 });
    expect((await applying(arranged.volunteer.client)).scope).toBe('ELECTION');

    const region = await save(arranged.coordinator.client, {
      regionId: arranged.regionId,
      steps: steps('Hi'),
    });
    expect(region.saveCallScript).toMatchObject({
      scope: 'REGION',
      regionId: arranged.regionId,
      name: 'LE',
      version: 1,
    });
    expect((await applying(arranged.volunteer.client)).scope).toBe('REGION');

    const list = await save(arranged.coordinator.client, {
      callListId: listId,
      name: 'Phone bank script',
      steps: steps('Hiya'),
    });
    expect(list.saveCallScript).toMatchObject({
      scope: 'CALL_LIST',
      regionId: arranged.regionId,
      callListId: listId,
      name: 'Phone bank script',
    });
    const applied = await applying(arranged.volunteer.client);
    expect(applied).toMatchObject({ scope: 'CALL_LIST', version: 1 });
    expect(applied.steps[0].text).toBe('Hiya {{member.firstName}}');

    // Deleting the list's script hands the list back to its region's.
    await arranged.coordinator.client.ok(DELETE, { id: list.saveCallScript.id });
    expect((await applying(arranged.volunteer.client)).scope).toBe('REGION');
  });

  it('saves a new version every time and keeps the old ones for call records', async () => {
    const first = (
      await save(arranged.coordinator.client, {
        regionId: arranged.regionId,
        steps: steps('One'),
      })
    ).saveCallScript;
    const second = (
      await save(arranged.coordinator.client, { regionId: arranged.regionId, steps: steps('Two') })
    ).saveCallScript;
    expect(second.id).toBe(first.id);
    expect(second.version).toBe(first.version + 1);
    expect(second.versionId).not.toBe(first.versionId);
    expect(second.savedBy).toBe('Test coordinator');
    const rows = await testApp.sql<{ version: number; steps: { text: string }[] }>(
      'SELECT version, steps FROM call_script_version WHERE script_id = $1 ORDER BY version',
      [first.id],
    );
    expect(rows.map((row) => row.version)).toEqual(
      Array.from({ length: second.version }, (_, i) => i + 1),
    );
    expect(rows[first.version - 1].steps[0].text).toBe('One {{member.firstName}}');
  });

  it('refuses a bad script naming the step and field, and saves nothing', async () => {
    const before = await testApp.sql<{ count: number }>(
      'SELECT count(*)::int AS count FROM call_script_version',
    );
    const error = await arranged.coordinator.client.fails(SAVE, {
      input: {
        electionId: arranged.electionId,
        regionId: arranged.regionId,
        steps: [
          { key: 'pledge', type: 'PLEDGE_STATUS', text: 'Support?' },
          { key: 'intro', type: 'TEXT', text: 'Hi' },
          { key: 'choice', type: 'SINGLE_CHOICE', text: 'Pick', options: ['A', 'B'] },
          {
            key: 'ranking',
            type: 'RANKING',
            text: 'Rank',
            skipIf: { step: 'later', answerIn: ['X'] },
          },
          { key: 'later', type: 'YES_NO', text: 'Later?' },
        ],
      },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'steps[3].skipIf' });
    expect(error.message).toContain("'later'");
    const tooLong = await arranged.coordinator.client.fails(SAVE, {
      input: {
        electionId: arranged.electionId,
        regionId: arranged.regionId,
        steps: [{ key: 'intro', type: 'TEXT', text: 'x'.repeat(2001) }],
      },
    });
    expect(tooLong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'steps[0].text' });
    const after = await testApp.sql<{ count: number }>(
      'SELECT count(*)::int AS count FROM call_script_version',
    );
    expect(after).toEqual(before);
  });

  it('keeps the election default to admins', async () => {
    const error = await arranged.coordinator.client.fails(SAVE, {
      input: { electionId: arranged.electionId, steps: steps('Mine') },
    });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    const [script] = (
      await testApp.admin.client.ok<{ callScripts: { id: string; scope: string }[] }>(LIST, {
        id: arranged.electionId,
      })
    ).callScripts.filter((s) => s.scope === 'ELECTION');
    expect(
      (await arranged.coordinator.client.fails(DELETE, { id: script.id })).extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('a volunteer can read their list’s script but not save or list scripts', async () => {
    const volunteer = arranged.volunteer.client;
    expect((await applying(volunteer)).scope).toBe('REGION');
    const error = await volunteer.fails(SAVE, {
      input: { electionId: arranged.electionId, callListId: listId, steps: steps('Nope') },
    });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect((await volunteer.fails(LIST, { id: arranged.electionId })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    const outsider = (await testApp.user(Role.VOLUNTEER, [arranged.regionId])).client;
    expect((await outsider.fails(APPLYING, { id: listId })).extensions?.code).toBe('FORBIDDEN');
  });

  it('a coordinator of another region can neither read nor save nor delete this region’s scripts', async () => {
    expect((await otherCoordinator.fails(APPLYING, { id: listId })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    for (const target of [{ regionId: arranged.regionId }, { callListId: listId }]) {
      const error = await otherCoordinator.fails(SAVE, {
        input: { electionId: arranged.electionId, ...target, steps: steps('Theirs') },
      });
      expect(error.extensions?.code).toBe('FORBIDDEN');
    }
    const seen = (
      await otherCoordinator.ok<{ callScripts: { scope: string; regionId: string | null }[] }>(
        LIST,
        { id: arranged.electionId },
      )
    ).callScripts;
    expect(seen.map((s) => s.scope)).toEqual(['ELECTION']);
    const [regionScript] = (
      await testApp.admin.client.ok<{ callScripts: { id: string; scope: string }[] }>(LIST, {
        id: arranged.electionId,
      })
    ).callScripts.filter((s) => s.scope === 'REGION');
    expect((await otherCoordinator.fails(DELETE, { id: regionScript.id })).extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('lets an admin save and delete anywhere, and refuses a region of another election', async () => {
    const saved = await save(testApp.admin.client, {
      regionId: arranged.otherRegionId,
      steps: steps('Admin'),
    });
    expect(saved.saveCallScript.scope).toBe('REGION');
    expect(await testApp.admin.client.ok(DELETE, { id: saved.saveCallScript.id })).toEqual({
      deleteCallScript: true,
    });
    const elsewhere = await arrangeQueue(testApp, 0, 'Elsewhere');
    const error = await testApp.admin.client.fails(SAVE, {
      input: { electionId: arranged.electionId, regionId: elsewhere.regionId, steps: steps('X') },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionId' });
  });

  it('keeps a call record’s script version, and forgets only the link when the script goes', async () => {
    const script = await applying(arranged.volunteer.client);
    const held = await claim(arranged.volunteer.client, listId);
    const record = await recordOutcome(arranged.volunteer.client, held!.id, 'ANSWERED');
    // Recording the version is the calling page's part; here the link is set directly.
    await testApp.sql('UPDATE call_record SET script_version_id = $1 WHERE id = $2', [
      script.versionId,
      record.id,
    ]);
    await arranged.coordinator.client.ok(DELETE, { id: script.id });
    const [after] = await testApp.sql<{ script_version_id: string | null }>(
      'SELECT script_version_id FROM call_record WHERE id = $1',
      [record.id],
    );
    expect(after.script_version_id).toBeNull();
  });
});
