import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AuditAction } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../clock/clock';
import { RETENTION_WARNING_DAYS } from '../elections/retention';
import { JobsService } from '../jobs/jobs.service';
import { eraseMembers, wipeImportErrors } from './member-erasure';

export const RETENTION_QUEUE = 'member-retention';

/** Hourly: an election's period ends at 00:00 UTC, and its members go within the hour. */
const RETENTION_CRON = '7 * * * *';

/** The day members' contact details go, as SQL over an `election` row aliased e. */
const ANONYMISATION_DAY_SQL = '(e.polling_day + e.retention_days)';

/** An election whose members' contact details will be anonymised soon. */
export interface RetentionWarningRow {
  electionId: string;
  electionName: string;
  anonymisedOn: string;
  members: number;
}

/**
 * Storage limitation: once an election's retention period after its polling day has passed,
 * every member of it is anonymised as erasure does (set-wise, one transaction per election),
 * tallies kept, and the audit log records how many and when. Run by a pg-boss job on a
 * schedule, and idempotent: a second run finds nobody left to anonymise and changes nothing.
 */
@Injectable()
export class MemberRetentionService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Retention');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.queue(RETENTION_QUEUE, { retryLimit: 3, expireInSeconds: 60 * 60 });
    await this.jobs.schedule(RETENTION_QUEUE, RETENTION_CRON);
    await this.jobs.work(RETENTION_QUEUE, () => this.anonymiseExpired());
  }

  /** Anonymises the members of every election whose retention period has ended by now. */
  async anonymiseExpired(): Promise<void> {
    const now = this.clock.now();
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT e.id FROM election e
        WHERE e.polling_day IS NOT NULL AND ${ANONYMISATION_DAY_SQL}::timestamp AT TIME ZONE 'UTC' <= $1
          AND EXISTS (SELECT 1 FROM member m WHERE m.election_id = e.id AND m.erased_at IS NULL)`,
      [now],
    );
    for (const { id } of due) await this.anonymiseElection(id, now);
  }

  private async anonymiseElection(electionId: string, now: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Two replicas' runs of the same election wait for each other; the second finds nobody.
      const [election] = await manager.query<
        { polling_day: string; retention_days: number; anonymised_on: string }[]
      >(
        `SELECT e.polling_day::text AS polling_day, e.retention_days,
                ${ANONYMISATION_DAY_SQL}::text AS anonymised_on
           FROM election e WHERE e.id = $1 FOR UPDATE`,
        [electionId],
      );
      if (!election) return;
      const members = await eraseMembers(manager, {
        sql: 'SELECT id FROM member WHERE election_id = $1 AND erased_at IS NULL',
        params: [electionId],
      });
      if (members === 0) return;
      await wipeImportErrors(manager, electionId);
      await manager.query(`UPDATE election SET contact_details_anonymised_at = $2 WHERE id = $1`, [
        electionId,
        now,
      ]);
      await this.audit.record(
        {
          user: null,
          action: AuditAction.ANONYMISE_AFTER_RETENTION,
          subjectType: 'election',
          subjectId: electionId,
          details: {
            members,
            pollingDay: election.polling_day,
            retentionDays: election.retention_days,
            anonymisedOn: election.anonymised_on,
          },
        },
        manager,
      );
      this.logger.log(
        `Anonymised the contact details of ${members} members of election ${electionId}: its retention period ended on ${election.anonymised_on}.`,
      );
    });
  }

  /**
   * Elections whose members are anonymised within RETENTION_WARNING_DAYS, soonest first (one
   * whose day has come stays listed until the hourly job has run).
   */
  async warnings(): Promise<RetentionWarningRow[]> {
    const rows: { id: string; name: string; on: string; members: number }[] =
      await this.dataSource.query(
        `SELECT e.id, e.name, ${ANONYMISATION_DAY_SQL}::text AS on,
                (SELECT count(*)::int FROM member m WHERE m.election_id = e.id AND m.erased_at IS NULL) AS members
           FROM election e
          WHERE e.polling_day IS NOT NULL
            AND ${ANONYMISATION_DAY_SQL} <= ($1::timestamptz AT TIME ZONE 'UTC')::date + $2::int
          ORDER BY 3, e.name`,
        [this.clock.now(), RETENTION_WARNING_DAYS],
      );
    return rows
      .filter((row) => row.members > 0)
      .map((row) => ({
        electionId: row.id,
        electionName: row.name,
        anonymisedOn: row.on,
        members: row.members,
      }));
  }
}
