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
