import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CountingRule } from '@phonebank/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { Region } from './region.entity';
import { Slate } from './slate.entity';

@ObjectType({ description: 'An election decided by STV in one or more regions.' })
@Entity()
export class Election {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field(() => CountingRule)
  @Column({ type: 'enum', enum: CountingRule, enumName: 'counting_rule' })
  rule: CountingRule;

  @Field(() => [Region])
  @OneToMany(() => Region, (region) => region.election)
  regions: Region[];

  @Field(() => [Slate])
  @OneToMany(() => Slate, (slate) => slate.election)
  slates: Slate[];

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
