import './common/graphql/domain-enums';

import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';

import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { enforceRegionScope } from './auth/region-scope.schema';
import { SessionService } from './auth/services/session.service';
import { CallListsModule } from './call-lists/call-lists.module';
import { CallsModule } from './calls/calls.module';
import { ClockModule } from './clock/clock.module';
import { AppExceptionFilter } from './common/errors/app-exception.filter';
import { depthLimit } from './common/graphql/depth-limit.rule';
import { fieldLimit } from './common/graphql/field-limit.rule';
import { formatGraphQLError } from './common/graphql/format-error';
import { MAX_QUERY_FIELDS } from './common/graphql/query-cost';
import { queryCostPlugin } from './common/graphql/query-cost.plugin';
import { NulFreePipe } from './common/validation/nul-free.pipe';
import { createValidationPipe } from './common/validation/validation-pipe';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/app-config.token';
import { typeormOptions } from './database/typeorm-options';
import { DemoModule } from './demo/demo.module';
import { ElectionsModule } from './elections/elections.module';
import { ExportsModule } from './exports/exports.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { JobsModule } from './jobs/jobs.module';
import { LiveModule } from './live/live.module';
import {
  isLiveSocketContext,
  type LiveSocketContext,
  LiveSockets,
} from './live/services/live-sockets.service';
import { MembersModule } from './members/members.module';
import { PledgesModule } from './pledges/pledges.module';
import { ProjectionsModule } from './projections/projections.module';
import { CallScriptsModule } from './scripts/call-scripts.module';
import { TalliesModule } from './tallies/tallies.module';
import { UsersModule } from './users/users.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
}

const MAX_QUERY_DEPTH = 10;
const QUERY_SHAPE_RULES = [depthLimit(MAX_QUERY_DEPTH), fieldLimit(MAX_QUERY_FIELDS)];

/**
 * TypeScript resolves @apollo/server's ESM declarations here and @nestjs/apollo its CommonJS
 * ones: the same plugin type twice. At run time there is one @apollo/server.
 */
const cacheControlDisabled = ApolloServerPluginCacheControlDisabled() as unknown as NonNullable<
  ApolloDriverConfig['plugins']
>[number];

@Module({})
export class AppModule {
  static register({ config, databaseUrl, logger }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(typeormOptions(databaseUrl, config.database.poolSize, logger)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [LiveModule, AuthModule],
          inject: [LiveSockets, SessionService],
          useFactory: (liveSockets: LiveSockets, sessions: SessionService) => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            // Closed in production unless configured: the schema and "did you mean"
            // suggestions are a map for anyone probing. The committed schema.gql (emitted
            // from the app, not by introspection) is what codegen reads.
            introspection: config.graphqlIntrospection,
            hideSchemaDetailsFromClientErrors: !config.graphqlIntrospection,
            csrfPrevention: true,
            includeStacktraceInErrorResponses: false,
            validationRules: QUERY_SHAPE_RULES,
            formatError: formatGraphQLError,
            // Region scope on every field that reaches a region's data, or no schema at all.
            transformSchema: (schema) =>
              enforceRegionScope(schema, (request) => sessions.identify(request)),
            // Responses are per user and come by POST: nothing may cache them, so Apollo's
            // cache-control plugin (on by default) would only wrap every field resolver.
            plugins: [cacheControlDisabled, queryCostPlugin() as typeof cacheControlDisabled],
            // Subscriptions: graphql-ws on the same path and port, signed in by the same cookie.
            subscriptions: {
              'graphql-ws': liveSockets.graphqlWsOptions(QUERY_SHAPE_RULES),
            },
            context: (argument: { req: unknown; res: unknown } | LiveSocketContext) =>
              isLiveSocketContext(argument)
                ? liveSockets.context(argument)
                : { req: argument.req, res: argument.res },
          }),
        }),
        ClockModule,
        HealthModule,
        AuditModule,
        AuthModule,
        UsersModule,
        ElectionsModule,
        JobsModule.register(databaseUrl),
        ImportsModule,
        MembersModule,
        ExportsModule,
        CallListsModule,
        PledgesModule,
        CallsModule,
        CallScriptsModule,
        ProjectionsModule,
        TalliesModule,
        LiveModule,
        DemoModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_PIPE, useClass: NulFreePipe },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
      ],
      exports: [APP_CONFIG],
    };
  }
}
