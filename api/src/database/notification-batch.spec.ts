import { NotificationBatch } from './notification-batch';

describe('a batch of notifications', () => {
  let sent: [string, string][][];
  let finishSending: (() => void)[];
  const batch = (intervalMs = 100) =>
    new NotificationBatch((channels, ids) => {
      sent.push(channels.map((channel, i) => [channel, ids[i]]));
      return new Promise((done) => finishSending.push(done));
    }, intervalMs);
  /** Ends the oldest sending under way, and lets what waits on it run. */
  const sendingDone = async () => {
    finishSending.shift()?.();
    for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
  };

  beforeEach(() => {
    jest.useFakeTimers();
    sent = [];
    finishSending = [];
  });
  afterEach(() => jest.useRealTimers());

  /** Moves the clock and timers on together (fake timers fake Date.now too). */
  const advance = (ms: number) => jest.advanceTimersByTime(ms);

  it('sends the first notification at once, each channel and id once', () => {
    const notifications = batch();
    notifications.add('list', 'a');
    notifications.add('list', 'a');
    notifications.add('region', 'r');
    notifications.add('list', 'b');
    expect(sent).toEqual([]);
    advance(0);
    expect(sent).toEqual([
      [
        ['list', 'a'],
        ['list', 'b'],
        ['region', 'r'],
      ],
    ]);
  });

  it('sends a burst as one notification per interval, the last change among them', async () => {
    const notifications = batch();
    notifications.add('list', 'a');
    advance(0);
    await sendingDone();
    for (let ms = 0; ms < 250; ms += 10) {
      notifications.add('list', 'a');
      advance(10);
      await sendingDone();
    }
    // At 0 ms, then at 100 and 200 ms; the adds after 200 ms go at 300 ms.
    expect(sent).toHaveLength(3);
    advance(50);
    expect(sent).toHaveLength(4);
    expect(sent.at(-1)).toEqual([['list', 'a']]);
  });

  it('never sends two at once: what comes during a sending goes in the next', async () => {
    const notifications = batch();
    notifications.add('list', 'a');
    advance(0);
    notifications.add('list', 'b');
    advance(500);
    expect(sent).toHaveLength(1);
    await sendingDone();
    advance(0);
    expect(sent).toEqual([[['list', 'a']], [['list', 'b']]]);
  });

  it('sends what is pending at once when flushed, and resolves once it is sent', async () => {
    const notifications = batch();
    notifications.add('list', 'a');
    advance(0);
    notifications.add('list', 'b');
    let flushed = false;
    const flushing = notifications.flush().then(() => (flushed = true));
    await sendingDone();
    expect(sent).toEqual([[['list', 'a']], [['list', 'b']]]);
    expect(flushed).toBe(false);
    await sendingDone();
    await flushing;
    expect(flushed).toBe(true);
  });
});
