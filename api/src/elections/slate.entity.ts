import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';

import { Election } from './election.entity';

@ObjectType({
  description: 'A slate of candidates standing together; one slate per election is ours.',
})
@Entity()
@Index('slate_election_name_unique', ['electionId', 'name'], { unique: true })
@Index('slate_one_ours_per_election', ['electionId'], { unique: true, where: '"ours"' })
export class Slate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  electionId: string;

  @ManyToOne(() => Election, (election) => election.slates, { onDelete: 'CASCADE' })
  @JoinColumn()
  election: Relation<Election>;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field({ description: 'True for the slate this phone bank campaigns for.' })
  @Column({ type: 'boolean', default: false })
  ours: boolean;

  @Field({ description: 'Hex colour used in charts and chips, e.g. #d62828.' })
  @Column({ type: 'varchar', length: 7, default: '#6c757d' })
  colour: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
