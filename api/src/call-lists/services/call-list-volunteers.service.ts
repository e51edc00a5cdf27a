import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Role } from '@phonebank/domain';
import { DataSource, In, Repository } from 'typeorm';

import { canReachRegion } from '../../auth/region-access';
import { Clock } from '../../clock/clock';
import { AppException } from '../../common/errors/app.exception';
import { User } from '../../users/user.entity';
import type { CallList } from '../call-list.entity';
import type { CallListVolunteerModel } from '../call-list.models';

interface VolunteerRow {
  user_id: string;
  added_at: Date;
  calls_today: number;
  calls_total: number;
  reserved: number;
  holding: boolean;
}

/** Who works on a list: adding and removing volunteers, reserving members for one of them. */
@Injectable()
export class CallListVolunteersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly clock: Clock,
  ) {}

  /** Volunteers and coordinators who call for the list's region: those who may be added. */
  async assignable(list: CallList): Promise<User[]> {
    const users = await this.users.find({
      where: { role: In([Role.VOLUNTEER, Role.COORDINATOR]) },
      relations: { regions: true },
      order: { name: 'ASC' },
    });
    return users.filter((user) => !user.disabledAt && canReachRegion(user, list.regionId));
  }

  async add(addedBy: User, list: CallList, userIds: string[]): Promise<void> {
    const distinct = [...new Set(userIds)];
    const users = await this.users.find({
      where: { id: In(distinct) },
      relations: { regions: true },
    });
    const byId = new Map(users.map((user) => [user.id, user]));
    for (const id of distinct) {
      const user = byId.get(id);
      if (!user) throw AppException.badInput('userIds', `userIds: user ${id} does not exist.`);
      if (user.disabledAt)
        throw AppException.badInput('userIds', `userIds: ${user.name} is disabled.`);
      if (user.role === Role.ADMIN || !canReachRegion(user, list.regionId))
        throw AppException.badInput(
          'userIds',
          `userIds: ${user.name} does not call for this list's region; give them the region first.`,
        );
    }
    if (distinct.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO call_list_volunteer (call_list_id, user_id, added_by_id)
       SELECT $1, unnest($2::uuid[]), $3
       ON CONFLICT (call_list_id, user_id) DO NOTHING`,
      [list.id, distinct, addedBy.id],
    );
  }

  /**
   * Takes a volunteer off a list: they claim no more from it and their reserved members go
   * back to everyone. A member they hold now stays theirs until the lease ends (the call may
   * be under way, and its outcome is still recorded).
   */
  async remove(list: CallList, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        'DELETE FROM call_list_volunteer WHERE call_list_id = $1 AND user_id = $2',
        [list.id, userId],
      );
      await manager.query(
        `UPDATE call_queue_entry SET reserved_for_id = NULL WHERE call_list_id = $1 AND reserved_for_id = $2`,
        [list.id, userId],
      );
    });
  }

  /**
   * Static assignment: sets `count` of the list's next due, unreserved members aside for one
   * volunteer. Returns how many were reserved (fewer when the list runs short).
   */
  async reserve(list: CallList, userId: string, count: number): Promise<number> {
    if (!Number.isInteger(count) || count < 1 || count > 1000)
      throw AppException.badInput('count', `count must be 1 to 1000; got ${count}.`);
    const onList = await this.dataSource.query<unknown[]>(
      'SELECT 1 FROM call_list_volunteer WHERE call_list_id = $1 AND user_id = $2',
      [list.id, userId],
    );
    if (onList.length === 0)
      throw AppException.badInput(
        'userId',
        'userId: add the volunteer to the list before reserving members for them.',
      );
    const [, reserved] = await this.dataSource.query<[unknown, number]>(
      `UPDATE call_queue_entry e SET reserved_for_id = $2
        WHERE e.id IN (SELECT id FROM call_queue_entry
                        WHERE call_list_id = $1 AND state = 'WAITING' AND reserved_for_id IS NULL
                          AND next_attempt_at <= $4
                        ORDER BY priority, next_attempt_at, id
                        LIMIT $3 FOR UPDATE SKIP LOCKED)`,
      [list.id, userId, count, this.clock.now()],
    );
    return reserved;
  }

  /** Hands a volunteer's reserved members back to everyone. */
  async unreserve(list: CallList, userId: string): Promise<number> {
    const [, released] = await this.dataSource.query<[unknown, number]>(
      `UPDATE call_queue_entry SET reserved_for_id = NULL
        WHERE call_list_id = $1 AND reserved_for_id = $2 AND state = 'WAITING'`,
      [list.id, userId],
    );
    return released;
  }

  /** The list's volunteers with what they have done on it. */
  async onList(list: CallList): Promise<CallListVolunteerModel[]> {
    const now = this.clock.now();
    const rows = await this.dataSource.query<VolunteerRow[]>(
      `SELECT v.user_id, v.added_at,
              (SELECT count(*) FROM call_record c
                WHERE c.call_list_id = v.call_list_id AND c.volunteer_id = v.user_id
                  AND c.created_at >= (date_trunc('day', $2::timestamptz AT TIME ZONE $3) AT TIME ZONE $3))::int AS calls_today,
              (SELECT count(*) FROM call_record c
                WHERE c.call_list_id = v.call_list_id AND c.volunteer_id = v.user_id)::int AS calls_total,
              (SELECT count(*) FROM call_queue_entry e
                WHERE e.call_list_id = v.call_list_id AND e.reserved_for_id = v.user_id AND e.state = 'WAITING')::int AS reserved,
              EXISTS (SELECT 1 FROM claim c
                       WHERE c.id = v.current_claim_id AND c.released_at IS NULL AND c.lease_expires_at > $2) AS holding
         FROM call_list_volunteer v
        WHERE v.call_list_id = $1`,
      [list.id, now, list.timeZone],
    );
    const users = await this.users.find({
      where: { id: In(rows.map((row) => row.user_id)) },
      relations: { regions: true },
    });
    const byId = new Map(users.map((user) => [user.id, user]));
    return rows
      .filter((row) => byId.has(row.user_id))
      .map((row) => ({
        user: byId.get(row.user_id) as User,
        addedAt: row.added_at,
        callsToday: row.calls_today,
        callsTotal: row.calls_total,
        reserved: row.reserved,
        holding: row.holding,
      }))
      .sort((a, b) => a.user.name.localeCompare(b.user.name));
  }
}
