import {
  DEFAULT_CALLING_HOURS,
  PHONE_TYPE_LABELS,
  PLEDGE_STATUS_LABELS,
  SECOND_PREFERENCE_ANSWER_LABELS,
} from '@phonebank/domain';

import {
  type CsvColumn,
  csvSelectList,
  label,
  localTime,
  phone,
  text,
  yesNo,
} from '../common/csv/csv-select';

/**
 * The SELECTs behind the CSV exports (no Nest imports: the export benchmark runs the same
 * statement through COPY directly). Values are inlined as escaped literals because COPY takes
 * no bind parameters; callers pass only validated UUIDs and time zones. Every column is a
 * spreadsheet-safe cell (../common/csv/csv-select.ts).
 */

export interface ExportScope {
  /** Escaped SQL literals (quote with the driver's escapeLiteral). */
  electionId?: string;
  regionIds?: string[];
  /** The zone times are shown in, as an escaped literal; Europe/London when not given. */
  timeZone?: string;
}

/**
 * What a coordinator reads times in unless they ask for another zone: the zone a call list
 * gets when none is set (an election has no zone of its own, and an export spans lists).
 */
export const DEFAULT_EXPORT_TIME_ZONE = DEFAULT_CALLING_HOURS.timeZone;

const regionCondition = (column: string, regionIds: string[] | undefined) =>
  regionIds === undefined
    ? []
    : regionIds.length === 0
      ? ['FALSE']
      : [`${column} IN (${regionIds.map((id) => `${id}::uuid`).join(', ')})`];

const contextOf = (scope: ExportScope) => ({
  timeZoneLiteral: scope.timeZone ?? `'${DEFAULT_EXPORT_TIME_ZONE}'`,
});

const MEMBER_COLUMNS: readonly CsvColumn[] = [
  { header: 'Membership number', cell: text('m.membership_number') },
  { header: 'First name', cell: text('m.first_name') },
  { header: 'Last name', cell: text('m.last_name') },
  { header: 'Phone', cell: phone('m.phone') },
  { header: 'Phone type', cell: label('m.phone_type', PHONE_TYPE_LABELS) },
  { header: 'Email', cell: text('m.email') },
  { header: 'Postcode', cell: text('m.postcode') },
  { header: 'Region', cell: text('r.name') },
  { header: 'Do not call', cell: yesNo('m.do_not_call') },
  { header: 'Opted out at', cell: localTime('m.opted_out_at') },
  { header: 'Opt-out reason', cell: text('m.opt_out_reason') },
  { header: 'Pledge', cell: label('p.status', PLEDGE_STATUS_LABELS) },
  { header: 'First preference', cell: text('first.name') },
];

const membersWhere = (scope: ExportScope) =>
  [
    'm.erased_at IS NULL',
    ...(scope.electionId ? [`m.election_id = ${scope.electionId}::uuid`] : []),
    ...regionCondition('m.region_id', scope.regionIds),
  ].join(' AND ');

/**
 * The members export's row count without its joins: each joins at most one row (a member's
 * one latest pledge, its candidate, the region), but PostgreSQL cannot prove it of the pledge
 * and would join a million rows only to count them.
 */
export function membersExportCount(scope: ExportScope): string {
  return `SELECT count(*)::int AS rows FROM member m WHERE ${membersWhere(scope)}`;
}

/** Members who are not erased: contact details, region, opt-out, and their latest pledge. */
export function membersExportSelect(scope: ExportScope): string {
  return `SELECT ${csvSelectList(MEMBER_COLUMNS, contextOf(scope))}
    FROM member m
    LEFT JOIN region r ON r.id = m.region_id
    LEFT JOIN pledge p ON p.member_id = m.id AND p.is_latest
    LEFT JOIN candidate first ON first.id = p.ranking[1]
    WHERE ${membersWhere(scope)}`;
}

/** An erased member's pledge stays as an anonymous row (no number, name or phone). */
const unlessErased = (column: string) => `CASE WHEN m.erased_at IS NULL THEN ${column} END`;

const PLEDGE_COLUMNS: readonly CsvColumn[] = [
  { header: 'Membership number', cell: text('person.membership_number') },
  { header: 'First name', cell: text('m.first_name') },
  { header: 'Last name', cell: text('m.last_name') },
  { header: 'Phone', cell: phone('person.phone') },
  { header: 'Region', cell: text('r.name') },
  { header: 'Pledge', cell: label('p.status', PLEDGE_STATUS_LABELS) },
  { header: 'Ranking', cell: text('ranked.names') },
  {
    header: 'Second preference',
    cell: label('p.second_preference', SECOND_PREFERENCE_ANSWER_LABELS),
  },
  { header: 'Second preference candidate', cell: text('sp.name') },
  { header: 'Ballot received', cell: yesNo('p.ballot_received') },
  { header: 'Voted', cell: yesNo('p.voted') },
  // A pledge is recorded with the call it was given on: its volunteer and its moment.
  { header: 'Called by', cell: text('caller.name') },
  { header: 'Called at', cell: localTime('p.created_at') },
];

const pledgesWhere = (scope: ExportScope) =>
  [
    'p.is_latest',
    ...(scope.electionId ? [`p.election_id = ${scope.electionId}::uuid`] : []),
    ...regionCondition('p.region_id', scope.regionIds),
  ].join(' AND ');

/** The pledges export's row count: each latest pledge is one row (its member is one). */
export function pledgesExportCount(scope: ExportScope): string {
  return `SELECT count(*)::int AS rows FROM pledge p WHERE ${pledgesWhere(scope)}`;
}

/** One row per member with a latest pledge: the ranking as candidate names in order. */
export function pledgesExportSelect(scope: ExportScope): string {
  return `SELECT ${csvSelectList(PLEDGE_COLUMNS, contextOf(scope))}
    FROM pledge p
    JOIN member m ON m.id = p.member_id
    CROSS JOIN LATERAL (SELECT ${unlessErased('m.membership_number')} AS membership_number,
      ${unlessErased('m.phone')} AS phone) person
    LEFT JOIN LATERAL (SELECT string_agg(c.name, '; ' ORDER BY ranking.position) AS names
         FROM unnest(p.ranking) WITH ORDINALITY AS ranking(candidate_id, position)
         JOIN candidate c ON c.id = ranking.candidate_id) ranked ON true
    LEFT JOIN region r ON r.id = p.region_id
    LEFT JOIN candidate sp ON sp.id = p.second_preference_candidate_id
    LEFT JOIN "user" caller ON caller.id = p.recorded_by_id
    WHERE ${pledgesWhere(scope)}`;
}
