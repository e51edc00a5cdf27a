import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Clock } from '../../clock/clock';
import type { CallList } from '../call-list.entity';
import type { CallListProgress } from '../call-list.models';

/** Where a list's members stand, counted from its queue in one pass. */
@Injectable()
export class CallListProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * One count per list object and request: size, remaining and progress are fields of the
   * same list, and a screen asks for all three every few seconds.
   */
  private readonly counted = new WeakMap<object, Promise<CallListProgress>>();

  progress(list: Pick<CallList, 'id'>): Promise<CallListProgress> {
    let counting = this.counted.get(list);
    if (!counting) {
      counting = this.count(list);
      this.counted.set(list, counting);
    }
    return counting;
  }

  private async count(list: Pick<CallList, 'id'>): Promise<CallListProgress> {
    const [row] = await this.dataSource.query<CallListProgress[]>(
      `SELECT count(*) FILTER (WHERE state = 'WAITING' AND next_attempt_at <= $2)::int AS waiting,
              count(*) FILTER (WHERE state = 'WAITING' AND lease_expires_at > $2)::int AS held,
              count(*) FILTER (WHERE state = 'WAITING' AND next_attempt_at > $2
                                 AND (lease_expires_at IS NULL OR lease_expires_at <= $2))::int AS "dueLater",
              count(*) FILTER (WHERE state = 'DONE')::int AS done,
              count(*) FILTER (WHERE state = 'EXHAUSTED')::int AS exhausted,
              count(*) FILTER (WHERE state = 'WITHDRAWN')::int AS withdrawn
         FROM call_queue_entry
        WHERE call_list_id = $1`,
      [list.id, this.clock.now()],
    );
    return row;
  }

  /** Members in the queue, whatever their state. */
  async size(list: Pick<CallList, 'id'>): Promise<number> {
    const p = await this.progress(list);
    return p.waiting + p.held + p.dueLater + p.done + p.exhausted + p.withdrawn;
  }

  /** Members still to be called: waiting, held or due later. */
  async remaining(list: Pick<CallList, 'id'>): Promise<number> {
    const p = await this.progress(list);
    return p.waiting + p.held + p.dueLater;
  }
}
