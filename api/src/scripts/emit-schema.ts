import 'reflect-metadata';

import { writeFileSync } from 'node:fs';

import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import pino from 'pino';

import { AppModule } from '../app.module';
import { loadConfig } from '../config/app-config';
import { requireDatabaseUrl } from './database-url';

// Prints the GraphQL schema the API serves, sorted; with a path, writes it there.
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const logger = pino({ level: 'silent' });
  const app = await NestFactory.create(
    AppModule.register({ config, databaseUrl: requireDatabaseUrl(), logger }),
    {
      logger: false,
    },
  );
  await app.init();
  const schema = `${printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema))}\n`;
  await app.close();
  const [path] = process.argv.slice(2);
  if (path) writeFileSync(path, schema);
  else process.stdout.write(schema);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Could not emit the schema: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
