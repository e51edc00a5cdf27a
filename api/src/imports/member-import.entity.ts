import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
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

/** How many rows of a file were rejected for one kind of reason. */
@ObjectType({ description: 'How many rows of a file were rejected for one kind of reason.' })
export class ImportRejectionCount {
  @Field({ description: 'A stable key: PHONE, DUPLICATE, REGION, ...' })
  kind: string;

  @Field({ description: 'The reason, as the Import screen says it.' })
  reason: string;

  @Field(() => Int)
  rows: number;
}

/** What a preview found a file would do to one field of the members it already has. */
@ObjectType({ description: 'How many stored members a file changes in one field.' })
export class ImportFieldChange {
  @Field({ description: 'The member column: phone, landline, email, first_name, ...' })
  field: string;

  @Field(() => Int, { description: 'Stored members whose value would change.' })
  changed: number;

  @Field(() => Int, { description: 'Of those, members whose stored value would be blanked.' })
  blanked: number;
}

/** One uploaded member file and the job that imports it. */
@ObjectType({ description: 'An uploaded member file and the progress of its import.' })
@Entity()
@Index('member_import_election_created_index', ['electionId', 'createdAt'])
export class MemberImport {
  @Field(() => ID)
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

  @Field(() => ImportStatus)
  @Column({
    type: 'enum',
    enum: ImportStatus,
    enumName: 'import_status',
    default: ImportStatus.QUEUED,
  })
  status: ImportStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 255, nullable: true })
  fileName: string | null;

  @Field(() => Float, { description: 'The file’s size in bytes.' })
  @Column({ type: 'bigint', default: 0 })
  byteSize: string;

  /** utf-8 or windows-1252, as detected while the file arrived. */
  @Field()
  @Column({ type: 'varchar', length: 20, default: 'utf-8' })
  encoding: string;

  /** Our column (membership_number, phone, ...) → the file's header, as mapped by the coordinator. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  columnMapping: Record<string, string>;

  /**
   * A preview: the job reads and merges the file against the stored members, counts what
   * would change, and rolls back; confirmMemberImport then imports it for real.
   */
  @Field({
    description:
      'A preview: nothing was written; fieldChanges says what the file would change. confirmMemberImport imports it.',
  })
  @Column({ type: 'boolean', default: false })
  dryRun: boolean;

  /** The coordinator asked that a blank cell clear the stored value (otherwise it keeps it). */
  @Field({ description: 'A blank cell clears the stored value; otherwise the value is kept.' })
  @Column({ type: 'boolean', default: false })
  blankCellsClear: boolean;

  /** The file's header line, as column names: the error report repeats it. */
  @Column({ type: 'jsonb', nullable: true })
  header: string[] | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  rowsTotal: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  rowsInserted: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  rowsUpdated: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  rowsUnchanged: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  rowsRejected: number;

  /** Members of this file whose phone number another member also has. */
  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  duplicatePhones: number;

  /** Members of this file who have no number at all after it: they cannot be called. */
  @Field(() => Int, { description: 'Members imported without a phone, who cannot be called.' })
  @Column({ type: 'int', default: 0 })
  rowsWithoutPhone: number;

  @Field(() => [ImportRejectionCount], { description: 'Rejected rows counted by reason.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  rejectionReasons: ImportRejectionCount[];

  @Field(() => [ImportFieldChange], {
    description:
      'For a preview: how many stored members the file changes, field by field (empty when it changes none).',
  })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  fieldChanges: ImportFieldChange[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  failureMessage: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When every row of the file had been read, while the import still runs: it is merging its last rows and counting.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
