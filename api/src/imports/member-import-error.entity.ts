import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';

import { MemberImport } from './member-import.entity';

/** A rejected row: its line in the file, why, and the row as it was. */
@ObjectType('ImportError')
@Entity()
export class MemberImportError {
  @PrimaryColumn({ type: 'uuid' })
  importId: string;

  @ManyToOne(() => MemberImport, { onDelete: 'CASCADE' })
  @JoinColumn()
  import: Relation<MemberImport>;

  @Field(() => Int, { description: 'The line of the file the row ends on (the header is line 1).' })
  @PrimaryColumn({ type: 'int' })
  line: number;

  @Field()
  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'text', nullable: true })
  raw: string | null;
}
