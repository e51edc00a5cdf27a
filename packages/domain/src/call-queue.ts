// The call queue's rules, shared so the coordinator's screens describe exactly what the
// API does: when a list may be called, and what each outcome does to a member's place.

import type { FieldProblem } from './election-rules';
import { CallQueueState, Disposition } from './enums';

export interface CallingHours {
  /** Local time of day, "HH:MM", inclusive. */
  from: string;
  /** Local time of day, "HH:MM", exclusive. */
  to: string;
  /** IANA time zone, e.g. Europe/London. */
  timeZone: string;
}

export const DEFAULT_CALLING_HOURS: CallingHours = {
  from: '10:00',
  to: '21:00',
  timeZone: 'Europe/London',
};

export const DEFAULT_MAX_ATTEMPTS = 3;
export const MAX_ATTEMPTS_LIMIT = 20;
export const DEFAULT_LEASE_MINUTES = 10;

/** Outcomes after which the member is tried again later (unless attempts run out). */
export type RetryDisposition = Disposition.NO_ANSWER | Disposition.BUSY | Disposition.VOICEMAIL;

export const RETRY_DISPOSITIONS: readonly RetryDisposition[] = [
  Disposition.NO_ANSWER,
  Disposition.BUSY,
  Disposition.VOICEMAIL,
];

export type RetryDelays = Record<RetryDisposition, number>;

/** Minutes until the next attempt, per outcome. */
export const DEFAULT_RETRY_DELAY_MINUTES: RetryDelays = {
  [Disposition.NO_ANSWER]: 4 * 60,
  [Disposition.BUSY]: 4 * 60,
  [Disposition.VOICEMAIL]: 24 * 60,
};

/** The longest retry delay a list may set: four weeks. */
export const MAX_RETRY_DELAY_MINUTES = 28 * 24 * 60;

/**
 * The order members are offered in: call-backs that are due first, then members never
 * tried, then retries; oldest first within each.
 */
export enum QueuePriority {
  CALL_BACK = 0,
  FRESH = 1,
  RETRY = 2,
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOfDay(time: string): number {
  const match = TIME_OF_DAY.exec(time);
  if (!match) return Number.NaN;
  return Number(match[1]) * 60 + Number(match[2]);
}

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function checkCallingHours(hours: CallingHours): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ['from', 'to'] as const) {
    if (!TIME_OF_DAY.test(hours[field]))
      problems.push({
        field: `callingHours.${field}`,
        message: `callingHours.${field} must be a time of day as HH:MM (e.g. 10:00); got '${hours[field]}'.`,
      });
  }
  if (problems.length === 0 && minutesOfDay(hours.from) >= minutesOfDay(hours.to))
    problems.push({
      field: 'callingHours.to',
      message: `callingHours.to (${hours.to}) must be later than callingHours.from (${hours.from}).`,
    });
  if (!isTimeZone(hours.timeZone))
    problems.push({
      field: 'callingHours.timeZone',
      message: `callingHours.timeZone '${hours.timeZone}' is not a time zone (e.g. Europe/London).`,
    });
  return problems;
}

export function checkMaxAttempts(maxAttempts: number): FieldProblem[] {
  if (Number.isInteger(maxAttempts) && maxAttempts >= 1 && maxAttempts <= MAX_ATTEMPTS_LIMIT)
    return [];
  return [
    {
      field: 'maxAttempts',
      message: `maxAttempts must be a whole number from 1 to ${MAX_ATTEMPTS_LIMIT}; got ${maxAttempts}.`,
    },
  ];
}

export function checkRetryDelays(delays: Partial<RetryDelays>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const disposition of RETRY_DISPOSITIONS) {
    const minutes = delays[disposition];
    if (minutes === undefined) continue;
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_RETRY_DELAY_MINUTES)
      problems.push({
        field: `retryDelays.${disposition}`,
        message: `The retry delay after ${disposition} must be 1 to ${MAX_RETRY_DELAY_MINUTES} minutes; got ${minutes}.`,
      });
  }
  return problems;
}

/** Clock formats by time zone: making one costs more than a claim's own work, so each is kept. */
const clockFormats = new Map<string, Intl.DateTimeFormat>();

function clockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clockFormats.set(timeZone, format);
  }
  return format;
}

/** Minutes since local midnight of `at` in `timeZone`. */
function localMinutes(at: Date, timeZone: string): number {
  const parts = clockFormat(timeZone).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return part('hour') * 60 + part('minute');
}

/** Whether members may be called at `at`: from `from` (inclusive) to `to` (exclusive), local time. */
export function isWithinCallingHours(at: Date, hours: CallingHours): boolean {
  const now = localMinutes(at, hours.timeZone);
  return now >= minutesOfDay(hours.from) && now < minutesOfDay(hours.to);
}

export interface QueuePosition {
  attempts: number;
}

export interface Outcome {
  disposition: Disposition;
  /** When the member asked to be called back (CALL_BACK only). */
  callBackAt?: Date | null;
}

export interface QueueRules {
  maxAttempts: number;
  retryDelays: RetryDelays;
}

export interface NextQueueStep {
  state: CallQueueState;
  attempts: number;
  priority: QueuePriority;
  /** When the member is next due; null once nothing more is to be done. */
  nextAttemptAt: Date | null;
}

const DONE_DISPOSITIONS = new Set<Disposition>([
  Disposition.ANSWERED,
  Disposition.WRONG_NUMBER,
  Disposition.REFUSED,
  Disposition.DO_NOT_CALL,
]);

/**
 * What an outcome does to the member's place in the queue. A conversation, a refusal, a
 * wrong number or a "do not call" ends it; a call-back comes back at the time the member
 * asked for (and never runs out: they asked); an unanswered call comes back after the
 * list's delay for that outcome, until the list's maximum number of attempts is reached.
 */
export function nextQueueStep(
  position: QueuePosition,
  outcome: Outcome,
  rules: QueueRules,
  now: Date,
): NextQueueStep {
  const attempts = position.attempts + 1;
  const { disposition } = outcome;
  if (DONE_DISPOSITIONS.has(disposition))
    return {
      state: CallQueueState.DONE,
      attempts,
      priority: QueuePriority.RETRY,
      nextAttemptAt: null,
    };
  if (disposition === Disposition.CALL_BACK) {
    const at =
      outcome.callBackAt ??
      new Date(now.getTime() + DEFAULT_RETRY_DELAY_MINUTES.NO_ANSWER * 60_000);
    return {
      state: CallQueueState.WAITING,
      attempts,
      priority: QueuePriority.CALL_BACK,
      nextAttemptAt: at,
    };
  }
  if (attempts >= rules.maxAttempts)
    return {
      state: CallQueueState.EXHAUSTED,
      attempts,
      priority: QueuePriority.RETRY,
      nextAttemptAt: null,
    };
  const delayMinutes = rules.retryDelays[disposition as RetryDisposition];
  return {
    state: CallQueueState.WAITING,
    attempts,
    priority: QueuePriority.RETRY,
    nextAttemptAt: new Date(now.getTime() + delayMinutes * 60_000),
  };
}
