import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class CreateSlateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'electionId must be an election id' })
  electionId: string;

  @Field()
  @MaxLength(1000)
  name: string;

  @Field({ description: 'True for the slate this phone bank campaigns for (one per election).' })
  @IsBoolean()
  ours: boolean;

  @Field({
    nullable: true,
    description: 'Hex colour such as #d62828; a default is picked when left out.',
  })
  @IsOptional()
  @MaxLength(100)
  colour?: string;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateSlateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a slate id' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  ours?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  colour?: string;
}
