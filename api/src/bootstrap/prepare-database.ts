import type { INestApplication } from '@nestjs/common';
import { Role } from '@phonebank/domain';
import { DataSource } from 'typeorm';

import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { DEMO_MEMBER_COUNT, DEMO_REGION_COUNT, DemoDataService } from '../demo/demo-data.service';
import { DEMO_USERS } from '../demo/demo-users';
import { UsersService } from '../users/services/users.service';

// Any constant will do, as long as every replica uses the same one.
const STARTUP_LOCK = 7_432_001;

export interface PreparedDatabase {
  migrationsRun: string[];
  createdAdmin: string | undefined;
  loadedDemo: boolean;
  demoSignIns: { email: string; password: string; role: Role }[];
  /** What the start did about ADMIN_EMAIL and DEMO_DATA, one sentence each, for the log. */
  report: string[];
}

/**
 * Runs migrations, creates the first admin and loads the demo, under one advisory lock
 * so that replicas starting together do each step once. The admin comes first and the demo
 * asks only whether an election exists, so the two together each happen on a new database.
 */
export async function prepareDatabase(app: INestApplication): Promise<PreparedDatabase> {
  const dataSource = app.get(DataSource);
  const config = app.get<AppConfig>(APP_CONFIG);
  const users = app.get(UsersService);
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    const migrations = await dataSource.runMigrations({ transaction: 'each' });
    const report: string[] = [];
    let createdAdmin: string | undefined;
    if (config.firstAdmin) {
      if ((await users.count()) === 0) {
        const admin = await users.create({ ...config.firstAdmin, name: 'Admin', role: Role.ADMIN });
        createdAdmin = admin.email;
        report.push(`Created the first admin, ${admin.email} (from ADMIN_EMAIL).`);
      } else {
        report.push('ADMIN_EMAIL: the database has users already, so no admin was created.');
      }
    }
    let loadedDemo = false;
    if (config.demoData) {
      loadedDemo = await app.get(DemoDataService).loadUnlessElectionExists();
      report.push(
        loadedDemo
          ? `DEMO_DATA: loaded the demo election (${DEMO_REGION_COUNT} regions, ${DEMO_MEMBER_COUNT} invented members, a call list for the demo volunteer).`
          : 'DEMO_DATA: an election exists already, so the demo was not loaded.',
      );
    }
    // A demo email given as ADMIN_EMAIL is that admin's, with ADMIN_PASSWORD: not printed.
    const demoSignIns = config.demoData
      ? (await demoUsersPresent(users)).filter((demo) => demo.email !== config.firstAdmin?.email)
      : [];
    return {
      migrationsRun: migrations.map((m) => m.name),
      createdAdmin,
      loadedDemo,
      demoSignIns,
      report,
    };
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => undefined);
    await lock.release();
  }
}

async function demoUsersPresent(users: UsersService): Promise<PreparedDatabase['demoSignIns']> {
  const present = await Promise.all(DEMO_USERS.map((demo) => users.findByEmail(demo.email)));
  return DEMO_USERS.filter((_, index) => present[index]).map(({ email, password, role }) => ({
    email,
    password,
    role,
  }));
}
