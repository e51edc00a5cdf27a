import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldProblem } from '@phonebank/domain';

import { AppException } from '../errors/app.exception';

function problemsOf(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const isIndex = /^\d+$/.test(error.property);
    const field =
      parent === ''
        ? error.property
        : isIndex
          ? `${parent}[${error.property}]`
          : `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      // class-validator starts its defaults with the property name; make it the full path.
      message: message.startsWith(`${error.property} `)
        ? `${field}${message.slice(error.property.length)}`
        : message,
    }));
    return [...own, ...problemsOf(error.children ?? [], field)];
  });
}

/** Validates every input class; a failure is BAD_USER_INPUT naming the field's full path. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: false,
    exceptionFactory: (errors) => {
      const problems = problemsOf(errors);
      // class-validator reports `input.seats`; clients know the field as `seats`.
      return AppException.invalid(
        problems.map((p) => ({ ...p, field: p.field.replace(/^input\./, '') })),
      );
    },
  });
}
