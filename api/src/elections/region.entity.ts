import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ProjectionAssumptions } from '@phonebank/projection';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';

import type { FirstPreferenceTarget } from '@phonebank/domain';

import { Candidate } from './candidate.entity';
import { Election } from './election.entity';
import { ReservedMinimum } from './reserved-minimum.model';
import { RegionField, RegionScoped } from '../auth/decorators/region-scope.decorators';
import { RegionPermission } from '../auth/region-access';

@ObjectType({ description: 'A region electing `seats` members by STV, with its reserved minima.' })
@RegionScoped(RegionPermission.READ, (region: Region) => region.id)
@Entity()
@Index('region_election_code_unique', ['electionId', 'code'], { unique: true })
@Check('region_seats_positive', '"seats" >= 1')
export class Region {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  electionId: string;

  @ManyToOne(() => Election, (election) => election.regions, { onDelete: 'CASCADE' })
  @JoinColumn()
  election: Relation<Election>;

  @Field({ description: 'Short upper-case code, unique within the election (e.g. LE, SCO).' })
  @Column({ type: 'varchar', length: 16 })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  seats: number;

  /**
   * Vote management: the split of first preferences the coordinator wants among our
   * candidates here (weights by candidate id); a candidate of ours not listed weighs 1.
   */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  firstPreferenceTargets: FirstPreferenceTarget[];

  /** What projections assume about the region's voters; null: the defaults. */
  @Column({ type: 'jsonb', nullable: true })
  projectionAssumptions: ProjectionAssumptions | null;

  @Field(() => [ReservedMinimum])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  minima: ReservedMinimum[];

  // A property with its own resolver: Nest keeps the property's extensions, so the scope sits here.
  @RegionField(RegionPermission.READ)
  @Field(() => [Candidate])
  @OneToMany(() => Candidate, (candidate) => candidate.region)
  candidates: Candidate[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
