import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One sign-in attempt not known to have succeeded (written before its password is checked,
 * deleted when it is right), kept briefly so sign-in can be rate-limited across API replicas.
 */
@Entity()
@Index('login_attempt_email_at_index', ['email', 'attemptedAt'])
@Index('login_attempt_ip_at_index', ['ipAddress', 'attemptedAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  /** Lower-cased as typed, whether or not an account has it. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  ipAddress: string;

  @CreateDateColumn({ type: 'timestamptz' })
  attemptedAt: Date;
}
