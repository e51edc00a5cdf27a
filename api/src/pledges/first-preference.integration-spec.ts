import { Role } from '@phonebank/domain';

import {
  ADD_VOLUNTEERS,
  arrangeQueue,
  arrangeSlate,
  createList,
  type QueueArrangement,
  RECORD,
} from '../../test/call-queue-fixture';
import { startTestApp, type TestApp, type TestClient } from '../../test/test-app';

const CLAIM = `mutation($id: ID!) {
  claimNextContact(callListId: $id) { id member { id } recommendedFirstPreference { id name } }
}`;
const TARGETS = `query($id: ID!) { callList(id: $id) { region {
  firstPreferenceTargets { candidate { id name } weight share firstPreferences } } } }`;
const SET_TARGETS = `mutation($regionId: ID!, $targets: [FirstPreferenceTargetInput!]!) {
  setFirstPreferenceTargets(regionId: $regionId, targets: $targets) { id }
}`;

describe('vote management: the recommended first preference', () => {
  let testApp: TestApp;
  let arranged: QueueArrangement;
  let listId: string;
  let volunteer: TestClient;
  const candidates: Record<'ann' | 'bob' | 'other', string> = { ann: '', bob: '', other: '' };

  beforeAll(async () => {
    testApp = await startTestApp();
    testApp.setClock(new Date('2026-12-01T12:00:00Z'));
    arranged = await arrangeQueue(testApp, 30, 'Vote management');
    const ours = await arrangeSlate(testApp, arranged, { name: 'Our slate', ours: true }, [
      'Ann Ours',
      'Bob Ours',
    ]);
    const theirs = await arrangeSlate(testApp, arranged, { name: 'Their slate', ours: false }, [
      'Olu Other',
    ]);
    candidates.ann = ours['Ann Ours'];
    candidates.bob = ours['Bob Ours'];
    candidates.other = theirs['Olu Other'];
    listId = (await createList(arranged.coordinator.client, arranged.regionId)).id;
    await arranged.coordinator.client.ok(ADD_VOLUNTEERS, {
      id: listId,
      userIds: [arranged.volunteer.id],
    });
    volunteer = arranged.volunteer.client;
  });
  afterAll(() => testApp.close());

  let keys = 0;
  /** Claims the next member, returns the recommendation shown, and records their pledge. */
  async function callAndPledge(status: string, ranking: string[]): Promise<string | undefined> {
    const { claimNextContact: held } = await volunteer.ok<{
      claimNextContact: { id: string; recommendedFirstPreference: { id: string } | null };
    }>(CLAIM, { id: listId });
    keys += 1;
    await volunteer.ok(RECORD, {
      input: {
        idempotencyKey: `vote-management-${keys}`,
        claimId: held.id,
        disposition: 'ANSWERED',
        pledge: { status, ranking },
      },
    });
    return held.recommendedFirstPreference?.id;
  }

  it('asks each supporter to put first whichever of our candidates is furthest behind an equal split', async () => {
    // Ann first by name; then whoever has fewer first preferences.
    expect(await callAndPledge('PLEDGED', [candidates.ann, candidates.bob])).toBe(candidates.ann);
    expect(await callAndPledge('PLEDGED', [candidates.ann, candidates.bob])).toBe(candidates.bob);
    expect(await callAndPledge('LEANING', [candidates.ann])).toBe(candidates.bob);
    // Against and other slates' first preferences do not count.
    expect(await callAndPledge('AGAINST', [candidates.bob])).toBe(candidates.bob);
    expect(await callAndPledge('PLEDGED', [candidates.other, candidates.bob])).toBe(candidates.bob);
    const { callList } = await arranged.coordinator.client.ok<{
      callList: {
        region: {
          firstPreferenceTargets: {
            candidate: { id: string };
            share: number;
            firstPreferences: number;
          }[];
        };
      };
    }>(TARGETS, { id: listId });
    expect(callList.region.firstPreferenceTargets).toEqual([
      {
        candidate: { id: candidates.ann, name: 'Ann Ours' },
        weight: 1,
        share: 0.5,
        firstPreferences: 3,
      },
      {
        candidate: { id: candidates.bob, name: 'Bob Ours' },
        weight: 1,
        share: 0.5,
        firstPreferences: 0,
      },
    ]);
  });

  it('follows the split the coordinator sets', async () => {
    await arranged.coordinator.client.ok(SET_TARGETS, {
      regionId: arranged.regionId,
      targets: [
        { candidateId: candidates.ann, weight: 5 },
        { candidateId: candidates.bob, weight: 0 },
      ],
    });
    expect(await callAndPledge('PLEDGED', [candidates.ann])).toBe(candidates.ann);
  });

  it('refuses a split naming a candidate who is not ours, or with every weight 0, and a coordinator of another region', async () => {
    const client = arranged.coordinator.client;
    const notOurs = await client.fails(SET_TARGETS, {
      regionId: arranged.regionId,
      targets: [{ candidateId: candidates.other, weight: 1 }],
    });
    expect(notOurs.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'targets' });
    const allZero = await client.fails(SET_TARGETS, {
      regionId: arranged.regionId,
      targets: [
        { candidateId: candidates.ann, weight: 0 },
        { candidateId: candidates.bob, weight: 0 },
      ],
    });
    expect(allZero.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'targets' });
    const outsider = await testApp.user(Role.COORDINATOR, [arranged.otherRegionId]);
    const refused = await outsider.client.fails(SET_TARGETS, {
      regionId: arranged.regionId,
      targets: [{ candidateId: candidates.ann, weight: 1 }],
    });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
  });
});
