import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';

import { MemberImport } from './member-import.entity';

/** A rejected row: its line in the file, why, and the row as it was. */
@Entity()
export class MemberImportError {
  @PrimaryColumn({ type: 'uuid' })
  importId: string;

  @ManyToOne(() => MemberImport, { onDelete: 'CASCADE' })
  @JoinColumn()
  import: Relation<MemberImport>;

  @PrimaryColumn({ type: 'int' })
  line: number;

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'text', nullable: true })
  raw: string | null;
}
