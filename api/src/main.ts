import 'reflect-metadata';

import { prepareDatabase } from './bootstrap/prepare-database';
import { createApp } from './bootstrap/create-app';
import { listen } from './bootstrap/listen';
import { type AppConfig, ConfigurationError, loadConfig } from './config/app-config';
import { type RunningPostgres, startEmbeddedPostgres } from './database/embedded-postgres';
import { createLogger } from './logging/create-logger';

function readConfig(): AppConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(
        `${error.message}\nPhonebank did not start. Fix the variables above and start again.\n`,
      );
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.log);
  let database: RunningPostgres;
  if (config.database.url) {
    database = { url: config.database.url, stop: async () => undefined };
    logger.info('Using the PostgreSQL server at DATABASE_URL.');
  } else {
    const started = Date.now();
    database = await startEmbeddedPostgres({
      ...config.embeddedPostgres,
      onLog: (line) => logger.debug({ context: 'postgres' }, line),
    });
    logger.info(
      `No DATABASE_URL: started the embedded PostgreSQL on 127.0.0.1:${config.embeddedPostgres.port} ` +
        `with its data in ${config.embeddedPostgres.dataDir} (${Date.now() - started} ms).`,
    );
  }

  let stopping = false;
  const app = await createApp(config, database.url, logger).catch(async (error: unknown) => {
    await database.stop();
    throw error;
  });
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down.`);
    await app.close().catch((error: unknown) => logger.error(error));
    await database.stop().catch((error: unknown) => logger.error(error));
    logger.info('Stopped.');
    logger.flush();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  const prepared = await prepareDatabase(app);
  if (prepared.migrationsRun.length > 0)
    logger.info({ migrations: prepared.migrationsRun }, 'Ran migrations.');
  for (const step of prepared.report) logger.info(step);
  await listen(app, config.port, config.host);

  const url = `http://localhost:${config.port}/`;
  logger.info({ url, demoUsers: prepared.demoSignIns }, `Phonebank is ready at ${url}`);
  for (const demo of prepared.demoSignIns) {
    logger.info(`Sign in as ${demo.role.toLowerCase()}: ${demo.email} / ${demo.password}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Phonebank failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
