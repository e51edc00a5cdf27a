import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';

import { MemberImport } from './member-import.entity';

/** The uploaded file's bytes, in order, so that any replica can run the import after a restart. */
@Entity()
export class MemberImportChunk {
  @PrimaryColumn({ type: 'uuid' })
  importId: string;

  @ManyToOne(() => MemberImport, { onDelete: 'CASCADE' })
  @JoinColumn()
  import: Relation<MemberImport>;

  @PrimaryColumn({ type: 'int' })
  seq: number;

  @Column({ type: 'bytea' })
  data: Buffer;
}
