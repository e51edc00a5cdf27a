import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CallListStatus, type RetryDelays } from '@phonebank/domain';
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
  UpdateDateColumn,
} from 'typeorm';

import { Election } from '../elections/election.entity';
import { Region } from '../elections/region.entity';
import { User } from '../users/user.entity';
import type { CallListFilter } from './call-list-filter';
import { RegionField, RegionScoped } from '../auth/decorators/region-scope.decorators';
import { RegionPermission } from '../auth/region-access';

@ObjectType({
  description:
    'Members of one region turned into work for volunteers: one queue entry per member, claimed one at a time.',
})
@RegionScoped(RegionPermission.READ, (list: CallList) => list.regionId)
@Entity()
@Index('call_list_region_id_index', ['regionId'])
@Check('call_list_max_attempts_range', '"max_attempts" BETWEEN 1 AND 20')
@Check('call_list_calling_hours_order', '"calling_from" < "calling_to"')
export class CallList {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  electionId: string;

  @ManyToOne(() => Election, { onDelete: 'CASCADE' })
  @JoinColumn()
  election: Relation<Election>;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  regionId: string;

  // A property with its own resolver: Nest keeps the property's extensions, so the scope sits here.
  @RegionField(RegionPermission.READ)
  @Field(() => Region)
  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  @JoinColumn()
  region: Relation<Region>;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field(() => CallListStatus)
  @Column({
    type: 'enum',
    enum: CallListStatus,
    enumName: 'call_list_status',
    default: CallListStatus.ACTIVE,
  })
  status: CallListStatus;

  /** Which members of the region the list takes in (see call-list-filter.ts). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  filter: CallListFilter;

  /** Local time of day, "HH:MM". */
  @Column({ type: 'varchar', length: 5, default: '10:00' })
  callingFrom: string;

  @Column({ type: 'varchar', length: 5, default: '21:00' })
  callingTo: string;

  @Column({ type: 'varchar', length: 64, default: 'Europe/London' })
  timeZone: string;

  @Field(() => Int, { description: 'Unanswered attempts before a member is given up on.' })
  @Column({ type: 'int', default: 3 })
  maxAttempts: number;

  @Field(() => Int, { description: 'How long a claim holds a member before they go back.' })
  @Column({ type: 'int', default: 10 })
  leaseMinutes: number;

  /** Minutes until the next attempt after NO_ANSWER, BUSY and VOICEMAIL. */
  @Column({ type: 'jsonb' })
  retryDelays: RetryDelays;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  createdBy: Relation<User> | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Date, { description: 'When the list last took in newly matching members.' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  refreshedAt: Date;
}
