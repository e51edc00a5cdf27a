import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  CallListStatus,
  type CallingHours as CallingHoursRule,
  checkCallingHours,
  checkMaxAttempts,
  checkName,
  checkRetryDelays,
  DEFAULT_CALLING_HOURS,
  DEFAULT_LEASE_MINUTES,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_DELAY_MINUTES,
  Disposition,
  type FieldProblem,
  isWithinCallingHours,
  type RetryDelays as RetryDelayRule,
  Role,
} from '@phonebank/domain';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager, Repository } from 'typeorm';

import { assertCanReachRegion, canReachRegion, regionScope } from '../../auth/region-access';
import { Clock } from '../../clock/clock';
import { AppException, assertValid } from '../../common/errors/app.exception';
import { Election } from '../../elections/election.entity';
import { Region } from '../../elections/region.entity';
import type { User } from '../../users/user.entity';
import { CallList } from '../call-list.entity';
import { type CallListFilter, callableMembersCondition } from '../call-list-filter';
import type { CallingHours, CallListFilterModel, RetryDelays } from '../call-list.models';
import type {
  CallingHoursInput,
  CallListFilterInput,
  CreateCallListInput,
  RetryDelaysInput,
  UpdateCallListInput,
} from '../dtos/call-list.inputs';

/** Shorter than the call page's renewal interval (4 minutes) would drop members mid-call. */
export const MIN_LEASE_MINUTES = 5;
export const MAX_LEASE_MINUTES = 120;

function checkLeaseMinutes(minutes: number): FieldProblem[] {
  if (Number.isInteger(minutes) && minutes >= MIN_LEASE_MINUTES && minutes <= MAX_LEASE_MINUTES)
    return [];
  return [
    {
      field: 'leaseMinutes',
      message: `leaseMinutes must be a whole number from ${MIN_LEASE_MINUTES} to ${MAX_LEASE_MINUTES}; got ${minutes}.`,
    },
  ];
}

function callingHoursOf(input: CallingHoursInput): CallingHoursRule {
  return {
    from: input.from.trim(),
    to: input.to.trim(),
    timeZone: input.timeZone?.trim() || DEFAULT_CALLING_HOURS.timeZone,
  };
}

function retryDelaysOf(input: RetryDelaysInput, base: RetryDelayRule): RetryDelayRule {
  return {
    [Disposition.NO_ANSWER]: input.noAnswerMinutes ?? base.NO_ANSWER,
    [Disposition.BUSY]: input.busyMinutes ?? base.BUSY,
    [Disposition.VOICEMAIL]: input.voicemailMinutes ?? base.VOICEMAIL,
  };
}

function filterOf(input: CallListFilterInput | null | undefined): CallListFilter {
  if (!input) return {};
  const filter: CallListFilter = {};
  if (input.pledgeStatuses?.length) filter.pledgeStatuses = [...new Set(input.pledgeStatuses)];
  if (input.unpledged) filter.unpledged = true;
  if (input.neverCalled) filter.neverCalled = true;
  if (input.notCalledSince) filter.notCalledSince = input.notCalledSince.toISOString();
  if (input.mobileOnly) filter.mobileOnly = true;
  const tags = [
    ...new Set((input.tags ?? []).map((tag) => tag.trim().toLowerCase()).filter(Boolean)),
  ];
  if (tags.length) filter.tags = tags;
  return filter;
}

/**
 * Call lists: making them from a region's members, keeping them (refresh, pause, resume,
 * archive, settings) and reading them. Who may touch which list is decided in `reachable`.
 */
@Injectable()
export class CallListsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CallList) private readonly callLists: Repository<CallList>,
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    private readonly clock: Clock,
  ) {}

  /**
   * The list, if `user` may see it: an admin any, a coordinator those of their regions, a
   * volunteer those they were added to. Refuses with FORBIDDEN otherwise.
   */
  async reachable(user: User, id: string, manager?: EntityManager): Promise<CallList> {
    const repository = manager ? manager.getRepository(CallList) : this.callLists;
    const list = isUUID(id) ? await repository.findOne({ where: { id } }) : null;
    if (!list) throw AppException.notFound('Call list', id);
    if (user.role === Role.VOLUNTEER) {
      if (!(await this.isOnList(list.id, user.id, manager)))
        throw AppException.forbidden('You were not added to this call list.');
    } else {
      assertCanReachRegion(user, list.regionId);
    }
    return list;
  }

  /** The list, if `user` may manage it (coordinators of its region and admins). */
  async manageable(user: User, id: string, manager?: EntityManager): Promise<CallList> {
    if (user.role === Role.VOLUNTEER)
      throw AppException.forbidden('Only coordinators and admins manage call lists.');
    return this.reachable(user, id, manager);
  }

  /**
   * Which of these users may read the list now, as `reachable` decides, in at most one query
   * (for the volunteers among them): a live subscriber is checked again before every push.
   */
  async readersAmong(list: CallList, users: readonly User[]): Promise<Set<string>> {
    const readers = new Set(
      users
        .filter((user) => user.role !== Role.VOLUNTEER && canReachRegion(user, list.regionId))
        .map((user) => user.id),
    );
    const volunteerIds = users
      .filter((user) => user.role === Role.VOLUNTEER)
      .map((user) => user.id);
    if (volunteerIds.length === 0) return readers;
    const onList = await this.dataSource.query<{ user_id: string }[]>(
      'SELECT user_id FROM call_list_volunteer WHERE call_list_id = $1 AND user_id = ANY($2::uuid[])',
      [list.id, volunteerIds],
    );
    for (const row of onList) readers.add(row.user_id);
    return readers;
  }

  async isOnList(callListId: string, userId: string, manager?: EntityManager): Promise<boolean> {
    const [row] = await (manager ?? this.dataSource).query<{ on: boolean }[]>(
      'SELECT EXISTS (SELECT 1 FROM call_list_volunteer WHERE call_list_id = $1 AND user_id = $2) AS on',
      [callListId, userId],
    );
    return row.on;
  }

  /** The lists `user` may see, newest first; archived ones only when asked for. */
  async list(
    user: User,
    regionId: string | null | undefined,
    includeArchived: boolean,
  ): Promise<CallList[]> {
    const query = this.callLists
      .createQueryBuilder('list')
      .orderBy('list.created_at', 'DESC')
      .addOrderBy('list.id');
    if (!includeArchived)
      query.andWhere('list.status <> :archived', { archived: CallListStatus.ARCHIVED });
    if (regionId) {
      if (!isUUID(regionId))
        throw AppException.badInput('regionId', 'regionId must be a region id');
      if (user.role !== Role.VOLUNTEER) assertCanReachRegion(user, regionId);
      query.andWhere('list.region_id = :regionId', { regionId });
    }
    if (user.role === Role.VOLUNTEER) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM call_list_volunteer v WHERE v.call_list_id = list.id AND v.user_id = :userId)',
        { userId: user.id },
      );
    } else {
      const scope = regionScope(user);
      if (!scope.all)
        query.andWhere('list.region_id = ANY(:regionIds)', { regionIds: scope.regionIds });
    }
    return query.getMany();
  }

  private async regionOf(user: User, regionId: string): Promise<Region> {
    const region = await this.regions.findOne({ where: { id: regionId } });
    if (!region) throw AppException.notFound('Region', regionId);
    assertCanReachRegion(user, region.id);
    return region;
  }

  /** How many members a list with this filter would take in now. */
  async matchCount(
    user: User,
    regionId: string,
    filter: CallListFilterInput | null | undefined,
  ): Promise<number> {
    await this.regionOf(user, regionId);
    const condition = callableMembersCondition(regionId, filterOf(filter));
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM member m WHERE ${condition.sql}`,
      condition.parameters,
    );
    return count;
  }

  async create(user: User, input: CreateCallListInput): Promise<CallList> {
    const region = await this.regionOf(user, input.regionId);
    const hours = input.callingHours ? callingHoursOf(input.callingHours) : DEFAULT_CALLING_HOURS;
    const retryDelays = retryDelaysOf(input.retryDelays ?? {}, DEFAULT_RETRY_DELAY_MINUTES);
    const maxAttempts = input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    const leaseMinutes = input.leaseMinutes ?? DEFAULT_LEASE_MINUTES;
    assertValid([
      ...checkName('name', input.name),
      ...checkCallingHours(hours),
      ...checkMaxAttempts(maxAttempts),
      ...checkLeaseMinutes(leaseMinutes),
      ...checkRetryDelays(retryDelays),
    ]);
    const id = await this.dataSource.transaction(async (manager) => {
      const list = await manager.getRepository(CallList).save({
        electionId: region.electionId,
        regionId: region.id,
        name: input.name.trim(),
        filter: filterOf(input.filter),
        callingFrom: hours.from,
        callingTo: hours.to,
        timeZone: hours.timeZone,
        maxAttempts,
        leaseMinutes,
        retryDelays,
        createdById: user.id,
        refreshedAt: this.clock.now(),
      });
      await this.takeInMatchingMembers(manager, list);
      return list.id;
    });
    return this.callLists.findOneOrFail({ where: { id } });
  }

  /**
   * Adds a queue entry for every member who matches the list's filter and has none yet
   * (members imported since). Never touches members already in the queue.
   */
  private async takeInMatchingMembers(manager: EntityManager, list: CallList): Promise<number> {
    const condition = callableMembersCondition(list.regionId, list.filter, 3);
    const [{ added }] = await manager.query<{ added: number }[]>(
      `WITH taken_in AS (
         INSERT INTO call_queue_entry (call_list_id, member_id, next_attempt_at)
         SELECT $1, m.id, $2 FROM member m
          WHERE ${condition.sql}
          ORDER BY m.created_at, m.membership_number
         ON CONFLICT (call_list_id, member_id) DO NOTHING
         RETURNING 1
       )
       SELECT count(*)::int AS added FROM taken_in`,
      [list.id, this.clock.now(), ...condition.parameters],
    );
    return added;
  }

  async refresh(user: User, id: string): Promise<{ list: CallList; added: number }> {
    return this.dataSource.transaction(async (manager) => {
      const list = await this.manageable(user, id, manager);
      if (list.status === CallListStatus.ARCHIVED)
        throw AppException.badInput('id', 'This call list is archived: make a new one instead.');
      const added = await this.takeInMatchingMembers(manager, list);
      list.refreshedAt = this.clock.now();
      await manager.getRepository(CallList).update(list.id, { refreshedAt: list.refreshedAt });
      return { list, added };
    });
  }

  async update(user: User, input: UpdateCallListInput): Promise<CallList> {
    const list = await this.manageable(user, input.id);
    const hours = input.callingHours ? callingHoursOf(input.callingHours) : undefined;
    const retryDelays = input.retryDelays
      ? retryDelaysOf(input.retryDelays, list.retryDelays)
      : undefined;
    assertValid([
      ...(input.name != null ? checkName('name', input.name) : []),
      ...(hours ? checkCallingHours(hours) : []),
      ...(input.maxAttempts != null ? checkMaxAttempts(input.maxAttempts) : []),
      ...(input.leaseMinutes != null ? checkLeaseMinutes(input.leaseMinutes) : []),
      ...(retryDelays ? checkRetryDelays(retryDelays) : []),
    ]);
    await this.callLists.update(list.id, {
      ...(input.name != null && { name: input.name.trim() }),
      ...(hours && { callingFrom: hours.from, callingTo: hours.to, timeZone: hours.timeZone }),
      ...(input.maxAttempts != null && { maxAttempts: input.maxAttempts }),
      ...(input.leaseMinutes != null && { leaseMinutes: input.leaseMinutes }),
      ...(retryDelays && { retryDelays }),
    });
    return this.callLists.findOneOrFail({ where: { id: list.id } });
  }

  /** Pause, resume or archive. Archiving is for good; a paused list keeps its queue. */
  async setStatus(user: User, id: string, status: CallListStatus): Promise<CallList> {
    const list = await this.manageable(user, id);
    if (list.status === CallListStatus.ARCHIVED && status !== CallListStatus.ARCHIVED)
      throw AppException.badInput('id', 'This call list is archived and cannot be reopened.');
    await this.callLists.update(list.id, { status });
    return { ...list, status };
  }

  callingHours(list: CallList): CallingHours {
    const hours = { from: list.callingFrom, to: list.callingTo, timeZone: list.timeZone };
    return { ...hours, openNow: isWithinCallingHours(this.clock.now(), hours) };
  }

  retryDelays(list: CallList): RetryDelays {
    return {
      noAnswerMinutes: list.retryDelays.NO_ANSWER,
      busyMinutes: list.retryDelays.BUSY,
      voicemailMinutes: list.retryDelays.VOICEMAIL,
    };
  }

  filter(list: CallList): CallListFilterModel {
    const filter = list.filter;
    return {
      pledgeStatuses: filter.pledgeStatuses ?? [],
      unpledged: filter.unpledged ?? false,
      neverCalled: filter.neverCalled ?? false,
      notCalledSince: filter.notCalledSince ? new Date(filter.notCalledSince) : null,
      mobileOnly: filter.mobileOnly ?? false,
      tags: filter.tags ?? [],
    };
  }

  election(list: CallList): Promise<Election> {
    return this.dataSource.getRepository(Election).findOneOrFail({
      where: { id: list.electionId },
      relations: { slates: true, regions: true },
    });
  }

  region(list: CallList): Promise<Region> {
    return this.regions.findOneOrFail({
      where: { id: list.regionId },
      relations: { candidates: { slate: true } },
    });
  }
}
