import { Role } from '@phonebank/domain';

import type { TestApp, TestClient, TestUser } from './test-app';

export const CREATE_CALL_LIST = `mutation($input: CreateCallListInput!) {
  createCallList(input: $input) { id name size remaining status maxAttempts leaseMinutes
    callingHours { from to timeZone openNow } retryDelays { noAnswerMinutes busyMinutes voicemailMinutes } }
}`;
export const ADD_VOLUNTEERS = `mutation($id: ID!, $userIds: [ID!]!) {
  addVolunteersToCallList(callListId: $id, userIds: $userIds) { id }
}`;
export const CLAIM = `mutation($id: ID!) {
  claimNextContact(callListId: $id) { id expiresAt member { id firstName phone } callList { id } }
}`;
export const RECORD = `mutation($input: RecordCallOutcomeInput!) {
  recordCallOutcome(input: $input) { id disposition attempt callBackAt }
}`;
export const RENEW = `mutation($id: ID!) { renewClaim(claimId: $id) { id expiresAt } }`;
export const RELEASE = `mutation($id: ID!) { releaseClaim(claimId: $id) }`;
export const PROGRESS = `query($id: ID!) {
  callList(id: $id) { size remaining progress { waiting held dueLater done exhausted withdrawn } }
}`;

/** Calling hours open all day, so a test never depends on the hour it runs at. */
export const ALL_DAY = { from: '00:00', to: '23:59', timeZone: 'Europe/London' };

export interface ClaimResult {
  id: string;
  expiresAt: string;
  member: { id: string; firstName: string; phone: string | null };
}

export interface QueueArrangement {
  electionId: string;
  regionId: string;
  otherRegionId: string;
  coordinator: TestUser;
  volunteer: TestUser;
  memberIds: string[];
}

/** An election with two regions, a coordinator and a volunteer of the first, and `members` callable members in it. */
export async function arrangeQueue(
  testApp: TestApp,
  members: number,
  name = 'Queue',
): Promise<QueueArrangement> {
  const admin = testApp.admin.client;
  const { createElection } = await admin.ok<{ createElection: { id: string } }>(
    `mutation($name: String!) { createElection(input: { name: $name, rule: SCOTTISH }) { id } }`,
    { name },
  );
  const region = async (code: string) =>
    (
      await admin.ok<{ createRegion: { id: string } }>(
        `mutation($id: ID!, $code: String!) { createRegion(input: { electionId: $id, code: $code, name: $code, seats: 3 }) { id } }`,
        { id: createElection.id, code },
      )
    ).createRegion.id;
  const regionId = await region('LE');
  const otherRegionId = await region('SCO');
  const rows = await testApp.sql<{ id: string }>(
    `INSERT INTO member (election_id, membership_number, first_name, last_name, phone, phone_type, region_id)
     SELECT $1, 'Q' || lpad(n::text, 6, '0'), 'Member' || n, 'Queue', '+4477009' || lpad(n::text, 5, '0'), 'MOBILE', $2
       FROM generate_series(1, $3::int) AS n
     RETURNING id`,
    [createElection.id, regionId, members],
  );
  return {
    electionId: createElection.id,
    regionId,
    otherRegionId,
    coordinator: await testApp.user(Role.COORDINATOR, [regionId]),
    volunteer: await testApp.user(Role.VOLUNTEER, [regionId]),
    memberIds: rows.map((row) => row.id),
  };
}

export async function createList(
  client: TestClient,
  regionId: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; size: number }> {
  const { createCallList } = await client.ok<{ createCallList: { id: string; size: number } }>(
    CREATE_CALL_LIST,
    { input: { name: 'Test list', regionId, callingHours: ALL_DAY, ...extra } },
  );
  return createCallList;
}

export async function claim(client: TestClient, callListId: string): Promise<ClaimResult | null> {
  return (await client.ok<{ claimNextContact: ClaimResult | null }>(CLAIM, { id: callListId }))
    .claimNextContact;
}

let keys = 0;
export async function record(
  client: TestClient,
  claimId: string,
  disposition: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; attempt: number }> {
  keys += 1;
  const input = {
    idempotencyKey: `key-${process.pid}-${keys}-${Date.now()}`,
    claimId,
    disposition,
    ...extra,
  };
  return (
    await client.ok<{ recordCallOutcome: { id: string; attempt: number } }>(RECORD, { input })
  ).recordCallOutcome;
}

/** A slate in the election and candidates of the region, by name: `{ name: id }`. */
export async function arrangeSlate(
  testApp: TestApp,
  arranged: Pick<QueueArrangement, 'electionId' | 'regionId'>,
  slate: { name: string; ours: boolean },
  candidates: string[],
): Promise<Record<string, string>> {
  const admin = testApp.admin.client;
  const { createSlate } = await admin.ok<{ createSlate: { id: string } }>(
    `mutation($electionId: ID!, $name: String!, $ours: Boolean!) { createSlate(input: { electionId: $electionId, name: $name, ours: $ours }) { id } }`,
    { electionId: arranged.electionId, ...slate },
  );
  const ids: Record<string, string> = {};
  for (const name of candidates) {
    const { createCandidate } = await admin.ok<{ createCandidate: { id: string } }>(
      `mutation($regionId: ID!, $name: String!, $slateId: ID) { createCandidate(input: { regionId: $regionId, name: $name, slateId: $slateId }) { id } }`,
      { regionId: arranged.regionId, name, slateId: createSlate.id },
    );
    ids[name] = createCandidate.id;
  }
  return ids;
}
