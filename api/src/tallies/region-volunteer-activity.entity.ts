import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';

import { Region } from '../elections/region.entity';
import { User } from '../users/user.entity';

/**
 * A volunteer's calls for a region, kept by the triggers on call_record and pledge (migration
 * 1764400700000). A volunteer records one call at a time, so their row is theirs alone.
 */
@Entity()
export class RegionVolunteerActivity {
  @PrimaryColumn({ type: 'uuid' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  @JoinColumn()
  region: Relation<Region>;

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
