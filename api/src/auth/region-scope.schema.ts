import {
  defaultFieldResolver,
  getNamedType,
  GraphQLError,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  GraphQLInputObjectType,
  GraphQLObjectType,
  type GraphQLSchema,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

import { AppException } from '../common/errors/app.exception';
import type { User } from '../users/user.entity';
import {
  REGION_FIELD_EXTENSION,
  REGION_SCOPE_EXTENSION,
  type TypeRegionScope,
} from './region-scope.extensions';
import { mayAccessRegion, RegionPermission, requireRegionAccess } from './region-access';
import type { AuthenticatedRequest } from './request-context';

/** Who is calling, resumed from the session cookie if the access guard has not run yet. */
export type IdentifyCaller = (request: AuthenticatedRequest) => Promise<User | undefined>;

interface ScopeContext {
  req?: AuthenticatedRequest;
}

/** Argument and input-field names that carry region ids. */
const REGION_ARGUMENTS = new Set(['regionId', 'regionIds']);
/** A region id is a UUID; anything else is bad input, which the service names. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const typeScope = (type: GraphQLObjectType): TypeRegionScope | undefined =>
  type.extensions?.[REGION_SCOPE_EXTENSION] as TypeRegionScope | undefined;

const fieldPermission = (field: GraphQLField<unknown, unknown>): RegionPermission | undefined =>
  field.extensions?.[REGION_FIELD_EXTENSION] as RegionPermission | undefined;

/** Nest reads a plain @Field property with this function; anything else is a resolver's work. */
const readsAProperty = (field: GraphQLField<unknown, unknown>): boolean =>
  field.resolve?.name === 'rootFieldResolver';

/**
 * A refusal as graphql-js reports it. Only FORBIDDEN and UNAUTHENTICATED come from here,
 * with nothing but a message, so this module needs no Nest (its tests build a bare schema).
 */
function refusal(exception: AppException): Error {
  return new GraphQLError(exception.message, { extensions: { code: exception.code } });
}

/** Where region ids sit in a field's arguments: paths of names, through input objects. */
function regionArgumentPaths(field: GraphQLField<unknown, unknown>): string[][] {
  const below = (type: GraphQLInputType, seen: Set<string>): string[][] => {
    const named = getNamedType(type);
    if (!(named instanceof GraphQLInputObjectType) || seen.has(named.name)) return [];
    return Object.values(named.getFields()).flatMap((inputField) =>
      REGION_ARGUMENTS.has(inputField.name)
        ? [[inputField.name]]
        : below(inputField.type, new Set([...seen, named.name])).map((path) => [
            inputField.name,
            ...path,
          ]),
    );
  };
  return field.args.flatMap((arg) =>
    REGION_ARGUMENTS.has(arg.name)
      ? [[arg.name]]
      : below(arg.type, new Set()).map((path) => [arg.name, ...path]),
  );
}

/** The ids at `path` in `value` (lists at any step flattened). */
function valuesAt(value: unknown, path: string[]): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path));
  if (path.length === 0) return typeof value === 'string' ? [value] : [];
  if (value === null || typeof value !== 'object') return [];
  return valuesAt((value as Record<string, unknown>)[path[0]], path.slice(1));
}

/**
 * What the caller may have of a resolved value of a region-scoped type: a list loses the
 * objects of regions they do not hold `scope.permission` in; a single such object is refused.
 */
function scoped(
  value: unknown,
  scope: TypeRegionScope,
  user: User | undefined,
  list: boolean,
): unknown {
  const allowed = (item: unknown): boolean => {
    if (item === null || item === undefined) return true;
    const regionId = scope.regionOf(item);
    return !regionId || mayAccessRegion(user, scope.permission, regionId);
  };
  if (list) {
    if (!Array.isArray(value)) return value;
    return value.filter(allowed);
  }
  if (!allowed(value))
    throw refusal(
      user
        ? AppException.forbidden(
            scope.permission === RegionPermission.FIGURES
              ? "Only admins and the region's coordinators see its figures."
              : 'You do not cover this region.',
          )
        : AppException.unauthenticated(),
    );
  return value;
}

function returnsList(field: GraphQLField<unknown, unknown>): boolean {
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  return isListType(type);
}

/**
 * Region scope as one mechanism over the whole schema, applied when it is built:
 * - a field returning a @RegionScoped type gives only objects of regions the caller holds
 *   the type's permission in, whichever type the field is on (Query, Election.regions,
 *   CallList.region, a subscription's pushes...);
 * - a field marked @RegionField(permission) needs that permission in its object's region;
 * - an argument or input field named regionId/regionIds, on any field, must name regions
 *   the caller reaches.
 * It refuses to build a schema where a type carries a region (a `region` or `regionId`
 * field) without @RegionScoped, or a region-scoped type has a resolved field without
 * @RegionField: a new field or type cannot forget its scope.
 */
export function enforceRegionScope(schema: GraphQLSchema, identify: IdentifyCaller): GraphQLSchema {
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .filter((type): type is GraphQLObjectType => !!type)
      .map((type) => type.name),
  );
  const problems: string[] = [];
  const objectTypes = Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
  );

  const region = schema.getType('Region');
  if (region && isObjectType(region) && !typeScope(region))
    problems.push('Region is not @RegionScoped: its objects are what region scope is about.');

  for (const type of objectTypes) {
    const ownScope = typeScope(type);
    const fields = Object.values(type.getFields());
    if (!ownScope && !roots.has(type.name)) {
      const carrier = fields.find(
        (field) =>
          field.name === 'region' ||
          field.name === 'regionId' ||
          (!returnsList(field) && getNamedType(field.type).name === 'Region'),
      );
      if (carrier)
        problems.push(
          `${type.name}.${carrier.name} carries a region, but ${type.name} is not @RegionScoped.`,
        );
    }

    for (const field of fields) {
      const declared = fieldPermission(field);
      if (ownScope && declared === undefined && field.resolve && !readsAProperty(field))
        problems.push(
          `${type.name}.${field.name} is resolved on a region-scoped type without @RegionField(permission).`,
        );
      const returned = getNamedType(field.type);
      const returnScope = isObjectType(returned) ? typeScope(returned) : undefined;
      const argumentPaths = regionArgumentPaths(field);
      const ownCheck = ownScope && declared !== undefined ? declared : undefined;
      if (!returnScope && ownCheck === undefined && argumentPaths.length === 0) continue;

      const isRoot = roots.has(type.name);
      const list = returnsList(field);
      const caller = async (context: ScopeContext): Promise<User | undefined> => {
        const request = context.req;
        if (!request) return undefined;
        if (request.user === undefined && isRoot) await identify(request);
        return request.user;
      };
      const before = async (
        source: unknown,
        args: Record<string, unknown>,
        context: ScopeContext,
      ) => {
        const user = await caller(context);
        if (user === undefined) {
          // Nobody signed in: the access guard refuses, or the field is public and has
          // nothing of any region (a scoped result is checked after).
          if (ownCheck !== undefined) throw refusal(AppException.unauthenticated());
          return undefined;
        }
        if (ownCheck !== undefined && ownScope) {
          const regionId = ownScope.regionOf(source);
          if (regionId) {
            try {
              requireRegionAccess(user, { permission: ownCheck, regionIds: [regionId] });
            } catch (error) {
              throw refusal(error as AppException);
            }
          }
        }
        const named = argumentPaths
          .flatMap((path) => valuesAt(args, path))
          .filter((id) => UUID.test(id));
        if (named.length) {
          try {
            requireRegionAccess(user, { permission: RegionPermission.READ, regionIds: named });
          } catch (error) {
            throw refusal(error as AppException);
          }
        }
        return user;
      };

      const resolve: GraphQLFieldResolver<unknown, ScopeContext> =
        field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args, context, info) => {
        await before(source, args, context);
        const value: unknown = await resolve(source, args, context, info);
        // Nest hands a refusal back as the value (graphql-js throws it): pass it on as it is.
        if (value instanceof Error) return value;
        return returnScope ? scoped(value, returnScope, context.req?.user, list) : value;
      };
      if (field.subscribe) {
        const subscribe = field.subscribe;
        field.subscribe = async (source, args, context, info) => {
          await before(source, args, context as ScopeContext);
          return subscribe(source, args, context, info);
        };
      }
    }
  }
  if (problems.length)
    throw new Error(
      `Region scope is not declared where the schema needs it:\n${problems.join('\n')}`,
    );
  return schema;
}
