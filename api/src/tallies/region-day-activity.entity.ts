import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';

import { Region } from '../elections/region.entity';

/**
 * Calls made for a region on one day (the call list's local date), kept by the triggers on
 * call_record and pledge (migration 1764400700000) in shards like region_tally; a day's
 * figure is the sum of its shards.
 */
@Entity()
export class RegionDayActivity {
  @PrimaryColumn({ type: 'uuid' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  @JoinColumn()
  region: Relation<Region>;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'smallint' })
  shard: number;

  @Column({ type: 'int', default: 0 })
  calls: number;

  /** Calls answered. */
  @Column({ type: 'int', default: 0 })
  reached: number;

  /** Calls that recorded a PLEDGED pledge. */
  @Column({ type: 'int', default: 0 })
  pledged: number;
}
