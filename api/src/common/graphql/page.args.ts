import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;

/** offset/limit paging, bounded, shared by every list that pages (members, audit log, ...). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @Min(0, { message: 'offset must be 0 or more' })
  offset?: number | null = 0;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsOptional()
  @Min(1, { message: `limit must be 1–${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `limit must be 1–${MAX_PAGE_SIZE}` })
  limit?: number | null = 50;
}
