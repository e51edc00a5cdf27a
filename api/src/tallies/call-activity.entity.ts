import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';

import { Region } from '../elections/region.entity';
import { User } from '../users/user.entity';

/**
 * Calls made for a region by one volunteer on one day (the call list's local date), kept by a
 * trigger on call_record and pledge (migration 1764400700000). One row per volunteer and day,
 * so callers never wait on each other's counters; the region's daily and per-volunteer
 * series are sums over a few thousand rows at most.
 */
@Entity()
export class CallActivity {
  @PrimaryColumn({ type: 'uuid' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  @JoinColumn()
  region: Relation<Region>;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'uuid' })
  volunteerId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  volunteer: Relation<User>;

  @Column({ type: 'int', default: 0 })
  calls: number;

  /** Calls answered. */
  @Column({ type: 'int', default: 0 })
  reached: number;

  /** Calls that recorded a PLEDGED pledge. */
  @Column({ type: 'int', default: 0 })
  pledged: number;

  @Column({ type: 'timestamptz' })
  lastCallAt: Date;
}
