import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@phonebank/domain';
import {
  ArrayMaxSize,
  IsEmail,
  IsEnum,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';

import { AcceptablePassword } from '../../auth/decorators/acceptable-password.decorator';

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address such as name@example.org' })
  @MaxLength(254)
  email: string;

  @Field()
  @Length(1, 120, { message: 'name must be 1–120 characters' })
  name: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field()
  @AcceptablePassword()
  password: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Regions a coordinator covers or a volunteer calls for.',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'regionIds must hold region ids' })
  regionIds?: string[];
}
