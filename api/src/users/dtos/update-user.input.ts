import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@phonebank/domain';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsUUID, Length } from 'class-validator';

import { AcceptablePassword } from '../../auth/decorators/acceptable-password.decorator';

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a user id' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 120, { message: 'name must be 1–120 characters' })
  name?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'regionIds must hold region ids' })
  regionIds?: string[];

  @Field({ nullable: true, description: 'Disabling signs the user out everywhere.' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  @Field({ nullable: true, description: 'A new password; signs the user out everywhere.' })
  @IsOptional()
  @AcceptablePassword()
  password?: string;
}
