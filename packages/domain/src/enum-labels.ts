import { PledgeStatus, SecondPreferenceAnswer } from './enums';

// The words people read for the enums' values: the same in the API's CSV exports as on the
// screens, kept here, beside the enums, so both sides can use one copy.

export const PLEDGE_STATUS_LABELS: Readonly<Record<PledgeStatus, string>> = {
  [PledgeStatus.PLEDGED]: 'Pledged',
  [PledgeStatus.LEANING]: 'Leaning',
  [PledgeStatus.UNDECIDED]: 'Undecided',
  [PledgeStatus.AGAINST]: 'Against',
  [PledgeStatus.NOT_VOTING]: 'Not voting',
};

export const SECOND_PREFERENCE_ANSWER_LABELS: Readonly<Record<SecondPreferenceAnswer, string>> = {
  [SecondPreferenceAnswer.NOT_ASKED]: 'Not asked',
  [SecondPreferenceAnswer.AGREED]: 'Agreed',
  [SecondPreferenceAnswer.DECLINED]: 'Declined',
  [SecondPreferenceAnswer.UNSURE]: 'Unsure',
};

/** libphonenumber's number types, as the import stores them on a member. */
export const PHONE_TYPE_LABELS: Readonly<Record<string, string>> = {
  MOBILE: 'Mobile',
  FIXED_LINE: 'Landline',
  FIXED_LINE_OR_MOBILE: 'Landline or mobile',
  VOIP: 'Internet phone',
  PERSONAL_NUMBER: 'Personal number',
  TOLL_FREE: 'Freephone',
  PREMIUM_RATE: 'Premium rate',
  SHARED_COST: 'Shared cost',
  UAN: 'Non-geographic',
  PAGER: 'Pager',
  VOICEMAIL: 'Voicemail',
  UNKNOWN: 'Unknown',
};
