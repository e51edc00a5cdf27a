import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';

import { Region } from '../elections/region.entity';
import { User } from '../users/user.entity';
import { AuditAction } from './audit-action';

registerEnumType(AuditAction, { name: 'AuditAction' });

@ObjectType('AuditEntry', { description: 'Who did what to which personal data, and when.' })
export class AuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => AuditAction)
  action: AuditAction;

  @Field(() => String, { nullable: true })
  subjectType: string | null;

  @Field(() => String, { nullable: true })
  subjectId: string | null;

  @Field(() => Region, { nullable: true })
  region: Region | null;

  @Field({ description: 'JSON text: row counts, filters, flags. Never personal data.' })
  details: string;
}

@ObjectType()
export class AuditPage {
  @Field(() => [AuditEntryModel])
  items: AuditEntryModel[];

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  offset: number;

  @Field(() => Int)
  limit: number;
}

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'userId must be a user id' })
  userId?: string;

  @Field(() => AuditAction, { nullable: true })
  @IsOptional()
  @IsEnum(AuditAction)
  action?: AuditAction;

  @Field({ nullable: true, description: 'From this moment (inclusive).' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Up to this moment (exclusive).' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@ArgsType()
export class AuditLogArgs {
  @Field(() => AuditFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditFilter)
  filter?: AuditFilter;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @Min(0, { message: 'offset must be 0 or more' })
  offset?: number | null = 0;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsOptional()
  @Min(1, { message: 'limit must be 1–200' })
  @Max(200, { message: 'limit must be 1–200' })
  limit?: number | null = 50;
}
