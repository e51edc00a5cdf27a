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
