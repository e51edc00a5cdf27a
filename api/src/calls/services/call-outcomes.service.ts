import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Disposition,
  type FieldProblem,
  nextQueueStep,
  type RetryDelays,
  Role,
} from '@phonebank/domain';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditAction } from '../../audit/audit-action';
import { AuditService } from '../../audit/audit.service';
import { assertCanReachRegion } from '../../auth/region-access';
import { Clock } from '../../clock/clock';
import { AppException, assertValid } from '../../common/errors/app.exception';
import { CoalescedNotifier } from '../../database/coalesced-notifier.service';
import { hydrate } from '../../database/hydrate';
import { runPrepared } from '../../database/prepared-statement';
import { CALL_LIST_ACTIVITY_CHANNEL, REGION_ACTIVITY_CHANNEL } from '../../live/live.constants';
import { markDoNotCall } from '../../members/do-not-call';
import { Member } from '../../members/member.entity';
import { PledgeRecorder } from '../../pledges/pledge-recorder';
import type { User } from '../../users/user.entity';
import { CallRecord } from '../call-record.entity';
import {
  READ_CLAIM_FOR_RECORDING,
  READ_LIST_PLACE_FOR_RECORDING_SQL,
  RECORD_CALL,
  RESTORE_LOST_CLAIM_SQL,
} from '../claim-statements';
import type { RecordCallOutcomeInput } from '../dtos/record-call-outcome.input';

/** How far ahead a call-back may be booked. */
const MAX_CALL_BACK_DAYS = 60;

/** READ_CLAIM_FOR_RECORDING's row: the claim's columns are null when there is no claim. */
interface ClaimForRecordingRow {
  earlier: Record<string, unknown> | null;
  /** False when the input names a script version that does not exist. */
  script_version_found: boolean;
  id: string | null;
  volunteer_id: string | null;
  member_id: string;
  call_list_id: string;
  list_region_id: string;
  max_attempts: number;
  retry_delays: RetryDelays;
  entry_id: string;
  attempts: number;
}

/** A claim that exists, or the one put back in its place (lostClaim). */
type HeldClaim = ClaimForRecordingRow & { id: string; lost: boolean };

/** READ_LIST_PLACE_FOR_RECORDING_SQL's row: the entry's columns are null off the list. */
interface ListPlaceRow {
  call_list_id: string;
  list_region_id: string;
  max_attempts: number;
  retry_delays: RetryDelays;
  entry_id: string | null;
  member_id: string | null;
  attempts: number | null;
  on_list: boolean;
}

/** RECORD_CALL's row. */
interface RecordedRow {
  entry_unchanged: boolean;
  id: string | null;
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
    private readonly notifier: CoalescedNotifier,
  ) {}

  /**
   * Records the call: read the claim (answering a replay of the key with the call it
   * recorded), then write the call and move the member on in one statement, which writes
   * only if no other call of the member landed in between (else read again). A pledge or
   * an opt-out is written in one transaction with it.
   */
  async record(user: User, input: RecordCallOutcomeInput): Promise<CallRecord> {
    try {
      // Each read again follows the recording of another claim's call on the member's entry
      // (only RECORD_CALL changes its attempts), and each claim is recorded once: this ends.
      // Refusing instead would lose a call that happened, as the phone's outbox gives up on
      // a refusal.
      for (;;) {
        const recorded = await this.recordOnce(user, input);
        if (recorded) return recorded;
      }
    } catch (error) {
      if (!(error instanceof ReplayedKey)) throw error;
      // The first recording of this key committed while this one waited on the lock.
      const first = await this.dataSource
        .getRepository(CallRecord)
        .findOne({ where: { idempotencyKey: input.idempotencyKey } });
      if (!first) throw error;
      return this.mine(user, first);
    }
  }

  /** The call recorded under a key before, if the caller recorded it. */
  private mine(user: User, record: CallRecord): CallRecord {
    if (record.volunteerId !== user.id)
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

  /** The call recorded, or null when another call of the member landed after the read. */
  private async recordOnce(user: User, input: RecordCallOutcomeInput): Promise<CallRecord | null> {
    const now = this.clock.now();
    const [claim] = await runPrepared<ClaimForRecordingRow>(
      this.dataSource.manager,
      READ_CLAIM_FOR_RECORDING,
      [input.claimId, input.idempotencyKey, input.scriptVersionId ?? null],
    );
    if (claim.earlier)
      return this.mine(
        user,
        hydrate<CallRecord>(this.dataSource.getMetadata(CallRecord), claim.earlier),
      );
    this.checkInput(input, now);
    const held: HeldClaim = claim.id
      ? { ...claim, id: claim.id, lost: false }
      : await this.lostClaim(user, input, claim);
    return this.write(user, input, held, now);
  }

  /**
   * A claim commits without waiting for the disk (TAKE_NEXT_MEMBER), so a database crash
   * can lose one that the phone already has. Its call is recorded all the same, against the
   * member and list the phone names, if the caller was added to that list (and, above a
   * volunteer, may act in its region) and the member is on it: the claim is put back as a
   * hold that ended at once, and the call recorded as a late outcome.
   */
  private async lostClaim(
    user: User,
    input: RecordCallOutcomeInput,
    read: ClaimForRecordingRow,
  ): Promise<HeldClaim> {
    if (!input.memberId || !input.callListId) throw AppException.notFound('Claim', input.claimId);
    const [place] = await this.dataSource.query<ListPlaceRow[]>(READ_LIST_PLACE_FOR_RECORDING_SQL, [
      input.callListId,
      input.memberId,
      user.id,
    ]);
    if (!place) throw AppException.notFound('Call list', input.callListId);
    if (user.role !== Role.VOLUNTEER) assertCanReachRegion(user, place.list_region_id);
    if (!place.on_list) throw AppException.forbidden('You were not added to this call list.');
    if (place.entry_id === null || place.member_id === null || place.attempts === null)
      throw AppException.notFound('Member', input.memberId);
    return {
      ...read,
      ...place,
      entry_id: place.entry_id,
      member_id: place.member_id,
      attempts: place.attempts,
      id: input.claimId,
      volunteer_id: user.id,
      lost: true,
    };
  }

  private async write(
    user: User,
    input: RecordCallOutcomeInput,
    claim: HeldClaim,
    now: Date,
  ): Promise<CallRecord | null> {
    if (claim.volunteer_id !== user.id) throw AppException.forbidden('This claim is not yours.');
    const needsMember = input.pledge || input.disposition === Disposition.DO_NOT_CALL;
    const member = needsMember
      ? await this.dataSource
          .getRepository(Member)
          .findOneOrFail({ where: { id: claim.member_id } })
      : null;
    const subject = member && {
      memberId: member.id,
      electionId: member.electionId,
      regionId: member.regionId,
    };
    if (input.pledge && subject)
      await this.pledges.check(this.dataSource.manager, subject, input.pledge);

    const step = nextQueueStep(
      { attempts: claim.attempts },
      { disposition: input.disposition, callBackAt: input.callBackAt },
      { maxAttempts: claim.max_attempts, retryDelays: claim.retry_delays },
      now,
    );
    const notes = input.notes?.trim() || null;
    const answers = input.answers?.length
      ? JSON.stringify(
          Object.fromEntries(
            input.answers.map(({ key, values }) => [key, values.length === 1 ? values[0] : values]),
          ),
        )
      : null;
    if (!claim.script_version_found)
      throw AppException.badInput('scriptVersionId', 'scriptVersionId names no script version.');

    const write = async (manager: EntityManager): Promise<CallRecord | null> => {
      if (claim.lost)
        await manager.query(RESTORE_LOST_CLAIM_SQL, [
          claim.id,
          claim.call_list_id,
          claim.entry_id,
          claim.member_id,
          user.id,
          now,
        ]);
      // A second recording of the claim under another key breaks call_record_claim_id_unique,
      // which the error filter turns into CONFLICT on claimId.
      const [written] = await runPrepared<RecordedRow>(manager, RECORD_CALL, [
        input.idempotencyKey,
        claim.id,
        claim.call_list_id,
        claim.member_id,
        user.id,
        input.disposition,
        notes,
        input.callBackAt ?? null,
        step.attempts,
        now,
        claim.entry_id,
        step.state,
        step.priority,
        step.nextAttemptAt,
        claim.attempts,
        input.scriptVersionId ?? null,
        answers,
      ]);
      if (!written.entry_unchanged) return null;
      if (!written.id) throw new ReplayedKey();
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
        id: written.id,
        idempotencyKey: input.idempotencyKey,
        claimId: claim.id,
        callListId: claim.call_list_id,
        memberId: claim.member_id,
        volunteerId: user.id,
        disposition: input.disposition,
        notes,
        callBackAt: input.callBackAt ?? null,
        attempt: step.attempts,
        createdAt: now,
      });
    };
    // Only a pledge, an opt-out or a lost claim writes more than the one statement.
    const recorded =
      needsMember || claim.lost
        ? await this.dataSource.transaction(write)
        : await write(this.dataSource.manager);
    if (recorded) {
      // Committed: the list's and the region's watchers count again.
      this.notifier.notify(CALL_LIST_ACTIVITY_CHANNEL, claim.call_list_id);
      this.notifier.notify(REGION_ACTIVITY_CHANNEL, claim.list_region_id);
      if (input.pledge && subject?.regionId)
        this.notifier.notify(REGION_ACTIVITY_CHANNEL, subject.regionId);
    }
    return recorded;
  }
}
