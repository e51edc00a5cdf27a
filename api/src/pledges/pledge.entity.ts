import { PledgeStatus, SecondPreferenceAnswer } from '@phonebank/domain';
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

import { Candidate } from '../elections/candidate.entity';
import { Election } from '../elections/election.entity';
import { Region } from '../elections/region.entity';
import { Member } from '../members/member.entity';
import { User } from '../users/user.entity';

/**
 * What a member said they will do with their ballot. Every answer is kept; the newest one
 * per member is marked latest, and tallies, exports and projections read only that one.
 */
@Entity()
@Index('pledge_latest_per_member', ['memberId'], { unique: true, where: '"is_latest"' })
@Index('pledge_region_latest_index', ['regionId'], { where: '"is_latest"' })
@Index('pledge_member_id_index', ['memberId'])
export class Pledge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn()
  member: Relation<Member>;

  @Column({ type: 'uuid' })
  electionId: string;

  @ManyToOne(() => Election, { onDelete: 'CASCADE' })
  @JoinColumn()
  election: Relation<Election>;

  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @ManyToOne(() => Region, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  region: Relation<Region> | null;

  @Column({ type: 'enum', enum: PledgeStatus, enumName: 'pledge_status' })
  status: PledgeStatus;

  /** Candidate ids in the member's intended order of preference. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  ranking: string[];

  @Column({
    type: 'enum',
    enum: SecondPreferenceAnswer,
    enumName: 'second_preference_answer',
    default: SecondPreferenceAnswer.NOT_ASKED,
  })
  secondPreference: SecondPreferenceAnswer;

  @Column({ type: 'uuid', nullable: true })
  secondPreferenceCandidateId: string | null;

  @ManyToOne(() => Candidate, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  secondPreferenceCandidate: Relation<Candidate> | null;

  @Column({ type: 'boolean', nullable: true })
  ballotReceived: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  voted: boolean | null;

  @Column({ type: 'boolean', default: true })
  isLatest: boolean;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  recordedBy: Relation<User> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
