import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

import { Election } from './election.entity';
import { Region } from './region.entity';

/** Which region a UK postcode area (e.g. "LS", "G") belongs to, per election; editable. */
@Entity()
@Index('region_postcode_area_region_id_index', ['regionId'])
export class RegionPostcodeArea {
  @PrimaryColumn({ type: 'uuid' })
  electionId: string;

  @ManyToOne(() => Election, { onDelete: 'CASCADE' })
  @JoinColumn()
  election: Relation<Election>;

  /** One or two upper-case letters: the area part of a UK postcode. */
  @PrimaryColumn({ type: 'varchar', length: 2 })
  area: string;

  @Column({ type: 'uuid' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  @JoinColumn()
  region: Relation<Region>;
}
