import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

import { AppException } from '../../common/errors/app.exception';
import { requestOf } from '../request-context';

/** The signed-in user; the access guard has already refused requests without one. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const user = requestOf(context).user;
  if (!user) throw AppException.unauthenticated();
  return user;
});

/** The signed-in user or undefined, for operations open to everyone (me, logout). */
export const OptionalUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => requestOf(context).user,
);
