import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CallQueueState, Disposition, type FieldProblem, nextQueueStep } from '@phonebank/domain';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditAction } from '../../audit/audit-action';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../clock/clock';
import { AppException, assertValid } from '../../common/errors/app.exception';
import { markDoNotCall } from '../../members/do-not-call';
import { Member } from '../../members/member.entity';
import { PledgeRecorder } from '../../pledges/pledge-recorder';
import type { User } from '../../users/user.entity';
import { CallRecord } from '../call-record.entity';
import { Claim } from '../claim.entity';
import type { RecordCallOutcomeInput } from '../dtos/record-call-outcome.input';

/** How far ahead a call-back may be booked. */
const MAX_CALL_BACK_DAYS = 60;

interface QueueEntryRow {
  id: string;
  state: CallQueueState;
  attempts: number;
  claim_id: string | null;
  lease_expires_at: Date | null;
}

/** A replay raced the first recording of its key: answer with the first record. */
class ReplayedKey extends Error {}

/**
 * Recording a call: the call record, the member's pledge and the member's next place in
 * the queue, in one transaction. Idempotent on the client's key; accepted even after the
 * lease ran out (the call happened, and is never lost).
 */
@Injectable()
export class CallOutcomesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly pledges: PledgeRecorder,
    private readonly audit: AuditService,
  ) {}

  async record(user: User, input: RecordCallOutcomeInput): Promise<CallRecord> {
    const earlier = await this.byKey(this.dataSource.manager, user, input.idempotencyKey);
    if (earlier) return earlier;
    try {
      return await this.dataSource.transaction((manager) => this.recordOnce(manager, user, input));
    } catch (error) {
      if (!(error instanceof ReplayedKey)) throw error;
      return (await this.byKey(this.dataSource.manager, user, input.idempotencyKey)) as CallRecord;
    }
  }

  private async byKey(manager: EntityManager, user: User, key: string): Promise<CallRecord | null> {
    const record = await manager
      .getRepository(CallRecord)
      .findOne({ where: { idempotencyKey: key } });
    if (record && record.volunteerId !== user.id)
      throw AppException.conflict(
        'idempotencyKey',
        'idempotencyKey was already used for another call: make a new one.',
      );
    return record;
  }

  private checkInput(input: RecordCallOutcomeInput, now: Date): void {
    const problems: FieldProblem[] = [];
    if (input.pledge && input.disposition !== Disposition.ANSWERED)
      problems.push({
        field: 'pledge',
        message: `pledge: a pledge goes only with an ANSWERED call, not ${input.disposition}.`,
      });
    if (input.disposition === Disposition.CALL_BACK) {
      if (!input.callBackAt)
        problems.push({
          field: 'callBackAt',
          message: 'callBackAt: say when the member asked to be called back.',
        });
      else if (input.callBackAt.getTime() <= now.getTime())
        problems.push({ field: 'callBackAt', message: 'callBackAt must be in the future.' });
      else if (input.callBackAt.getTime() > now.getTime() + MAX_CALL_BACK_DAYS * 86_400_000)
        problems.push({
          field: 'callBackAt',
          message: `callBackAt must be within ${MAX_CALL_BACK_DAYS} days.`,
        });
    } else if (input.callBackAt) {
      problems.push({
        field: 'callBackAt',
        message: 'callBackAt goes only with a CALL_BACK outcome.',
      });
    }
    assertValid(problems);
  }

  private async recordOnce(
    manager: EntityManager,
    user: User,
    input: RecordCallOutcomeInput,
  ): Promise<CallRecord> {
    const now = this.clock.now();
    this.checkInput(input, now);
    const claim = await manager
      .getRepository(Claim)
      .findOne({ where: { id: input.claimId }, relations: { callList: true } });
    if (!claim) throw AppException.notFound('Claim', input.claimId);
    if (claim.volunteerId !== user.id) throw AppException.forbidden('This claim is not yours.');
    const list = claim.callList;
    const needsMember = input.pledge || input.disposition === Disposition.DO_NOT_CALL;
    const member = needsMember
      ? await manager.getRepository(Member).findOneOrFail({ where: { id: claim.memberId } })
      : null;
    const subject = member && {
      memberId: member.id,
      electionId: member.electionId,
      regionId: member.regionId,
    };
    if (input.pledge && subject) await this.pledges.check(manager, subject, input.pledge);

    const [entry] = await manager.query<QueueEntryRow[]>(
      `SELECT id, state, attempts, claim_id, lease_expires_at FROM call_queue_entry WHERE id = $1 FOR UPDATE`,
      [claim.queueEntryId],
    );
    const step = nextQueueStep(
      { attempts: entry.attempts },
      { disposition: input.disposition, callBackAt: input.callBackAt },
      { maxAttempts: list.maxAttempts, retryDelays: list.retryDelays },
      now,
    );
    // A second recording of the claim under another key breaks call_record_claim_id_unique,
    // which the error filter turns into CONFLICT on claimId.
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO call_record (idempotency_key, claim_id, call_list_id, member_id, volunteer_id,
                                disposition, notes, call_back_at, attempt, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING id`,
      [
        input.idempotencyKey,
        claim.id,
        claim.callListId,
        claim.memberId,
        user.id,
        input.disposition,
        input.notes?.trim() || null,
        input.callBackAt ?? null,
        step.attempts,
        now,
      ],
    );
    if (inserted.length === 0) throw new ReplayedKey();

    await this.advanceQueue(manager, entry, claim, step, input.disposition, now);
    await manager.query('UPDATE claim SET released_at = COALESCE(released_at, $2) WHERE id = $1', [
      claim.id,
      now,
    ]);
    await manager.query(
      `UPDATE call_list_volunteer SET current_claim_id = NULL
        WHERE call_list_id = $1 AND user_id = $2 AND current_claim_id = $3`,
      [claim.callListId, user.id, claim.id],
    );
    if (member && input.disposition === Disposition.DO_NOT_CALL) {
      await markDoNotCall(manager, member.id, 'Asked on a call not to be called again.', now);
      await this.audit.record(
        {
          user,
          action: AuditAction.OPT_OUT_MEMBER,
          subjectType: 'member',
          subjectId: member.id,
          regionId: member.regionId,
          details: { alreadyOptedOut: member.doNotCall, onCall: true },
        },
        manager,
      );
    }
    if (input.pledge && subject)
      await this.pledges.record(manager, subject, input.pledge, user.id, now);
    return Object.assign(new CallRecord(), {
      id: inserted[0].id,
      idempotencyKey: input.idempotencyKey,
      claimId: claim.id,
      callListId: claim.callListId,
      memberId: claim.memberId,
      volunteerId: user.id,
      disposition: input.disposition,
      notes: input.notes?.trim() || null,
      callBackAt: input.callBackAt ?? null,
      attempt: step.attempts,
      createdAt: now,
    });
  }

  /**
   * Moves the member on in the queue. A member withdrawn or finished meanwhile stays so.
   * If the lease ran out and another volunteer holds the member now, their hold is kept and
   * the next attempt waits at least until it ends.
   */
  private async advanceQueue(
    manager: EntityManager,
    entry: QueueEntryRow,
    claim: Claim,
    step: ReturnType<typeof nextQueueStep>,
    disposition: Disposition,
    now: Date,
  ): Promise<void> {
    if (entry.state !== CallQueueState.WAITING) {
      await manager.query(
        'UPDATE call_queue_entry SET attempts = $2, last_disposition = $3, last_attempt_at = $4 WHERE id = $1',
        [entry.id, step.attempts, disposition, now],
      );
      return;
    }
    const heldByAnother =
      entry.claim_id !== claim.id &&
      entry.lease_expires_at !== null &&
      entry.lease_expires_at > now;
    await manager.query(
      `UPDATE call_queue_entry
          SET state = $2, attempts = $3, priority = $4, last_disposition = $5, last_attempt_at = $6,
              next_attempt_at = CASE WHEN $8 THEN greatest(COALESCE($7, next_attempt_at), next_attempt_at)
                                     ELSE COALESCE($7, next_attempt_at) END,
              claimed_by_id = CASE WHEN $8 THEN claimed_by_id END,
              lease_expires_at = CASE WHEN $8 THEN lease_expires_at END
        WHERE id = $1`,
      [
        entry.id,
        step.state,
        step.attempts,
        step.priority,
        disposition,
        now,
        step.nextAttemptAt,
        heldByAnother,
      ],
    );
  }
}
