import { type BadgeTone } from '../../../design-system';
import { type CallListQuery, type CallListStatus } from '../../../gql/graphql';

export const CALL_LIST_STATUS_LABELS: Readonly<Record<CallListStatus, string>> = {
  ACTIVE: 'Active',
  PAUSED: 'Paused',
  ARCHIVED: 'Archived',
};

export const CALL_LIST_STATUS_TONES: Readonly<Record<CallListStatus, BadgeTone>> = {
  ACTIVE: 'success',
  PAUSED: 'warning',
  ARCHIVED: 'neutral',
};

export type CallListProgress = Omit<CallListQuery['callList']['progress'], '__typename'>;
export type ProgressPart = keyof CallListProgress;

/** The states a member of a list can be in, in the order the progress chart stacks them. */
export const PROGRESS_PARTS: readonly { key: ProgressPart; label: string; meaning: string }[] = [
  { key: 'waiting', label: 'Waiting', meaning: 'Due now and free to claim' },
  { key: 'held', label: 'Held', meaning: 'Held by a volunteer now' },
  { key: 'dueLater', label: 'Due later', meaning: 'Retries and call-backs not due yet' },
  { key: 'done', label: 'Done', meaning: 'Reached, refused, wrong number or do-not-call' },
  { key: 'exhausted', label: 'Exhausted', meaning: 'Tried the most times without an answer' },
  { key: 'withdrawn', label: 'Withdrawn', meaning: 'Opted out or erased since the list was made' },
];

export const REFETCH_CALL_LIST = {
  refetchQueries: ['CallList'],
  awaitRefetchQueries: true,
};

export const count = new Intl.NumberFormat('en-GB');

/** "1 member", "1,204 members". */
export function members(n: number): string {
  return `${count.format(n)} ${n === 1 ? 'member' : 'members'}`;
}

/** Members finished with: reached or given up on. */
export function finished(progress: Pick<CallListProgress, 'done' | 'exhausted'>): number {
  return progress.done + progress.exhausted;
}

/** Often enough that a coordinator watching a calling evening sees it move. */
export const CALL_LIST_POLL_MS = 5000;
