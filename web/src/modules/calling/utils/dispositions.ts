import { type Disposition } from '../../../gql/graphql';

export interface DispositionChoice {
  value: Disposition;
  label: string;
  /** The digit that records it from the keyboard. */
  key: string;
}

/** The outcomes a volunteer records, in the order of their keyboard shortcuts 1–8. */
export const DISPOSITIONS: readonly DispositionChoice[] = [
  { value: 'ANSWERED', label: 'Answered', key: '1' },
  { value: 'NO_ANSWER', label: 'No answer', key: '2' },
  { value: 'VOICEMAIL', label: 'Voicemail', key: '3' },
  { value: 'BUSY', label: 'Busy', key: '4' },
  { value: 'WRONG_NUMBER', label: 'Wrong number', key: '5' },
  { value: 'CALL_BACK', label: 'Call back', key: '6' },
  { value: 'REFUSED', label: 'Refused', key: '7' },
  { value: 'DO_NOT_CALL', label: 'Do not call', key: '8' },
];

export const SKIP_KEY = 'n';

/** The local time of day a list takes calls, e.g. "Calls are taken from 10:00 to 21:00". */
export function callingHoursSentence(hours: {
  from: string;
  to: string;
  timeZone: string;
}): string {
  const zone = hours.timeZone === 'Europe/London' ? 'UK time' : hours.timeZone;
  return `Calls are taken from ${hours.from} to ${hours.to} (${zone}).`;
}
