import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { PledgeStatus, Role } from '@phonebank/domain';
import { isUUID } from 'class-validator';
import { DataSource, In, Repository } from 'typeorm';

import { AuditAction } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import { assertCanReachRegion, regionScope } from '../auth/region-access';
import { AppException } from '../common/errors/app.exception';
import { Region } from '../elections/region.entity';
import { Pledge } from '../pledges/pledge.entity';
import type { User } from '../users/user.entity';
import { markDoNotCall } from './do-not-call';
import type { MembersArgs } from './dtos/member.inputs';
import { Member } from './member.entity';
import { eraseMembers, redactMentions } from './member-erasure';
import type { MemberPage, MemberPledge, MemberSummary } from './member.models';
import { escapeLike, maskPhone, phoneSearchPrefix, postcodeSearchPrefix } from './member-search';

/** What an erased member is called wherever a list shows them. */
export const ERASED_MEMBER_NAME = 'Erased member';

/** Whether the member `m` has at least one call record, as an SQL condition. */
export const MEMBER_CALLED_SQL = 'EXISTS (SELECT 1 FROM call_record c WHERE c.member_id = m.id)';

/** Another member of the same election has `m`'s phone number (uses member_election_phone_index). */
const SHARED_PHONE_SQL = `(m.phone IS NOT NULL AND EXISTS (SELECT 1 FROM member o WHERE o.election_id = m.election_id AND o.phone = m.phone AND o.id <> m.id))`;

const REGION_RELATIONS = { candidates: { slate: true } } as const;

interface SummaryRow {
  id: string;
  membership_number: string;
  first_name: string;
  last_name: string;
  region_id: string | null;
  postcode: string | null;
  phone: string | null;
  do_not_call: boolean;
  erased: boolean;
  shared_phone: boolean;
  pledge_status: PledgeStatus | null;
  called: boolean;
}

/** Hides what erasure removed, for every way a member is shown. */
function presentErased(member: Member): Member {
  if (member.erasedAt !== null) {
    member.firstName = ERASED_MEMBER_NAME;
    member.lastName = '';
    member.membershipNumber = '';
  }
  return member;
}

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Member) private readonly members: Repository<Member>,
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    @InjectRepository(Pledge) private readonly pledges: Repository<Pledge>,
    private readonly audit: AuditService,
  ) {}

  /** The members list: scoped to the caller's regions, filtered, searched, one page at a time. */
  async list(user: User, args: MembersArgs): Promise<MemberPage> {
    const filter = args.filter ?? {};
    const offset = args.offset ?? 0;
    const limit = args.limit ?? 50;
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    const scope = regionScope(user);
    if (filter.regionId) {
      assertCanReachRegion(user, filter.regionId);
      where.push(`m.region_id = ${param(filter.regionId)}`);
    } else if (!scope.all) {
      where.push(`m.region_id = ANY(${param(scope.regionIds)}::uuid[])`);
    }
    if (filter.electionId) where.push(`m.election_id = ${param(filter.electionId)}`);
    if (filter.optedOut !== undefined && filter.optedOut !== null)
      where.push(filter.optedOut ? 'm.do_not_call' : 'NOT m.do_not_call');
    if (filter.called !== undefined && filter.called !== null)
      where.push(filter.called ? MEMBER_CALLED_SQL : `NOT ${MEMBER_CALLED_SQL}`);
    if (filter.pledgeStatus)
      where.push(
        `EXISTS (SELECT 1 FROM pledge p WHERE p.member_id = m.id AND p.is_latest AND p.status = ${param(filter.pledgeStatus)}::pledge_status)`,
      );
    const search = filter.search?.trim();
    if (search) {
      const text = escapeLike(search);
      const branches = [
        `(m.first_name || ' ' || m.last_name) ILIKE ${param(`%${text}%`)}`,
        `m.membership_number LIKE ${param(`${text}%`)}`,
      ];
      const phone = phoneSearchPrefix(search);
      if (phone) branches.push(`m.phone LIKE ${param(`${phone}%`)}`);
      const postcode = postcodeSearchPrefix(search);
      if (postcode)
        branches.push(`replace(upper(m.postcode), ' ', '') LIKE ${param(`${postcode}%`)}`);
      where.push(`(${branches.join(' OR ')})`);
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';

    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM member m ${whereSql}`,
      params,
    );
    const countParams = params.length;
    const rows = await this.dataSource.query<SummaryRow[]>(
      `SELECT m.id, m.membership_number, m.first_name, m.last_name, m.region_id, m.postcode, m.phone,
              m.do_not_call, m.erased_at IS NOT NULL AS erased, ${SHARED_PHONE_SQL} AS shared_phone,
              lp.status AS pledge_status, ${MEMBER_CALLED_SQL} AS called
         FROM member m
         LEFT JOIN pledge lp ON lp.member_id = m.id AND lp.is_latest
         ${whereSql}
        ORDER BY m.last_name, m.first_name, m.membership_number, m.id
        OFFSET $${countParams + 1} LIMIT $${countParams + 2}`,
      [...params, offset, limit],
    );
    const regions = await this.regionsById(rows.map((row) => row.region_id));
    const items = rows.map((row): MemberSummary => ({
      id: row.id,
      membershipNumber: row.erased ? '' : row.membership_number,
      firstName: row.erased ? ERASED_MEMBER_NAME : row.first_name,
      lastName: row.erased ? '' : row.last_name,
      region: row.region_id ? (regions.get(row.region_id) ?? null) : null,
      postcode: row.erased ? null : row.postcode,
      maskedPhone: row.erased ? null : maskPhone(row.phone),
      doNotCall: row.do_not_call,
      erased: row.erased,
      sharedPhone: row.shared_phone,
      pledgeStatus: row.pledge_status,
      called: row.called,
    }));
    return { items, total, offset, limit };
  }

  private async regionsById(ids: (string | null)[]): Promise<Map<string, Region>> {
    const distinct = [...new Set(ids.filter((id): id is string => id !== null))];
    if (distinct.length === 0) return new Map();
    const regions = await this.regions.find({
      where: { id: In(distinct) },
      relations: REGION_RELATIONS,
    });
    return new Map(regions.map((region) => [region.id, region]));
  }

  private async load(id: string): Promise<Member | null> {
    if (!isUUID(id)) return null;
    return this.members.findOne({ where: { id }, relations: { region: REGION_RELATIONS } });
  }

  private static assertCanReach(user: User, member: Pick<Member, 'regionId'>): void {
    if (user.role === Role.ADMIN) return;
    if (member.regionId === null) throw AppException.forbidden('You do not cover this region.');
    assertCanReachRegion(user, member.regionId);
  }

  /** A member's full record, contact details included: every reading is audited. */
  async view(user: User, id: string): Promise<Member | null> {
    const member = await this.load(id);
    if (!member) return null;
    MembersService.assertCanReach(user, member);
    await this.audit.record({
      user,
      action: AuditAction.VIEW_MEMBER_CONTACT,
      subjectType: 'member',
      subjectId: member.id,
      regionId: member.regionId,
    });
    return presentErased(member);
  }

  /** Never to be called again. Idempotent: a second opt-out keeps the first one's time and reason. */
  async optOut(user: User, memberId: string, reason: string | null | undefined): Promise<Member> {
    const trimmed = reason?.trim() || null;
    if (trimmed && trimmed.length > 500)
      throw AppException.badInput('reason', 'reason must be at most 500 characters');
    await this.dataSource.transaction(async (manager) => {
      const member = isUUID(memberId)
        ? await manager.findOne(Member, {
            where: { id: memberId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!member) throw AppException.notFound('Member', memberId);
      MembersService.assertCanReach(user, member);
      const alreadyOptedOut = member.optedOutAt !== null;
      if (!alreadyOptedOut || !member.doNotCall) {
        await markDoNotCall(manager, member.id, trimmed, new Date());
      }
      // The reason is the member's own words: it stays on the member (and goes with erasure),
      // never in the append-only log.
      await this.audit.record(
        {
          user,
          action: AuditAction.OPT_OUT_MEMBER,
          subjectType: 'member',
          subjectId: member.id,
          regionId: member.regionId,
          details: { alreadyOptedOut, withReason: trimmed !== null },
        },
        manager,
      );
    });
    return presentErased((await this.load(memberId)) as Member);
  }

  /**
   * UK GDPR erasure, in one transaction: the member's personal data goes from every place it
   * is kept (see member-erasure.ts), the membership number becomes a one-way hash (so a
   * re-import cannot bring the member back), pledges and calls stay as anonymous counts.
   * Erasing twice is harmless.
   */
  async erase(user: User, memberId: string): Promise<Member> {
    await this.dataSource.transaction(async (manager) => {
      const member = isUUID(memberId)
        ? await manager.findOne(Member, {
            where: { id: memberId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!member) throw AppException.notFound('Member', memberId);
      const alreadyErased = member.erasedAt !== null;
      // Text elsewhere is found by their identifiers, which a first erasure removes; their own
      // calls are found by id, so erasing again also clears what an older erasure left there.
      if (!alreadyErased) await redactMentions(manager, member);
      await eraseMembers(manager, { sql: 'SELECT $1::uuid', params: [member.id] });
      await this.audit.record(
        {
          user,
          action: AuditAction.ERASE_MEMBER,
          subjectType: 'member',
          subjectId: member.id,
          regionId: member.regionId,
          details: { alreadyErased },
        },
        manager,
      );
    });
    return presentErased((await this.load(memberId)) as Member);
  }

  /** Another member of the same election has this member's phone number. */
  async sharedPhone(member: Member): Promise<boolean> {
    if (!member.phone) return false;
    const [row] = await this.dataSource.query<{ shared: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM member WHERE election_id = $1 AND phone = $2 AND id <> $3) AS shared`,
      [member.electionId, member.phone, member.id],
    );
    return row.shared;
  }

  async latestPledge(member: Member): Promise<MemberPledge | null> {
    const pledge = await this.pledges.findOne({
      where: { memberId: member.id, isLatest: true },
    });
    return pledge
      ? {
          status: pledge.status,
          secondPreference: pledge.secondPreference,
          createdAt: pledge.createdAt,
        }
      : null;
  }
}
