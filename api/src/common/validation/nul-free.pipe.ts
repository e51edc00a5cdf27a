import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';

import { AppException } from '../errors/app.exception';

const NUL = '\u0000';

/** The path of the first string holding a NUL character in `value`, or undefined. */
function nulPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulPath(item, `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, path === '' ? key : `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Refuses a NUL character in any text that reaches a resolver or controller: PostgreSQL
 * cannot store or compare one, so it would otherwise fail deep in a query as a server error.
 * One pipe for every argument, so no new field has to remember it.
 */
@Injectable()
export class NulFreePipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const found = nulPath(value, metadata.data ?? '');
    if (found !== undefined) {
      // Clients know an input's fields by their own names (`seats`, not `input.seats`).
      const field = found.replace(/^input\./, '') || 'input';
      throw AppException.badInput(
        field,
        `${field} contains a NUL character (\\0), which cannot be stored: remove it and try again.`,
      );
    }
    return value;
  }
}
