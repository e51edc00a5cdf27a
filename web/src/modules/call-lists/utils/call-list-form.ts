import { type FieldProblem } from '@phonebank/domain';

import { type PlaceField } from '../../../apollo/errors';
import { type CallListFilterInput, type PledgeStatus } from '../../../gql/graphql';

export interface FilterDraft {
  pledgeStatuses: readonly PledgeStatus[];
  unpledged: boolean;
  neverCalled: boolean;
  /** As a date input gives it (YYYY-MM-DD), or empty. */
  notCalledSince: string;
  mobileOnly: boolean;
  tags: readonly string[];
}

export const EMPTY_FILTER: FilterDraft = {
  pledgeStatuses: [],
  unpledged: false,
  neverCalled: false,
  notCalledSince: '',
  mobileOnly: false,
  tags: [],
};

/** The filter as the API takes it: only what was chosen, so an empty draft means everyone. */
export function filterInput(draft: FilterDraft): CallListFilterInput {
  const input: CallListFilterInput = {};
  if (draft.pledgeStatuses.length > 0) input.pledgeStatuses = [...draft.pledgeStatuses];
  if (draft.unpledged) input.unpledged = true;
  if (draft.neverCalled) input.neverCalled = true;
  if (draft.notCalledSince) {
    // Midnight at the start of the chosen day, in the coordinator's own time zone.
    const since = new Date(`${draft.notCalledSince}T00:00:00`);
    if (!Number.isNaN(since.getTime())) input.notCalledSince = since.toISOString();
  }
  if (draft.mobileOnly) input.mobileOnly = true;
  if (draft.tags.length > 0) input.tags = [...draft.tags];
  return input;
}

export function checkRegion(regionId: string): FieldProblem[] {
  return regionId ? [] : [{ field: 'regionId', message: 'Choose the region the list calls.' }];
}

const FORM_FIELDS = new Set([
  'name',
  'regionId',
  'callingHours.from',
  'callingHours.to',
  'maxAttempts',
  'leaseMinutes',
  'retryDelays.noAnswerMinutes',
  'retryDelays.busyMinutes',
  'retryDelays.voicemailMinutes',
  'filter.pledgeStatuses',
  'filter.notCalledSince',
  'filter.tags',
]);

// The shared rules name retry delays by disposition; the input names them by minutes.
const RETRY_FIELDS: Readonly<Record<string, string>> = {
  'retryDelays.NO_ANSWER': 'retryDelays.noAnswerMinutes',
  'retryDelays.BUSY': 'retryDelays.busyMinutes',
  'retryDelays.VOICEMAIL': 'retryDelays.voicemailMinutes',
};

/** The API names fields by path, e.g. `callingHours.to` or `filter.tags[2]`; the form shows them so. */
export const placeCallListField: PlaceField = (field) => {
  const path = field.replace(/\[\d+\]$/, '').replace(/^input\./, '');
  if (path === 'callingHours.timeZone') return 'callingHours.to';
  const retry = RETRY_FIELDS[path];
  if (retry) return retry;
  return FORM_FIELDS.has(path) ? path : undefined;
};
