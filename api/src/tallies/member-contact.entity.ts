import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';

import { Member } from '../members/member.entity';

/**
 * When a member was first called and first reached, set once by the trigger on call_record
 * (migration 1764400700000). Kept beside the member rather than on it, so calls never rewrite
 * the wide, much-indexed member row.
 */
@Entity()
export class MemberContact {
  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @OneToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn()
  member: Relation<Member>;

  @Column({ type: 'timestamptz' })
  firstCalledAt: Date;

  /** The first ANSWERED call; null while the member has never answered. */
  @Column({ type: 'timestamptz', nullable: true })
  firstReachedAt: Date | null;
}
