import {
  type DocumentNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLField,
  isListType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';
import {
  type ComplexityEstimator,
  fieldExtensionsEstimator,
  getComplexity,
} from 'graphql-query-complexity';

// What an operation may cost before it runs. A unit is roughly one object read and written
// out; the figures below say what each kind of field costs in those units. The limit admits
// every document the web client sends with its largest page (a test walks them all) and
// refuses a request that would hold hundreds of thousands of objects in memory at once.

/** The most an operation may cost. */
export const MAX_QUERY_COST = 50_000;
/** Fields one operation may select, aliases and spread fragments included. */
export const MAX_QUERY_FIELDS = 500;
/** A field that returns a list and takes no `limit`/`first`: sized as if it held this many. */
export const DEFAULT_LIST_SIZE = 10;
/** A field of Query, Mutation or Subscription: at least one round trip to PostgreSQL. */
export const ROOT_FIELD_COST = 10;
/** A page (a type with `items` and `total`) counts its rows once, whatever its size. */
export const PAGE_COUNT_COST = 50;
/** A field that counts or aggregates a region's members (a match count, a tally). */
export const COUNT_COST = 200;
/** A field that queues work for the job worker: the request is cheap, the worker's part not. */
export const WORKER_JOB_COST = 1_000;
/** Free-text search (a `filter` with `search`) scans names, not an index on one column. */
export const SEARCH_COST = 200;

const SIZE_ARGUMENTS = ['limit', 'first'] as const;
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * The cost a field declares for itself, from its arguments: `complexity` of `@Query`,
 * `@Mutation`, `@Field` or `@ResolveField`. A number adds to its children's cost; a
 * function (such as `costPer`) gives the whole cost.
 */
export type FieldCost = (options: {
  args: Record<string, unknown>;
  childComplexity: number;
}) => number;

/**
 * A field whose work grows with an argument: `per` units for each, plus its selection. A
 * field that refuses more than `refusedAbove` itself, before any work, costs no more than
 * that many: its own refusal says what to do instead (`startProjection`), the cost's cannot.
 */
export function costPer(argument: string, per: number, refusedAbove = Infinity): FieldCost {
  return ({ args, childComplexity }) => {
    const count = typeof args[argument] === 'number' ? (args[argument] as number) : 1;
    return ROOT_FIELD_COST + Math.min(Math.max(1, count), refusedAbove) * per + childComplexity;
  };
}

function sizeArgument(args: Record<string, unknown>): number | undefined {
  for (const name of SIZE_ARGUMENTS) {
    const value = args[name];
    if (typeof value === 'number') return Math.max(0, value);
  }
  return undefined;
}

/** A page type (MemberPage, AuditPage…): its `items` are sized by the field that returned it. */
function isPage(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNamedType(field.type);
  return isObjectType(type) && 'items' in type.getFields() && 'total' in type.getFields();
}

function hasSearch(args: Record<string, unknown>): boolean {
  const filter = args.filter;
  return (
    typeof filter === 'object' &&
    filter !== null &&
    typeof (filter as { search?: unknown }).search === 'string' &&
    (filter as { search: string }).search.trim() !== ''
  );
}

/**
 * Every field not declaring a cost: 1, or ROOT_FIELD_COST at the root; a page adds its count
 * and its search; a list multiplies its selection by its `limit`/`first`, or by
 * DEFAULT_LIST_SIZE when it has none (the `items` of a page: by the page's own limit).
 */
const structuralEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const base = ROOT_TYPES.has(type.name) ? ROOT_FIELD_COST : 1;
  const size = sizeArgument(args);
  if (isPage(field)) {
    const rows = size ?? DEFAULT_LIST_SIZE;
    return base + PAGE_COUNT_COST + (hasSearch(args) ? SEARCH_COST : 0) + rows * childComplexity;
  }
  const pageItems = field.name === 'items' && isObjectType(type) && 'total' in type.getFields();
  if (isListType(getNullableType(field.type)) && !pageItems) {
    return base + (size ?? DEFAULT_LIST_SIZE) * Math.max(1, childComplexity);
  }
  return base + childComplexity;
};

export const QUERY_COST_ESTIMATORS: ComplexityEstimator[] = [
  fieldExtensionsEstimator(),
  structuralEstimator,
];

export interface CostedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string | null;
}

/** What the operation would cost, before anything of it runs. */
export function queryCost({ schema, document, variables, operationName }: CostedOperation): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: QUERY_COST_ESTIMATORS,
    });
  } catch (error) {
    // Costing reads the variables first: one that does not fit its type is bad input, said as
    // graphql-js says it (naming the variable), as execution would have.
    if (error instanceof GraphQLError && error.extensions.code === undefined)
      throw new GraphQLError(error.message, {
        extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      });
    throw error;
  }
}

/** Refuses an operation over MAX_QUERY_COST, saying its cost and the limit. */
export function assertAffordable(operation: CostedOperation): void {
  const cost = queryCost(operation);
  if (cost > MAX_QUERY_COST) {
    throw new GraphQLError(
      `This request would cost ${cost} (the limit is ${MAX_QUERY_COST}): ask for smaller pages, fewer fields or fewer simulations, or split it into several requests.`,
      {
        extensions: {
          code: 'QUERY_TOO_COSTLY',
          cost,
          limit: MAX_QUERY_COST,
          http: { status: 400 },
        },
      },
    );
  }
}
