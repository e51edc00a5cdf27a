import { ArgsType, Field } from '@nestjs/graphql';
import { MaxLength } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field()
  @MaxLength(254)
  email: string;

  @Field()
  @MaxLength(1024)
  password: string;
}
