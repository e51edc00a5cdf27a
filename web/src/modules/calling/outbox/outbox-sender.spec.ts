import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { IDBFactory } from 'fake-indexeddb';

import { type RecordCallOutcomeInput } from '../../../gql/graphql';
import { OutboxSender } from './outbox-sender';
import { OutboxStore, type QueuedOutcome } from './outbox-store';

function outcome(n: number, disposition: RecordCallOutcomeInput['disposition'] = 'NO_ANSWER') {
  return {
    input: { claimId: `claim-${n}`, idempotencyKey: `key-${n}-0000`, disposition },
    memberName: `Member ${n}`,
    callListId: 'cl1',
    queuedAt: `2026-03-01T18:0${n}:00.000Z`,
  } satisfies QueuedOutcome;
}

function refusal(code: string, message: string): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code } }] });
}

/** A server whose next answers the test decides; by default it records everything. */
function fakeServer() {
  const received: RecordCallOutcomeInput[] = [];
  const answers: (Error | undefined)[] = [];
  const send = jest.fn(async (input: RecordCallOutcomeInput) => {
    received.push(input);
    const answer = answers.shift();
    if (answer) throw answer;
  });
  return { send, received, answers };
}

/** Retries the test fires itself, with the delays they were asked for. */
function fakeClock() {
  const pending: { retry: () => void; ms: number }[] = [];
  const delays: number[] = [];
  const schedule = (retry: () => void, ms: number) => {
    const entry = { retry, ms };
    pending.push(entry);
    delays.push(ms);
    return () => {
      const at = pending.indexOf(entry);
      if (at >= 0) pending.splice(at, 1);
    };
  };
  const fire = () => pending.splice(0).forEach(({ retry }) => retry());
  return { schedule, delays, fire, pending };
}

/** Each step of a drain is an IndexedDB round trip: wait until the sender has gone quiet. */
async function settled(): Promise<void> {
  for (let i = 0; i < 30; i += 1) await new Promise((done) => setTimeout(done, 1));
}

describe('the call outbox', () => {
  let store: OutboxStore;
  let online: boolean;
  let events: EventTarget;

  beforeEach(async () => {
    store = await OutboxStore.open('outbox-test', new IDBFactory());
    online = true;
    events = new EventTarget();
  });
  afterEach(() => store.close());

  function sender(server: ReturnType<typeof fakeServer>, clock = fakeClock()) {
    return new OutboxSender({
      store,
      send: server.send,
      isOnline: () => online,
      events: events as unknown as Window,
      schedule: clock.schedule,
      now: () => new Date('2026-03-01T19:00:00.000Z'),
    });
  }

  it('sends outcomes oldest first, one at a time, with the keys they were queued with', async () => {
    online = false;
    const server = fakeServer();
    const outbox = sender(server);
    outbox.start();
    for (const n of [1, 2, 3]) await outbox.enqueue(outcome(n));
    expect(outbox.getState().queued).toHaveLength(3);
    expect(server.send).not.toHaveBeenCalled();

    let inFlight = 0;
    let mostInFlight = 0;
    server.send.mockImplementation(async (input) => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((done) => setTimeout(done, 1));
      server.received.push(input);
      inFlight -= 1;
    });
    online = true;
    events.dispatchEvent(new Event('online'));
    await settled();

    expect(server.received.map((input) => input.idempotencyKey)).toEqual([
      'key-1-0000',
      'key-2-0000',
      'key-3-0000',
    ]);
    expect(mostInFlight).toBe(1);
    expect(outbox.getState().queued).toEqual([]);
    expect(await store.queued()).toEqual([]);
    outbox.stop();
  });

  it('keeps outcomes on the device until they are sent, across a new page', async () => {
    online = false;
    const first = sender(fakeServer());
    first.start();
    await first.enqueue(outcome(1, 'BUSY'));
    first.stop();

    online = true;
    const server = fakeServer();
    const second = sender(server);
    second.start();
    await settled();
    expect(server.received).toEqual([outcome(1, 'BUSY').input]);
    second.stop();
  });

  it('moves an outcome the server refuses aside, with its message, and sends the rest', async () => {
    const server = fakeServer();
    server.answers.push(
      refusal('BAD_USER_INPUT', 'callBackAt must be in the future.'),
      undefined,
      refusal('FORBIDDEN', 'This claim is not yours.'),
    );
    online = false;
    const outbox = sender(server);
    outbox.start();
    for (const n of [1, 2, 3]) await outbox.enqueue(outcome(n));
    online = true;
    events.dispatchEvent(new Event('online'));
    await settled();

    expect(server.received.map((input) => input.claimId)).toEqual([
      'claim-1',
      'claim-2',
      'claim-3',
    ]);
    const { queued, unsent, offline } = outbox.getState();
    expect(queued).toEqual([]);
    expect(offline).toBe(false);
    expect(unsent.map(({ memberName, message }) => ({ memberName, message }))).toEqual([
      { memberName: 'Member 1', message: 'callBackAt must be in the future.' },
      { memberName: 'Member 3', message: 'This claim is not yours.' },
    ]);
    expect(unsent[0]?.input.idempotencyKey).toBe('key-1-0000');

    await outbox.dismiss(unsent[0]?.id ?? -1);
    expect(outbox.getState().unsent.map((entry) => entry.memberName)).toEqual(['Member 3']);
    outbox.stop();
  });

  it('keeps an outcome the server could not record while its database was away, and sends it again with the same key', async () => {
    const server = fakeServer();
    const clock = fakeClock();
    const away = refusal('DATABASE_UNAVAILABLE', 'The server cannot reach its database just now.');
    server.answers.push(away, away);
    const outbox = sender(server, clock);
    outbox.start();
    await outbox.enqueue(outcome(1));
    await settled();
    expect(outbox.getState()).toMatchObject({ unsent: [], offline: false });
    expect(outbox.getState().queued).toHaveLength(1);

    clock.fire();
    await settled();
    clock.fire();
    await settled();
    expect(server.received.map((input) => input.idempotencyKey)).toEqual([
      'key-1-0000',
      'key-1-0000',
      'key-1-0000',
    ]);
    expect(outbox.getState()).toMatchObject({ queued: [], unsent: [] });
    outbox.stop();
  });

  it('keeps an outcome whose send failed on the network, and retries 1 s doubling to 30 s', async () => {
    const server = fakeServer();
    const clock = fakeClock();
    const failures = 7;
    for (let i = 0; i < failures; i += 1) server.answers.push(new TypeError('Failed to fetch'));
    const outbox = sender(server, clock);
    outbox.start();
    await outbox.enqueue(outcome(1));
    await settled();
    expect(outbox.getState().offline).toBe(true);
    expect(outbox.getState().queued).toHaveLength(1);

    for (let i = 1; i < failures; i += 1) {
      clock.fire();
      await settled();
    }
    expect(clock.delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(server.received).toHaveLength(failures);

    clock.fire();
    await settled();
    expect(server.received).toHaveLength(failures + 1);
    // Every try carried the same key: the server records the call once, however many arrive.
    expect(new Set(server.received.map((input) => input.idempotencyKey))).toEqual(
      new Set(['key-1-0000']),
    );
    expect(outbox.getState()).toMatchObject({ queued: [], unsent: [], offline: false });
    outbox.stop();
  });

  it('does not try while the device is offline, and sends at once when it comes back', async () => {
    online = false;
    const server = fakeServer();
    const clock = fakeClock();
    const outbox = sender(server, clock);
    outbox.start();
    await outbox.enqueue(outcome(1));
    clock.fire();
    await settled();
    expect(server.send).not.toHaveBeenCalled();
    expect(outbox.getState()).toMatchObject({ offline: true, queued: [expect.anything()] });

    online = true;
    events.dispatchEvent(new Event('online'));
    await settled();
    expect(server.received).toHaveLength(1);
    expect(outbox.getState()).toMatchObject({ offline: false, queued: [] });
    outbox.stop();
  });

  it('retries a server fault without calling the device offline', async () => {
    const server = fakeServer();
    const clock = fakeClock();
    server.answers.push(refusal('INTERNAL_SERVER_ERROR', 'Something went wrong.'));
    const outbox = sender(server, clock);
    outbox.start();
    await outbox.enqueue(outcome(1));
    await settled();
    expect(outbox.getState()).toMatchObject({ offline: false, queued: [expect.anything()] });
    expect(outbox.getState().unsent).toEqual([]);

    clock.fire();
    await settled();
    expect(server.received).toHaveLength(2);
    expect(outbox.getState().queued).toEqual([]);
    outbox.stop();
  });
});
