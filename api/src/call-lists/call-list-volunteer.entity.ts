import {
  CreateDateColumn,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

import { User } from '../users/user.entity';
import { CallList } from './call-list.entity';

/**
 * A volunteer added to a call list. The row is also the volunteer's lock on the list:
 * claiming locks it, so one volunteer's two taps never take two members.
 */
@Entity()
@Index('call_list_volunteer_user_id_index', ['userId'])
export class CallListVolunteer {
  @PrimaryColumn({ type: 'uuid' })
  callListId: string;

  @ManyToOne(() => CallList, { onDelete: 'CASCADE' })
  @JoinColumn()
  callList: Relation<CallList>;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user: Relation<User>;

  /** The claim the volunteer holds on this list, if its lease has not run out. */
  @Column({ type: 'uuid', nullable: true })
  currentClaimId: string | null;

  @Column({ type: 'uuid', nullable: true })
  addedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;
}
