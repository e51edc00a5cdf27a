import {
  checkCallingHours,
  DEFAULT_CALLING_HOURS,
  DEFAULT_RETRY_DELAY_MINUTES,
  isWithinCallingHours,
  nextQueueStep,
  QueuePriority,
} from './call-queue';
import { CallQueueState, Disposition } from './enums';

const rules = { maxAttempts: 3, retryDelays: DEFAULT_RETRY_DELAY_MINUTES };
const now = new Date('2026-11-30T12:00:00Z');
const hoursLater = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

describe('calling hours', () => {
  it('opens at 10:00 London time and closes at 21:00, winter and summer', () => {
    expect(isWithinCallingHours(new Date('2026-11-30T09:59:00Z'), DEFAULT_CALLING_HOURS)).toBe(
      false,
    );
    expect(isWithinCallingHours(new Date('2026-11-30T10:00:00Z'), DEFAULT_CALLING_HOURS)).toBe(
      true,
    );
    expect(isWithinCallingHours(new Date('2026-11-30T20:59:00Z'), DEFAULT_CALLING_HOURS)).toBe(
      true,
    );
    expect(isWithinCallingHours(new Date('2026-11-30T21:00:00Z'), DEFAULT_CALLING_HOURS)).toBe(
      false,
    );
    // British Summer Time: 10:00 in London is 09:00 UTC.
    expect(isWithinCallingHours(new Date('2026-07-01T09:00:00Z'), DEFAULT_CALLING_HOURS)).toBe(
      true,
    );
    expect(isWithinCallingHours(new Date('2026-07-01T20:00:00Z'), DEFAULT_CALLING_HOURS)).toBe(
      false,
    );
  });

  it('names each field that is wrong', () => {
    expect(checkCallingHours({ from: '9am', to: '21:00', timeZone: 'Europe/London' })).toEqual([
      expect.objectContaining({ field: 'callingHours.from' }),
    ]);
    expect(checkCallingHours({ from: '18:00', to: '10:00', timeZone: 'Mars/Olympus' })).toEqual([
      expect.objectContaining({ field: 'callingHours.to' }),
      expect.objectContaining({ field: 'callingHours.timeZone' }),
    ]);
    expect(checkCallingHours(DEFAULT_CALLING_HOURS)).toEqual([]);
  });
});

describe('the next step after an outcome', () => {
  it.each([
    Disposition.ANSWERED,
    Disposition.WRONG_NUMBER,
    Disposition.REFUSED,
    Disposition.DO_NOT_CALL,
  ])('%s ends the member’s place in the list', (disposition) => {
    expect(nextQueueStep({ attempts: 0 }, { disposition }, rules, now)).toMatchObject({
      state: CallQueueState.DONE,
      attempts: 1,
      nextAttemptAt: null,
    });
  });

  it.each([
    [Disposition.NO_ANSWER, 4],
    [Disposition.BUSY, 4],
    [Disposition.VOICEMAIL, 24],
  ])('%s brings the member back %i hours later as a retry', (disposition, hours) => {
    expect(nextQueueStep({ attempts: 0 }, { disposition }, rules, now)).toEqual({
      state: CallQueueState.WAITING,
      attempts: 1,
      priority: QueuePriority.RETRY,
      nextAttemptAt: hoursLater(hours),
    });
  });

  it('uses the list’s own delays', () => {
    const step = nextQueueStep(
      { attempts: 0 },
      { disposition: Disposition.BUSY },
      { maxAttempts: 3, retryDelays: { ...DEFAULT_RETRY_DELAY_MINUTES, BUSY: 30 } },
      now,
    );
    expect(step.nextAttemptAt).toEqual(new Date(now.getTime() + 30 * 60_000));
  });

  it('gives up after the maximum number of unanswered attempts', () => {
    expect(
      nextQueueStep({ attempts: 1 }, { disposition: Disposition.NO_ANSWER }, rules, now).state,
    ).toBe(CallQueueState.WAITING);
    expect(
      nextQueueStep({ attempts: 2 }, { disposition: Disposition.NO_ANSWER }, rules, now),
    ).toMatchObject({
      state: CallQueueState.EXHAUSTED,
      attempts: 3,
    });
  });

  it('brings a call-back at the time the member asked for, first in line, even past the maximum', () => {
    const callBackAt = hoursLater(30);
    expect(
      nextQueueStep(
        { attempts: 5 },
        { disposition: Disposition.CALL_BACK, callBackAt },
        rules,
        now,
      ),
    ).toEqual({
      state: CallQueueState.WAITING,
      attempts: 6,
      priority: QueuePriority.CALL_BACK,
      nextAttemptAt: callBackAt,
    });
  });
});
