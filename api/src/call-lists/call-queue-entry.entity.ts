import { CallQueueState, Disposition, QueuePriority } from '@phonebank/domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { Member } from '../members/member.entity';
import { User } from '../users/user.entity';
import { CallList } from './call-list.entity';

/**
 * One member's place in one call list. Claimed with FOR UPDATE SKIP LOCKED: a claim sets
 * the lease (claimed_by, lease_expires_at) and moves next_attempt_at to the lease's end,
 * so a held member is simply not due, and comes back by itself when the lease runs out.
 */
@Entity()
@Index('call_queue_entry_list_member_unique', ['callListId', 'memberId'], { unique: true })
// The claim's index: the due members of one list in the order they are offered.
@Index('call_queue_entry_due_index', ['callListId', 'priority', 'nextAttemptAt', 'id'], {
  where: `"state" = 'WAITING' AND "reserved_for_id" IS NULL`,
})
@Index('call_queue_entry_reserved_index', ['reservedForId', 'callListId', 'nextAttemptAt'], {
  where: `"state" = 'WAITING' AND "reserved_for_id" IS NOT NULL`,
})
@Index('call_queue_entry_member_id_index', ['memberId'])
export class CallQueueEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  callListId: string;

  @ManyToOne(() => CallList, { onDelete: 'CASCADE' })
  @JoinColumn()
  callList: Relation<CallList>;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn()
  member: Relation<Member>;

  @Column({
    type: 'enum',
    enum: CallQueueState,
    enumName: 'call_queue_state',
    default: CallQueueState.WAITING,
  })
  state: CallQueueState;

  @Column({ type: 'smallint', default: QueuePriority.FRESH })
  priority: QueuePriority;

  @Column({ type: 'timestamptz' })
  nextAttemptAt: Date;

  @Column({ type: 'smallint', default: 0 })
  attempts: number;

  @Column({ type: 'enum', enum: Disposition, enumName: 'disposition', nullable: true })
  lastDisposition: Disposition | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  claimedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  claimedBy: Relation<User> | null;

  @Column({ type: 'timestamptz', nullable: true })
  leaseExpiresAt: Date | null;

  /** The claim that holds the member now (or held them last). */
  @Column({ type: 'uuid', nullable: true })
  claimId: string | null;

  /** Static assignment: only this volunteer is offered the member. */
  @Column({ type: 'uuid', nullable: true })
  reservedForId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  reservedFor: Relation<User> | null;
}
