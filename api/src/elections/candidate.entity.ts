import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';

import { Region } from './region.entity';
import { Slate } from './slate.entity';
import { RegionScoped } from '../auth/decorators/region-scope.decorators';
import { RegionPermission } from '../auth/region-access';

@ObjectType({ description: 'A candidate standing in one region, on a slate or independent.' })
@RegionScoped(RegionPermission.READ, (candidate: Candidate) => candidate.regionId)
@Entity()
@Index('candidate_region_name_unique', ['regionId', 'name'], { unique: true })
export class Candidate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  regionId: string;

  @ManyToOne(() => Region, (region) => region.candidates, { onDelete: 'CASCADE' })
  @JoinColumn()
  region: Relation<Region>;

  @Column({ type: 'uuid', nullable: true })
  @Index('candidate_slate_id_index')
  slateId: string | null;

  @Field(() => Slate, { nullable: true })
  @ManyToOne(() => Slate, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  slate: Slate | null;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field(() => [String], {
    description: 'Lower-case tags that reserved minima count, e.g. woman, bame.',
  })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Field(() => String, { nullable: true, description: 'One line a caller can read out.' })
  @Column({ type: 'varchar', length: 280, nullable: true })
  pitch: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
