import { registerDecorator, type ValidationOptions } from 'class-validator';

import { passwordProblem } from '../password-policy';

/** A password input that passwordProblem accepts; its message names what is wrong. */
export function AcceptablePassword(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'acceptablePassword',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && !passwordProblem(value),
        defaultMessage: (args) =>
          `${args?.property ?? 'password'} ${typeof args?.value === 'string' ? passwordProblem(args.value) : 'must be text'}`,
      },
    });
  };
}
