import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Disposition } from '@phonebank/domain';
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

import { CallList } from '../call-lists/call-list.entity';
import { Member } from '../members/member.entity';
import { CallScriptVersion } from '../scripts/call-script-version.entity';
import { User } from '../users/user.entity';
import { Claim } from './claim.entity';

/** One call made: who called whom, from which list, and how it went. */
@ObjectType({ description: 'One call made, and how it went.' })
@Entity()
@Index('call_record_idempotency_key_unique', ['idempotencyKey'], { unique: true })
@Index('call_record_claim_id_unique', ['claimId'], { unique: true })
@Index('call_record_member_id_index', ['memberId', 'createdAt'])
@Index('call_record_call_list_id_index', ['callListId', 'createdAt'])
@Index('call_record_volunteer_id_index', ['volunteerId', 'createdAt'])
@Index('call_record_script_version_id_index', ['scriptVersionId'])
export class CallRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Made by the client: the same key again returns this record and changes nothing. */
  @Column({ type: 'varchar', length: 64 })
  idempotencyKey: string;

  @Column({ type: 'uuid' })
  claimId: string;

  @ManyToOne(() => Claim, { onDelete: 'CASCADE' })
  @JoinColumn()
  claim: Relation<Claim>;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  callListId: string;

  @ManyToOne(() => CallList, { onDelete: 'CASCADE' })
  @JoinColumn()
  callList: Relation<CallList>;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn()
  member: Relation<Member>;

  @Column({ type: 'uuid', nullable: true })
  volunteerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  volunteer: Relation<User> | null;

  @Field(() => Disposition)
  @Column({ type: 'enum', enum: Disposition, enumName: 'disposition' })
  disposition: Disposition;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  notes: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  callBackAt: Date | null;

  @Field(() => Int, { description: 'Which attempt at this member on this list it was (1, 2, …).' })
  @Column({ type: 'smallint' })
  attempt: number;

  /** The script version the volunteer followed; null when unknown or since deleted. */
  @Column({ type: 'uuid', nullable: true })
  scriptVersionId: string | null;

  @ManyToOne(() => CallScriptVersion, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  scriptVersion: Relation<CallScriptVersion> | null;

  /** The script's answers by step key (a choice, a ranking of candidate ids, free text). */
  @Column({ type: 'jsonb', nullable: true })
  answers: Record<string, string | string[]> | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
