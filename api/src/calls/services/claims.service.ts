import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CallListStatus, isWithinCallingHours, Role } from '@phonebank/domain';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';

import { assertCanReachRegion } from '../../auth/region-access';
import { CallList } from '../../call-lists/call-list.entity';
import { Clock } from '../../clock/clock';
import { AppException } from '../../common/errors/app.exception';
import { hydrate } from '../../database/hydrate';
import { type PreparedStatement, runPrepared } from '../../database/prepared-statement';
import { Region } from '../../elections/region.entity';
import { Member } from '../../members/member.entity';
import type { User } from '../../users/user.entity';
import { Claim } from '../claim.entity';
import { ClaimConnections } from '../claim-connections';
import {
  LOAD_CLAIM_SQL,
  READ_VOLUNTEER_HOLD,
  SET_CURRENT_CLAIM_SQL,
  TAKE_NEXT_MEMBER,
  TAKE_NEXT_RESERVED_MEMBER,
} from '../claim-statements';

/** A list and the caller's hold on it (READ_VOLUNTEER_HOLD). */
interface ListHoldRow {
  call_list: Record<string, unknown>;
  /** Null when the caller is not on the list; then the rest is null too. */
  on_list: boolean | null;
  current_claim_id: string | null;
  holding: boolean | null;
  has_reserved: boolean | null;
}

interface ListHold {
  list: CallList;
  onList: boolean;
  currentClaimId: string | null;
  holding: boolean;
  hasReserved: boolean;
}

/** A claim, its member and the member's region, as JSON rows for hydrate(). */
interface ClaimRow {
  claim: Record<string, unknown>;
  member: Record<string, unknown>;
  region: Record<string, unknown> | null;
}

/** TAKE_NEXT_MEMBER's row: no claim when nobody was due or the hold had changed. */
interface TakenRow {
  hold_unchanged: boolean;
  claim: Record<string, unknown> | null;
  member: Record<string, unknown> | null;
  region: Record<string, unknown> | null;
}

/** Reads of the hold a claim makes, at most, when the volunteer's other claims keep changing it. */
const MOST_HOLD_READS = 5;

interface HeldEntry {
  entry_id: string;
  entry_claim_id: string | null;
  state: string;
}

/**
 * Claims: a volunteer takes the next member due on a list, keeps them while the call screen
 * is open (renew), or hands them back (release). Only the holder touches a claim.
 */
@Injectable()
export class ClaimsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly claimConnections: ClaimConnections,
    private readonly clock: Clock,
  ) {}

  /**
   * The list and the caller's hold on it, in one query. NOT_FOUND without the list;
   * FORBIDDEN for a coordinator outside its region. A volunteer not on the list comes back
   * with `onList` false.
   */
  private async listHold(user: User, callListId: string, now: Date): Promise<ListHold> {
    const [row] = isUUID(callListId)
      ? await runPrepared<ListHoldRow>(this.claimConnections.pool, READ_VOLUNTEER_HOLD, [
          callListId,
          user.id,
          now,
        ])
      : [];
    if (!row) throw AppException.notFound('Call list', callListId);
    const list = this.entity(CallList, row.call_list);
    if (user.role !== Role.VOLUNTEER) assertCanReachRegion(user, list.regionId);
    return {
      list,
      onList: row.on_list === true,
      currentClaimId: row.current_claim_id,
      holding: row.holding === true,
      hasReserved: row.has_reserved === true,
    };
  }

  /**
   * The caller's place on the list: a volunteer must have been added; a coordinator of the
   * region or an admin joins the list by claiming from it.
   */
  private async place(user: User, callListId: string, now: Date): Promise<ListHold> {
    const hold = await this.listHold(user, callListId, now);
    if (hold.onList) return hold;
    if (user.role === Role.VOLUNTEER)
      throw AppException.forbidden('You were not added to this call list.');
    await this.dataSource.query(
      `INSERT INTO call_list_volunteer (call_list_id, user_id, added_by_id) VALUES ($1, $2, $2)
       ON CONFLICT (call_list_id, user_id) DO NOTHING`,
      [hold.list.id, user.id],
    );
    return this.listHold(user, callListId, now);
  }

  /**
   * The next member for the caller, or the one they already hold on this list; null when
   * nobody is due now, the list is not active, or it is outside the list's calling hours.
   * Two statements, no transaction around them, on claims' own connections: read the
   * caller's hold, then take a member in one statement that locks the caller's place and
   * checks the hold is as read (TAKE_NEXT_MEMBER). Should another claim of theirs have
   * changed it in between, read again.
   */
  async claimNext(
    user: User,
    callListId: string,
    finishedClaimId: string | null = null,
  ): Promise<Claim | null> {
    for (let read = 1; read <= MOST_HOLD_READS; read += 1) {
      const now = this.clock.now();
      const hold = await this.place(user, callListId, now);
      const { list } = hold;
      // The member just called no longer counts as held by the volunteer, but stays leased
      // until the call's outcome arrives (it may still be in the phone's outbox).
      const finished = finishedClaimId !== null && hold.currentClaimId === finishedClaimId;
      if (hold.holding && !finished)
        return hold.currentClaimId ? this.load(hold.currentClaimId) : null;
      const hours = { from: list.callingFrom, to: list.callingTo, timeZone: list.timeZone };
      if (list.status !== CallListStatus.ACTIVE || !isWithinCallingHours(now, hours)) return null;
      const leaseEnds = new Date(now.getTime() + list.leaseMinutes * 60_000);
      const take = (statement: PreparedStatement, current: string | null) =>
        runPrepared<TakenRow>(this.claimConnections.pool, statement, [
          list.id,
          now,
          user.id,
          randomUUID(),
          leaseEnds,
          current,
        ]).then(([row]) => row);
      let taken = hold.hasReserved
        ? await take(TAKE_NEXT_RESERVED_MEMBER, hold.currentClaimId)
        : null;
      // Nobody reserved was due: that statement cleared the current claim.
      if (taken?.hold_unchanged && !taken.claim) taken = await take(TAKE_NEXT_MEMBER, null);
      if (!taken) taken = await take(TAKE_NEXT_MEMBER, hold.currentClaimId);
      if (!taken.hold_unchanged) continue;
      return taken.claim ? this.hydrateClaim(taken as ClaimRow, list) : null;
    }
    throw AppException.conflict(
      'callListId',
      'Your other claims on this list kept changing what you hold; claim again.',
    );
  }

  /** The member the caller holds on this list now, if any (after a reload, say). */
  async current(user: User, callListId: string): Promise<Claim | null> {
    const hold = await this.listHold(user, callListId, this.clock.now());
    if (!hold.onList && user.role === Role.VOLUNTEER)
      throw AppException.forbidden('You were not added to this call list.');
    return hold.holding && hold.currentClaimId ? this.load(hold.currentClaimId) : null;
  }

  /** A claim with its member (and their region) and its list, in one query. */
  async load(id: string): Promise<Claim | null> {
    const [row] = await this.dataSource.query<
      (ClaimRow & { call_list: Record<string, unknown> })[]
    >(LOAD_CLAIM_SQL, [id]);
    if (!row) return null;
    return this.hydrateClaim(row, this.entity(CallList, row.call_list));
  }

  private entity<T>(target: new () => T, values: Record<string, unknown>): T {
    return hydrate<T>(this.dataSource.getMetadata(target), values);
  }

  private hydrateClaim(row: ClaimRow, list: CallList): Claim {
    const claim = this.entity(Claim, row.claim);
    const member = this.entity(Member, row.member);
    member.region = row.region ? this.entity(Region, row.region) : null;
    claim.member = member;
    claim.callList = list;
    return claim;
  }

  /** Locks the claim's queue entry, after checking the caller holds the claim. */
  private async lockHeld(
    manager: EntityManager,
    user: User,
    claimId: string,
  ): Promise<{ claim: Claim; entry: HeldEntry }> {
    const claim = isUUID(claimId)
      ? await manager.getRepository(Claim).findOne({ where: { id: claimId } })
      : null;
    if (!claim) throw AppException.notFound('Claim', claimId);
    if (claim.volunteerId !== user.id) throw AppException.forbidden('This claim is not yours.');
    const [entry] = await manager.query<HeldEntry[]>(
      `SELECT e.id AS entry_id, e.claim_id AS entry_claim_id, e.state
         FROM call_queue_entry e WHERE e.id = $1 FOR UPDATE`,
      [claim.queueEntryId],
    );
    return { claim, entry };
  }

  /**
   * Keeps the member for another lease from now. Refused with CONFLICT when the claim was
   * released or recorded, or the lease ran out and another volunteer has the member now.
   */
  async renew(user: User, claimId: string): Promise<Claim> {
    await this.dataSource.transaction(async (manager) => {
      const { claim, entry } = await this.lockHeld(manager, user, claimId);
      if (claim.releasedAt !== null)
        throw AppException.conflict('claimId', 'This member was already skipped or recorded.');
      if (entry.entry_claim_id !== claim.id || entry.state !== 'WAITING')
        throw AppException.conflict(
          'claimId',
          'Your hold on this member ran out and they were taken from the queue; claim the next one.',
        );
      const list = await manager
        .getRepository(CallList)
        .findOneOrFail({ where: { id: claim.callListId } });
      const leaseEnds = new Date(this.clock.now().getTime() + list.leaseMinutes * 60_000);
      await manager.query(
        `UPDATE call_queue_entry SET lease_expires_at = $2, next_attempt_at = $2, claimed_by_id = $3 WHERE id = $1`,
        [entry.entry_id, leaseEnds, user.id],
      );
      await manager.query('UPDATE claim SET lease_expires_at = $2 WHERE id = $1', [
        claim.id,
        leaseEnds,
      ]);
      await manager.query(SET_CURRENT_CLAIM_SQL, [claim.callListId, user.id, claim.id]);
    });
    return (await this.load(claimId)) as Claim;
  }

  /** Skip: the member goes back to the queue at once, behind the others due now. */
  async release(user: User, claimId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const { claim, entry } = await this.lockHeld(manager, user, claimId);
      if (claim.releasedAt !== null) return false;
      const now = this.clock.now();
      if (entry.entry_claim_id === claim.id && entry.state === 'WAITING')
        await manager.query(
          `UPDATE call_queue_entry SET claimed_by_id = NULL, lease_expires_at = NULL, next_attempt_at = $2 WHERE id = $1`,
          [entry.entry_id, now],
        );
      await manager.query('UPDATE claim SET released_at = $2 WHERE id = $1', [claim.id, now]);
      await manager.query(
        `UPDATE call_list_volunteer SET current_claim_id = NULL
          WHERE call_list_id = $1 AND user_id = $2 AND current_claim_id = $3`,
        [claim.callListId, user.id, claim.id],
      );
      return true;
    });
  }
}
