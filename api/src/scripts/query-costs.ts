import 'reflect-metadata';

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type DocumentNode,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  validate,
} from 'graphql';
import pino from 'pino';

import { AppModule } from '../app.module';
import { fieldLimit } from '../common/graphql/field-limit.rule';
import { MAX_QUERY_COST, MAX_QUERY_FIELDS, queryCost } from '../common/graphql/query-cost';
import { loadConfig } from '../config/app-config';
import { QUERY_SIMULATIONS } from '../projections/services/projection-checks';
import { requireDatabaseUrl } from './database-url';

/** The largest page any list accepts (PageArgs' @Max): a client may ask for it. */
const LARGEST_PAGE = 200;

/** A value of `type` as a client might send it, at its dearest: the largest page. */
function dearest(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return dearest(type.ofType, name);
  if (isListType(type)) return [dearest(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, dearest(field.type, field.name)]),
    );
  if (name === 'limit' || name === 'first') return LARGEST_PAGE;
  if (name === 'simulations') return QUERY_SIMULATIONS.max;
  switch (type.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 0.5;
    case 'Boolean':
      return true;
    case 'ID':
      return randomUUID();
    default:
      return 'text';
  }
}

// Prints, as JSON, what each operation in the given GraphQL files would cost with its variables
// at their dearest (pages at their largest), and whether the API would refuse it: so a
// client's documents can be checked against the limits (a test checks the web client's).
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const app = await NestFactory.create(
    AppModule.register({
      config,
      databaseUrl: requireDatabaseUrl(),
      logger: pino({ level: 'silent' }),
    }),
    { logger: false },
  );
  await app.init();
  const schema = app.get(GraphQLSchemaHost).schema;
  const definitions = process.argv
    .slice(2)
    .flatMap((path) => parse(readFileSync(path, 'utf8')).definitions);
  const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const costs = definitions.flatMap((operation) => {
    if (operation.kind !== Kind.OPERATION_DEFINITION) return [];
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
    const variables = Object.fromEntries(
      (operation.variableDefinitions ?? []).map((definition) => {
        const name = definition.variable.name.value;
        return [name, dearest(typeFromAST(schema, definition.type) as GraphQLInputType, name)];
      }),
    );
    const cost = queryCost({ schema, document, variables });
    const tooManyFields = validate(schema, document, [fieldLimit(MAX_QUERY_FIELDS)]).length > 0;
    return [
      {
        operation: operation.name?.value ?? '(anonymous)',
        cost,
        refused: tooManyFields || cost > MAX_QUERY_COST,
      },
    ];
  });
  await app.close();
  process.stdout.write(`${JSON.stringify({ limit: MAX_QUERY_COST, costs }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Could not cost the documents: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
