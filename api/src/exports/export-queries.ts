/**
 * The SELECTs behind the CSV exports (no Nest imports: the export benchmark runs the same
 * statement through COPY directly). Values are inlined as escaped literals because COPY takes
 * no bind parameters; callers pass only validated UUIDs.
 */

export interface ExportScope {
  /** Escaped SQL literals (quote with the driver's escapeLiteral). */
  electionId?: string;
  regionIds?: string[];
}

const regionCondition = (column: string, regionIds: string[] | undefined) =>
  regionIds === undefined
    ? []
    : regionIds.length === 0
      ? ['FALSE']
      : [`${column} IN (${regionIds.map((id) => `${id}::uuid`).join(', ')})`];

/** Members who are not erased: their contact details, region code and opt-out state. */
export function membersExportSelect(scope: ExportScope): string {
  const where = [
    'm.erased_at IS NULL',
    ...(scope.electionId ? [`m.election_id = ${scope.electionId}::uuid`] : []),
    ...regionCondition('m.region_id', scope.regionIds),
  ];
  return `SELECT m.membership_number, m.first_name, m.last_name, m.phone, m.phone_type, m.email,
      m.postcode, r.code AS region, m.do_not_call, m.opted_out_at, m.opt_out_reason
    FROM member m LEFT JOIN region r ON r.id = m.region_id
    WHERE ${where.join(' AND ')}`;
}

/**
 * One row per member with a latest pledge: the ranking as candidate names in order.
 * An erased member's pledge stays as an anonymous row (no number, no name), so totals match.
 */
export function pledgesExportSelect(scope: ExportScope): string {
  const where = [
    'p.is_latest',
    ...(scope.electionId ? [`p.election_id = ${scope.electionId}::uuid`] : []),
    ...regionCondition('p.region_id', scope.regionIds),
  ];
  return `SELECT CASE WHEN m.erased_at IS NULL THEN m.membership_number ELSE '' END AS membership_number,
      m.first_name, m.last_name, r.code AS region, p.status,
      (SELECT string_agg(c.name, '; ' ORDER BY ranked.position)
         FROM unnest(p.ranking) WITH ORDINALITY AS ranked(candidate_id, position)
         JOIN candidate c ON c.id = ranked.candidate_id) AS ranking,
      p.second_preference, sp.name AS second_preference_candidate,
      p.ballot_received, p.voted, p.created_at AS pledged_at
    FROM pledge p
    JOIN member m ON m.id = p.member_id
    LEFT JOIN region r ON r.id = p.region_id
    LEFT JOIN candidate sp ON sp.id = p.second_preference_candidate_id
    WHERE ${where.join(' AND ')}`;
}
