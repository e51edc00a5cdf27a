import type { PledgeStatus } from '@phonebank/domain';

/** Which members of a list's region it takes in. Every condition left out matches everyone. */
export interface CallListFilter {
  /** Members whose latest pledge has one of these statuses… */
  pledgeStatuses?: PledgeStatus[];
  /** …or, when true, members with no pledge yet. */
  unpledged?: boolean;
  /** Members with no call record at all. */
  neverCalled?: boolean;
  /** Members not called since this moment (ISO 8601). */
  notCalledSince?: string;
  /** Members whose number is a mobile (for lists that also send texts). */
  mobileOnly?: boolean;
  /** Members with at least one of these tags. */
  tags?: string[];
}

/** Phone types libphonenumber reports that reach a mobile. */
const MOBILE_TYPES = ['MOBILE', 'FIXED_LINE_OR_MOBILE'];

/**
 * The members of `regionId` a list with `filter` takes in, as an SQL condition on `m`,
 * with its parameters numbered from `firstParameter`. One builder serves the live count
 * the coordinator sees while editing and the statement that fills the queue, so the two
 * never disagree. Members who cannot be called (opted out, erased, no phone) never match.
 */
export function callableMembersCondition(
  regionId: string,
  filter: CallListFilter,
  firstParameter = 1,
): { sql: string; parameters: unknown[] } {
  const parameters: unknown[] = [];
  const parameter = (value: unknown) => {
    parameters.push(value);
    return `$${firstParameter + parameters.length - 1}`;
  };
  const conditions = [
    `m.region_id = ${parameter(regionId)}`,
    'NOT m.do_not_call',
    'm.erased_at IS NULL',
    'm.phone IS NOT NULL',
  ];
  const statuses = filter.pledgeStatuses ?? [];
  if (statuses.length > 0 || filter.unpledged) {
    const branches: string[] = [];
    if (statuses.length > 0)
      branches.push(
        `EXISTS (SELECT 1 FROM pledge p WHERE p.member_id = m.id AND p.is_latest AND p.status = ANY(${parameter(statuses)}::pledge_status[]))`,
      );
    if (filter.unpledged)
      branches.push('NOT EXISTS (SELECT 1 FROM pledge p WHERE p.member_id = m.id AND p.is_latest)');
    conditions.push(`(${branches.join(' OR ')})`);
  }
  if (filter.neverCalled)
    conditions.push('NOT EXISTS (SELECT 1 FROM call_record c WHERE c.member_id = m.id)');
  else if (filter.notCalledSince)
    conditions.push(
      `NOT EXISTS (SELECT 1 FROM call_record c WHERE c.member_id = m.id AND c.created_at >= ${parameter(filter.notCalledSince)}::timestamptz)`,
    );
  if (filter.mobileOnly) conditions.push(`m.phone_type = ANY(${parameter(MOBILE_TYPES)}::text[])`);
  if (filter.tags && filter.tags.length > 0)
    conditions.push(`m.tags && ${parameter(filter.tags)}::text[]`);
  return { sql: conditions.join(' AND '), parameters };
}
