export enum Role {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  VOLUNTEER = 'VOLUNTEER',
}

export enum CountingRule {
  SCOTTISH = 'SCOTTISH',
  MEEK = 'MEEK',
  ERS97 = 'ERS97',
}

export enum Disposition {
  ANSWERED = 'ANSWERED',
  NO_ANSWER = 'NO_ANSWER',
  VOICEMAIL = 'VOICEMAIL',
  BUSY = 'BUSY',
  WRONG_NUMBER = 'WRONG_NUMBER',
  CALL_BACK = 'CALL_BACK',
  REFUSED = 'REFUSED',
  DO_NOT_CALL = 'DO_NOT_CALL',
}

export enum PledgeStatus {
  PLEDGED = 'PLEDGED',
  LEANING = 'LEANING',
  UNDECIDED = 'UNDECIDED',
  AGAINST = 'AGAINST',
  NOT_VOTING = 'NOT_VOTING',
}

export enum SecondPreferenceAnswer {
  NOT_ASKED = 'NOT_ASKED',
  AGREED = 'AGREED',
  DECLINED = 'DECLINED',
  UNSURE = 'UNSURE',
}

export enum ImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/** A projection run: queued, counting, done or failed (the job queue runs it). */
export enum ProjectionRunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/** A call list's life: volunteers claim only from an ACTIVE list. */
export enum CallListStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  ARCHIVED = 'ARCHIVED',
}

/** Where a member stands in one call list's queue. */
export enum CallQueueState {
  /** To be called: now, or at `nextAttemptAt`. */
  WAITING = 'WAITING',
  /** Reached, refused, wrong number or asked not to be called: nothing more to do. */
  DONE = 'DONE',
  /** Tried the list's maximum number of times without an answer. */
  EXHAUSTED = 'EXHAUSTED',
  /** Opted out or erased: never offered again. */
  WITHDRAWN = 'WITHDRAWN',
}
