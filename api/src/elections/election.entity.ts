import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
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
import { anonymisationDay } from './retention';
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

  /** The day the ballot closes, as YYYY-MM-DD; retention of contact details counts from it. */
  @Field(() => String, {
    nullable: true,
    description: 'The polling day (YYYY-MM-DD); null until an admin sets it.',
  })
  @Column({ type: 'date', nullable: true })
  pollingDay: string | null;

  @Field(() => Int, {
    description: "Days after the polling day that members' contact details are kept (default 90).",
  })
  @Column({ type: 'int', default: 90 })
  retentionDays: number;

  @Field(() => Date, {
    nullable: true,
    description:
      "When members' contact details were anonymised at the end of the retention period.",
  })
  @Column({ type: 'timestamptz', nullable: true })
  contactDetailsAnonymisedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The day (YYYY-MM-DD, from 00:00 UTC) members' contact details are anonymised: the polling day plus the retention period.",
  })
  get contactDetailsAnonymisedOn(): string | null {
    return anonymisationDay(this.pollingDay, this.retentionDays);
  }

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
