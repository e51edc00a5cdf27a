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

import { User } from '../users/user.entity';

/** Who did what to which personal data, and when. Rows are only ever added. */
@Entity()
@Index('audit_log_at_index', ['at'])
@Index('audit_log_user_at_index', ['userId', 'at'])
@Index('audit_log_action_at_index', ['action', 'at'])
export class AuditLog {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  user: Relation<User> | null;

  @Column({ type: 'varchar', length: 40 })
  action: string;

  /** What was acted on: a member, an import, a region's export. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  subjectType: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  subjectId: string | null;

  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
