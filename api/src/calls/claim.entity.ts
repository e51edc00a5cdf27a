import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

import { CallList } from '../call-lists/call-list.entity';
import { Member } from '../members/member.entity';
import { User } from '../users/user.entity';

/**
 * A volunteer's hold on one member of a call list, for the length of a lease. Kept after
 * it ends: an outcome may arrive after the lease ran out (the call happened), and the
 * history proves no two holds on one member ever overlapped.
 */
@ObjectType({ description: 'The member a volunteer holds now, until `expiresAt`.' })
@Entity()
@Index('claim_member_id_index', ['memberId', 'claimedAt'])
@Index('claim_volunteer_id_index', ['volunteerId', 'claimedAt'])
@Index('claim_call_list_id_index', ['callListId'])
export class Claim {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  callListId: string;

  @Field(() => CallList)
  @ManyToOne(() => CallList, { onDelete: 'CASCADE' })
  @JoinColumn()
  callList: Relation<CallList>;

  @Column({ type: 'bigint' })
  queueEntryId: string;

  @Column({ type: 'uuid' })
  memberId: string;

  @Field(() => Member)
  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn()
  member: Relation<Member>;

  @Column({ type: 'uuid', nullable: true })
  volunteerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  volunteer: Relation<User> | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  claimedAt: Date;

  @Column({ type: 'timestamptz' })
  leaseExpiresAt: Date;

  /** Set when the volunteer skipped the member or recorded the call. */
  @Column({ type: 'timestamptz', nullable: true })
  releasedAt: Date | null;

  @Field({ description: 'When the lease runs out (ISO 8601); renewClaim extends it.' })
  get expiresAt(): string {
    return this.leaseExpiresAt.toISOString();
  }
}
