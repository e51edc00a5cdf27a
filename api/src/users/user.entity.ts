import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@phonebank/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinTable,
  ManyToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { Region } from '../elections/region.entity';

@ObjectType({
  description: 'Someone who signs in: an admin, a coordinator of some regions, or a volunteer.',
})
@Entity()
@Index('user_email_unique', { synchronize: false })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored as given; unique case-insensitively (index on lower(email), in the migration). */
  @Field()
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Field(() => [Region], {
    description: 'The regions a coordinator covers, or a volunteer calls for.',
  })
  @ManyToMany(() => Region, { onDelete: 'CASCADE' })
  @JoinTable({ name: 'user_region' })
  regions: Region[];

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field({ name: 'disabled' })
  get disabled(): boolean {
    return this.disabledAt !== null;
  }
}
