import type { CallScriptStep } from '@phonebank/domain';
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
import { CallScript } from './call-script.entity';

/** One saved state of a script, never changed: a call record names the version it followed. */
@Entity()
@Index('call_script_version_script_version_unique', ['scriptId', 'version'], { unique: true })
export class CallScriptVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  scriptId: string;

  @ManyToOne(() => CallScript, { onDelete: 'CASCADE' })
  @JoinColumn()
  script: Relation<CallScript>;

  /** 1, 2, … within the script. */
  @Column({ type: 'int' })
  version: number;

  /** Checked by checkCallScript and stored normalised (see @phonebank/domain call-script). */
  @Column({ type: 'jsonb' })
  steps: CallScriptStep[];

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  createdBy: Relation<User> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
