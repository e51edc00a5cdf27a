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

import { Election } from '../elections/election.entity';
import { Region } from '../elections/region.entity';
import { RegionScoped } from '../auth/decorators/region-scope.decorators';
import { RegionPermission } from '../auth/region-access';

@ObjectType({ description: 'A member of the electorate who may be called.' })
@RegionScoped(RegionPermission.READ, (member: Member) => member.regionId)
@Entity()
@Index('member_election_membership_number_unique', ['electionId', 'membershipNumber'], {
  unique: true,
})
@Index('member_region_id_index', ['regionId'])
@Index('member_election_phone_index', ['electionId', 'phone'])
// Search indexes TypeORM cannot describe (trigram GIN, text_pattern_ops, expressions): created
// in migration 1764400200000; declared here only so the schema check leaves them alone.
@Index('member_name_trgm_index', { synchronize: false })
@Index('member_membership_number_prefix_index', { synchronize: false })
@Index('member_phone_prefix_index', { synchronize: false })
@Index('member_postcode_search_index', { synchronize: false })
@Index('member_tags_index', { synchronize: false })
export class Member {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  electionId: string;

  @ManyToOne(() => Election, { onDelete: 'CASCADE' })
  @JoinColumn()
  election: Relation<Election>;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  membershipNumber: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  firstName: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  lastName: string;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +442079460123.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  /**
   * The member's second number (a home phone), E.164: kept beside `phone`, which is the number
   * to call (the file's phone column first, else this one).
   */
  @Field(() => String, {
    nullable: true,
    description: 'A second number (a home phone), E.164; phone is the number to call.',
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  landline: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 10, nullable: true })
  postcode: string | null;

  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @Field(() => Region, { nullable: true })
  @ManyToOne(() => Region, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  region: Region | null;

  /** libphonenumber's type of `phone` (MOBILE, FIXED_LINE, ...), for filters such as "has a mobile". */
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  phoneType: string | null;

  /** Labels from the membership system (e.g. union, young-members), for call list filters. */
  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  /** Never to be called again: set by an opt-out or a DO_NOT_CALL outcome, never cleared by an import. */
  @Field()
  @Column({ type: 'boolean', default: false })
  doNotCall: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  optedOutAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  optOutReason: string | null;

  /** Erased at the member's request: contact details gone, membership number one-way hashed. */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field({ name: 'erased' })
  get erased(): boolean {
    return this.erasedAt !== null;
  }
}
