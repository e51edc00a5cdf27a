import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';

import { PageArgs } from '../common/graphql/page.args';
import { Region } from '../elections/region.entity';
import { User } from '../users/user.entity';
import { AuditAction } from './audit-action';
import { RegionScoped } from '../auth/decorators/region-scope.decorators';
import { RegionPermission } from '../auth/region-access';

registerEnumType(AuditAction, { name: 'AuditAction' });

@ObjectType('AuditEntry', { description: 'Who did what to which personal data, and when.' })
@RegionScoped(RegionPermission.READ, (entry: AuditEntryModel) => entry.region?.id)
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
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditFilter)
  filter?: AuditFilter;
}
