import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PledgeStatus } from '@phonebank/domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';

import { PageArgs } from '../../common/graphql/page.args';

@InputType()
export class MemberFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'electionId must be an election id' })
  electionId?: string;

  @Field(() => ID, { nullable: true, description: 'Left out: every region the caller covers.' })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a region id' })
  regionId?: string;

  @Field({
    nullable: true,
    description: 'Name (partial), membership number (start), phone (start) or postcode (start).',
  })
  @IsOptional()
  @MaxLength(100, { message: 'search must be at most 100 characters' })
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  optedOut?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  called?: boolean;

  @Field(() => PledgeStatus, { nullable: true, description: 'The latest pledge has this status.' })
  @IsOptional()
  @IsEnum(PledgeStatus)
  pledgeStatus?: PledgeStatus;
}

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => MemberFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MemberFilter)
  filter?: MemberFilter;
}
