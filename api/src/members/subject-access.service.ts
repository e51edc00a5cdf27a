import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditAction } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import type { User } from '../users/user.entity';
import { memberIdentifiersPattern } from './personal-data-pattern';

/** Everything Phonebank holds about one member, as the subject access export writes it. */
export interface SubjectAccessReport {
  exportedAt: string;
  member: Record<string, unknown>;
  contact: { firstCalledAt: string | null; firstReachedAt: string | null };
  calls: Record<string, unknown>[];
  pledges: Record<string, unknown>[];
  callQueues: Record<string, unknown>[];
  imports: Record<string, unknown>[];
  auditEntries: Record<string, unknown>[];
}

/** One query per part of the report; each returns rows already shaped by `json_build_object`. */
const PARTS = {
  member: `SELECT json_build_object(
      'id', m.id, 'membershipNumber', m.membership_number, 'firstName', m.first_name,
      'lastName', m.last_name, 'phone', m.phone, 'phoneType', m.phone_type, 'email', m.email,
      'postcode', m.postcode, 'tags', m.tags, 'election', e.name,
      'region', CASE WHEN r.id IS NULL THEN NULL ELSE r.code || ' ' || r.name END,
      'doNotCall', m.do_not_call, 'optedOutAt', m.opted_out_at, 'optOutReason', m.opt_out_reason,
      'erasedAt', m.erased_at, 'createdAt', m.created_at, 'updatedAt', m.updated_at) AS part
    FROM member m JOIN election e ON e.id = m.election_id LEFT JOIN region r ON r.id = m.region_id
    WHERE m.id = $1`,
  contact: `SELECT json_build_object('firstCalledAt', first_called_at, 'firstReachedAt', first_reached_at) AS part
    FROM member_contact WHERE member_id = $1`,
  calls: `SELECT json_build_object(
      'at', c.created_at, 'callList', l.name, 'volunteer', u.name, 'disposition', c.disposition,
      'attempt', c.attempt, 'callBackAt', c.call_back_at, 'notes', c.notes,
      'scriptAnswers', (SELECT coalesce(json_agg(json_build_object(
           'step', a.key, 'question', s.step->>'text', 'answer', a.value) ORDER BY a.key), '[]'::json)
         FROM jsonb_each(coalesce(c.answers, '{}'::jsonb)) a
         LEFT JOIN LATERAL (SELECT step FROM jsonb_array_elements(v.steps) step
                             WHERE step->>'key' = a.key LIMIT 1) s ON true)) AS part
    FROM call_record c
    JOIN call_list l ON l.id = c.call_list_id
    LEFT JOIN "user" u ON u.id = c.volunteer_id
    LEFT JOIN call_script_version v ON v.id = c.script_version_id
    WHERE c.member_id = $1 ORDER BY c.created_at, c.id`,
  pledges: `SELECT json_build_object(
      'at', p.created_at, 'status', p.status, 'latest', p.is_latest,
      'ranking', (SELECT coalesce(json_agg(coalesce(k.name, 'a candidate since deleted') ORDER BY r.position), '[]'::json)
                    FROM unnest(p.ranking) WITH ORDINALITY AS r(candidate_id, position)
                    LEFT JOIN candidate k ON k.id = r.candidate_id),
      'secondPreference', p.second_preference, 'secondPreferenceCandidate', sc.name,
      'ballotReceived', p.ballot_received, 'voted', p.voted, 'recordedBy', u.name) AS part
    FROM pledge p
    LEFT JOIN candidate sc ON sc.id = p.second_preference_candidate_id
    LEFT JOIN "user" u ON u.id = p.recorded_by_id
    WHERE p.member_id = $1 ORDER BY p.created_at, p.id`,
  callQueues: `SELECT json_build_object(
      'callList', l.name, 'state', q.state, 'attempts', q.attempts,
      'lastDisposition', q.last_disposition, 'lastAttemptAt', q.last_attempt_at,
      'nextAttemptAt', q.next_attempt_at) AS part
    FROM call_queue_entry q JOIN call_list l ON l.id = q.call_list_id
    WHERE q.member_id = $1 ORDER BY l.name, q.id`,
  auditEntries: `SELECT json_build_object(
      'at', a.at, 'action', a.action, 'by', u.name, 'byRole', u.role, 'details', a.details) AS part
    FROM audit_log a LEFT JOIN "user" u ON u.id = a.user_id
    WHERE a.subject_type = 'member' AND a.subject_id = $1::text ORDER BY a.id`,
} as const;

/**
 * Imports that touched the member: those running when their record was created or last
 * changed (an import's one transaction stamps the rows it writes with its start time, within
 * the import's run), and those whose rejected rows name them (found by the same pattern as
 * erasure uses), with the rows as they were.
 */
const IMPORTS = `SELECT json_build_object(
    'fileName', i.file_name, 'uploadedAt', i.created_at, 'finishedAt', i.finished_at,
    'createdThisRecord', m.created_at BETWEEN i.started_at AND i.finished_at,
    'lastChangedThisRecord', m.updated_at BETWEEN i.started_at AND i.finished_at,
    'rejectedRows', (SELECT coalesce(json_agg(json_build_object('line', x.line, 'reason', x.message, 'row', x.raw) ORDER BY x.line), '[]'::json)
                       FROM member_import_error x
                      WHERE x.import_id = i.id AND $2::text IS NOT NULL AND (x.raw ~* $2 OR x.message ~* $2))) AS part
  FROM member_import i JOIN member m ON m.id = $1 AND m.election_id = i.election_id
  WHERE (m.created_at BETWEEN i.started_at AND i.finished_at)
     OR (m.updated_at BETWEEN i.started_at AND i.finished_at)
     OR ($2::text IS NOT NULL AND EXISTS (SELECT 1 FROM member_import_error x
           WHERE x.import_id = i.id AND (x.raw ~* $2 OR x.message ~* $2)))
  ORDER BY i.created_at, i.id`;

/** UK GDPR subject access: everything held about a member, in one file; every export audited. */
@Injectable()
export class SubjectAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async report(user: User, memberId: string): Promise<SubjectAccessReport> {
    if (!isUUID(memberId)) throw AppException.notFound('Member', memberId);
    // One snapshot, and the audit entry commits with the reading it records.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [member] = await parts(manager, PARTS.member, [memberId]);
      if (!member) throw AppException.notFound('Member', memberId);
      const identifiers = {
        membershipNumber: member.erasedAt ? '' : String(member.membershipNumber),
        firstName: String(member.firstName),
        lastName: String(member.lastName),
        phone: (member.phone as string | null) ?? null,
        email: (member.email as string | null) ?? null,
      };
      const [contact] = await parts(manager, PARTS.contact, [memberId]);
      const report: SubjectAccessReport = {
        exportedAt: new Date().toISOString(),
        member,
        contact: {
          firstCalledAt: (contact?.firstCalledAt as string | undefined) ?? null,
          firstReachedAt: (contact?.firstReachedAt as string | undefined) ?? null,
        },
        calls: await parts(manager, PARTS.calls, [memberId]),
        pledges: await parts(manager, PARTS.pledges, [memberId]),
        callQueues: await parts(manager, PARTS.callQueues, [memberId]),
        imports: await parts(manager, IMPORTS, [memberId, memberIdentifiersPattern(identifiers)]),
        auditEntries: await parts(manager, PARTS.auditEntries, [memberId]),
      };
      await this.audit.record(
        {
          user,
          action: AuditAction.EXPORT_SUBJECT_ACCESS,
          subjectType: 'member',
          subjectId: memberId,
          regionId: null,
          details: { calls: report.calls.length, pledges: report.pledges.length },
        },
        manager,
      );
      return report;
    });
  }
}

async function parts(
  manager: EntityManager,
  sql: string,
  params: unknown[],
): Promise<Record<string, unknown>[]> {
  const rows: { part: Record<string, unknown> }[] = await manager.query(sql, params);
  return rows.map((row) => row.part);
}
