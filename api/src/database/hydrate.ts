import type { EntityMetadata } from 'typeorm';

/**
 * An entity from a row of plain SQL, by its columns' database names. For hot paths where
 * TypeORM's find options cost more than the query; `to_jsonb(row)` values work too (their
 * timestamps arrive as text and are turned back into dates).
 */
export function hydrate<T>(metadata: EntityMetadata, row: Record<string, unknown>): T {
  const entity = metadata.create() as Record<string, unknown>;
  for (const column of metadata.columns) {
    const value = row[column.databaseName];
    if (value === undefined) continue;
    const isTime = column.type === 'timestamptz' || column.type === 'timestamp with time zone';
    entity[column.propertyName] = isTime && typeof value === 'string' ? new Date(value) : value;
  }
  return entity as T;
}
