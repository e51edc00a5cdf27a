import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { CallList } from '../call-lists/call-list.entity';
import { Election } from '../elections/election.entity';
import { Region } from '../elections/region.entity';

/**
 * A script's place: the election's default (no region, no list), a region's, or a call
 * list's (which also names the list's region, so region scope reads one column). Its words
 * live in versions; the newest version is the script.
 */
@Entity()
@Index('call_script_election_default_unique', ['electionId'], {
  unique: true,
  where: 'region_id IS NULL AND call_list_id IS NULL',
})
@Index('call_script_region_unique', ['regionId'], {
  unique: true,
  where: 'region_id IS NOT NULL AND call_list_id IS NULL',
})
@Index('call_script_call_list_unique', ['callListId'], {
  unique: true,
  where: 'call_list_id IS NOT NULL',
})
@Check('call_script_list_has_region', '"call_list_id" IS NULL OR "region_id" IS NOT NULL')
export class CallScript {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  electionId: string;

  @ManyToOne(() => Election, { onDelete: 'CASCADE' })
  @JoinColumn()
  election: Relation<Election>;

  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @ManyToOne(() => Region, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn()
  region: Relation<Region> | null;

  @Column({ type: 'uuid', nullable: true })
  callListId: string | null;

  @ManyToOne(() => CallList, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn()
  callList: Relation<CallList> | null;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
