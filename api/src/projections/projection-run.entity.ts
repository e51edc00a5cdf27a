import { ProjectionRunStatus } from '@phonebank/domain';
import type { ProjectionAssumptions, ProjectionResult } from '@phonebank/projection';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { Region } from '../elections/region.entity';
import { User } from '../users/user.entity';

/**
 * One projection asked for by a coordinator and worked by the job queue: the assumptions
 * it was started with, how far it has got, and its result once counted.
 */
@Entity()
@Index('projection_run_region_created_index', ['regionId', 'createdAt'])
export class ProjectionRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  @JoinColumn()
  region: Relation<Region>;

  @Column({ type: 'uuid', nullable: true })
  requestedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  requestedBy: Relation<User> | null;

  @Column({ type: 'int' })
  simulations: number;

  /** The assumptions as they were when the run was asked for. */
  @Column({ type: 'jsonb' })
  assumptions: ProjectionAssumptions;

  @Column({
    type: 'enum',
    enum: ProjectionRunStatus,
    enumName: 'projection_run_status',
    default: ProjectionRunStatus.QUEUED,
  })
  status: ProjectionRunStatus;

  /** Share of the simulations counted, 0–1. */
  @Column({ type: 'real', default: 0 })
  progress: number;

  @Column({ type: 'jsonb', nullable: true })
  result: ProjectionResult | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  failureMessage: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
