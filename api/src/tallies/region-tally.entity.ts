import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';

import { Region } from '../elections/region.entity';

/**
 * A region's counts of members called and reached and of latest pledges, kept by triggers on
 * call_record and pledge (migration 1764400700000). Each recording connection adds to its own
 * shard's row, so callers never wait on one another's counters; a region's figure is the sum
 * of its shards.
 */
@Entity()
export class RegionTally {
  @PrimaryColumn({ type: 'uuid' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  @JoinColumn()
  region: Relation<Region>;

  @PrimaryColumn({ type: 'smallint' })
  shard: number;

  /** Members who may be called: not opted out, not erased. */
  @Column({ type: 'int', default: 0 })
  members: number;

  /** Members with a call recorded. */
  @Column({ type: 'int', default: 0 })
  called: number;

  /** Members with an ANSWERED call. */
  @Column({ type: 'int', default: 0 })
  reached: number;

  // Latest pledges by status.
  @Column({ type: 'int', default: 0 })
  pledged: number;

  @Column({ type: 'int', default: 0 })
  leaning: number;

  @Column({ type: 'int', default: 0 })
  undecided: number;

  @Column({ type: 'int', default: 0 })
  against: number;

  @Column({ type: 'int', default: 0 })
  notVoting: number;

  // Latest pledges by the answer to the second-preference ask.
  @Column({ type: 'int', default: 0 })
  secondNotAsked: number;

  @Column({ type: 'int', default: 0 })
  secondAgreed: number;

  @Column({ type: 'int', default: 0 })
  secondDeclined: number;

  @Column({ type: 'int', default: 0 })
  secondUnsure: number;

  @Column({ type: 'int', default: 0 })
  ballotsReceived: number;

  @Column({ type: 'int', default: 0 })
  voted: number;
}
