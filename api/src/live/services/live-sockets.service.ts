import type { IncomingMessage } from 'node:http';

import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { type GraphQLWsSubscriptionsConfig, GraphQLSchemaHost } from '@nestjs/graphql';
import cookieParser from 'cookie-parser';
import type { Request, Response } from 'express';
import {
  type ASTVisitor,
  type ExecutionArgs,
  GraphQLError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  validate,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Context as SocketContext } from 'graphql-ws';
import type { WebSocket } from 'ws';

import type { AuthenticatedRequest } from '../../auth/request-context';
import { readSessionToken } from '../../auth/session-cookie';
import { SessionService } from '../../auth/services/session.service';
import { formatGraphQLError } from '../../common/graphql/format-error';
import { isThisSite } from '../../common/http/same-site';
import { assertAffordable } from '../../common/graphql/query-cost';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { LIVE_CLOSE } from '../live.constants';
import type { LiveSubscriber } from './live-topic';

/** What graphql-ws keeps for one connection: the socket and the HTTP upgrade request. */
export interface SocketExtra {
  readonly socket: WebSocket;
  readonly request: IncomingMessage;
}

export type LiveSocketContext = SocketContext<Record<string, unknown> | undefined, SocketExtra>;

/** The GraphQL context of an operation over the socket: the same `req` shape as over HTTP. */
export interface LiveGraphQLContext {
  req: AuthenticatedRequest;
  subscriber: LiveSubscriber;
}

export function isLiveSocketContext(argument: unknown): argument is LiveSocketContext {
  return typeof argument === 'object' && argument !== null && 'extra' in argument;
}

const parseCookies = cookieParser();

/** Only subscriptions go over the socket; queries and mutations stay on POST /graphql. */
function subscriptionsOnly(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation === 'subscription') return;
      context.reportError(
        new GraphQLError(
          `Send ${node.operation === 'query' ? 'queries' : 'mutations'} by POST /graphql; the WebSocket carries subscriptions only.`,
          { nodes: node, extensions: { code: 'BAD_USER_INPUT' } },
        ),
      );
    },
  };
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}

/**
 * Subscriptions over WebSocket (graphql-ws) at /graphql: a connection is accepted only from
 * a page of this site and with a live session cookie, found by the same lookup as HTTP;
 * operations are validated with the same rules as over HTTP, and errors leave formatted the
 * same way.
 */
@Injectable()
export class LiveSockets {
  private schemaHost: GraphQLSchemaHost | undefined;

  constructor(
    private readonly sessions: SessionService,
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The `subscriptions` option of the GraphQL module. */
  graphqlWsOptions(validationRules: ValidationRule[]): GraphQLWsSubscriptionsConfig {
    const rules = [...specifiedRules, ...validationRules, subscriptionsOnly];
    return {
      path: '/graphql',
      onConnect: (context) => this.authenticate(context as LiveSocketContext),
      onSubscribe: (_context, _id, payload): ExecutionArgs | GraphQLError[] => {
        const schema = this.schema();
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          if (error instanceof GraphQLError) return [withCode(error, 'GRAPHQL_PARSE_FAILED')];
          throw error;
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0)
          return errors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
        try {
          assertAffordable({
            schema,
            document,
            variables: payload.variables ?? undefined,
            operationName: payload.operationName,
          });
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
        };
      },
      onNext: (_context, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((error) => formatGraphQLError(error.toJSON())) }
          : result,
    };
  }

  /** The GraphQL context for an operation on an accepted connection. */
  context({ extra }: LiveSocketContext): LiveGraphQLContext {
    const req = extra.request as AuthenticatedRequest;
    return {
      req,
      subscriber: {
        sessionId: req.sessionId as string,
        sessionEnded: () =>
          extra.socket.close(LIVE_CLOSE.sessionEnded.code, LIVE_CLOSE.sessionEnded.reason),
      },
    };
  }

  private async authenticate({ extra }: LiveSocketContext): Promise<boolean> {
    const { socket } = extra;
    // The upgrade request did not pass through Express: give it what the HTTP guard reads.
    const request = extra.request as AuthenticatedRequest;
    if (!this.fromThisSite(request)) {
      socket.close(LIVE_CLOSE.crossSite.code, LIVE_CLOSE.crossSite.reason);
      return false;
    }
    parseCookies(request as Request, {} as Response, () => undefined);
    const token = readSessionToken(request);
    const session = token ? await this.sessions.resume(token) : undefined;
    if (!session) {
      socket.close(LIVE_CLOSE.unauthenticated.code, LIVE_CLOSE.unauthenticated.reason);
      return false;
    }
    request.user = session.user;
    request.sessionId = session.id;
    return true;
  }

  /**
   * Browsers send cookies with a WebSocket opened by any site's page, so a page elsewhere
   * could read a signed-in coordinator's live tallies; a browser always says where the
   * page came from (Origin), and it must be this host. Clients that are not browsers send
   * no Origin and hold their own cookie.
   */
  private fromThisSite(request: IncomingMessage): boolean {
    const origin = request.headers.origin;
    return origin === undefined || isThisSite(origin, request.headers, this.config.trustProxy);
  }

  private schema(): GraphQLSchema {
    this.schemaHost ??= this.moduleRef.get(GraphQLSchemaHost, { strict: false });
    if (!this.schemaHost) throw new Error('The GraphQL schema is not built yet.');
    return this.schemaHost.schema;
  }
}
