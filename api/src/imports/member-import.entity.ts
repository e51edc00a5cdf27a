import { ImportStatus } from '@phonebank/domain';
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

import { Election } from '../elections/election.entity';
import { User } from '../users/user.entity';

/** One uploaded member file and the job that imports it. */
@Entity()
@Index('member_import_election_created_index', ['electionId', 'createdAt'])
export class MemberImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  electionId: string;

  @ManyToOne(() => Election, { onDelete: 'CASCADE' })
  @JoinColumn()
  election: Relation<Election>;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  createdBy: Relation<User> | null;

  @Column({
    type: 'enum',
    enum: ImportStatus,
    enumName: 'import_status',
    default: ImportStatus.QUEUED,
  })
  status: ImportStatus;

  @Column({ type: 'varchar', length: 255, nullable: true })
  fileName: string | null;

  @Column({ type: 'bigint', default: 0 })
  byteSize: string;

  /** utf-8 or windows-1252, as detected while the file arrived. */
  @Column({ type: 'varchar', length: 20, default: 'utf-8' })
  encoding: string;

  /** Our column (membership_number, phone, ...) → the file's header, as mapped by the coordinator. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  columnMapping: Record<string, string>;

  @Column({ type: 'int', default: 0 })
  rowsTotal: number;

  @Column({ type: 'int', default: 0 })
  rowsInserted: number;

  @Column({ type: 'int', default: 0 })
  rowsUpdated: number;

  @Column({ type: 'int', default: 0 })
  rowsUnchanged: number;

  @Column({ type: 'int', default: 0 })
  rowsRejected: number;

  /** Members of this file whose phone number another member also has. */
  @Column({ type: 'int', default: 0 })
  duplicatePhones: number;

  @Column({ type: 'text', nullable: true })
  failureMessage: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
