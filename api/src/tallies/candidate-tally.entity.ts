import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { Region } from '../elections/region.entity';

/** What a candidate_tally row counts for its candidate. */
export enum CandidateMeasure {
  /** Latest PLEDGED pledges ranking the candidate first. */
  FIRST_PREFERENCE = 'FIRST_PREFERENCE',
  /** Latest LEANING pledges ranking the candidate first (vote management counts them too). */
  LEANING_FIRST_PREFERENCE = 'LEANING_FIRST_PREFERENCE',
  /** Latest pledges agreeing to the second-preference ask for the candidate. */
  SECOND_PREFERENCE_AGREED = 'SECOND_PREFERENCE_AGREED',
  /** Latest pledges (any status) ranking the candidate first and the next candidate second. */
  TRANSFER = 'TRANSFER',
}

/**
 * Per-candidate counts of a region's latest pledges, kept by the pledge triggers (migration
 * 1764400700000) in shards like region_tally. Candidate ids carry no foreign key: a deleted
 * candidate stays in old pledges' rankings, and taking such a pledge away must still work.
 */
@Entity()
// Unique with NULLS NOT DISTINCT (a transfer to nobody is one row): created in the migration.
@Index('candidate_tally_key', { synchronize: false })
export class CandidateTally {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  @JoinColumn()
  region: Relation<Region>;

  @Column({ type: 'smallint' })
  shard: number;

  @Column({ type: 'enum', enum: CandidateMeasure, enumName: 'candidate_measure' })
  measure: CandidateMeasure;

  @Column({ type: 'uuid' })
  candidateId: string;

  /** TRANSFER only: the second preference; null when the ranking stops at the first. */
  @Column({ type: 'uuid', nullable: true })
  nextCandidateId: string | null;

  @Column({ type: 'int', default: 0 })
  count: number;
}
