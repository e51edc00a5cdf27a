import type { TestClient } from './test-app';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

interface IntrospectedField {
  name: string;
  args: { name: string; type: TypeRef }[];
  type: TypeRef;
}

interface IntrospectedType {
  kind: string;
  name: string;
  fields: IntrospectedField[] | null;
  inputFields: { name: string; type: TypeRef }[] | null;
  enumValues: { name: string }[] | null;
}

const TYPE_REF =
  'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{
  __schema {
    queryType { name }
    mutationType { name }
    types {
      kind name
      fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } }
      inputFields { name type { ${TYPE_REF} } }
      enumValues { name }
    }
  }
}`;

export interface Operation {
  kind: 'query' | 'mutation';
  name: string;
  /** A document that passes validation, with placeholder arguments, to reach the guard. */
  document: string;
}

const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);

/** Every query and mutation the running API serves, each with a callable placeholder document. */
export async function schemaOperations(client: TestClient): Promise<Operation[]> {
  const { __schema: schema } = await client.ok<{
    __schema: {
      queryType: { name: string };
      mutationType: { name: string };
      types: IntrospectedType[];
    };
  }>(INTROSPECTION);
  const types = new Map(schema.types.map((type) => [type.name, type]));

  const literal = (type: TypeRef): string => {
    if (type.kind === 'NON_NULL') return literal(type.ofType as TypeRef);
    if (type.kind === 'LIST') return `[${literal(type.ofType as TypeRef)}]`;
    const definition = types.get(type.name as string) as IntrospectedType;
    if (definition.kind === 'ENUM') return definition.enumValues?.[0].name ?? '';
    if (definition.kind === 'INPUT_OBJECT') {
      const required = (definition.inputFields ?? []).filter(
        (field) => field.type.kind === 'NON_NULL',
      );
      return `{ ${required.map((field) => `${field.name}: ${literal(field.type)}`).join(', ')} }`;
    }
    switch (type.name) {
      case 'ID':
        return '"6a1f7c0e-1111-4222-8333-444455556666"';
      case 'Int':
      case 'Float':
        return '1';
      case 'Boolean':
        return 'false';
      default:
        return '"placeholder"';
    }
  };

  const operations = (kind: Operation['kind'], typeName: string): Operation[] =>
    (types.get(typeName)?.fields ?? []).map((field) => {
      const args = field.args.filter((arg) => arg.type.kind === 'NON_NULL');
      const argList = args.length
        ? `(${args.map((arg) => `${arg.name}: ${literal(arg.type)}`).join(', ')})`
        : '';
      const returns = types.get(named(field.type).name as string);
      const selection = returns?.kind === 'OBJECT' ? ' { __typename }' : '';
      return {
        kind,
        name: field.name,
        document: `${kind} { ${field.name}${argList}${selection} }`,
      };
    });

  return [
    ...operations('query', schema.queryType.name),
    ...operations('mutation', schema.mutationType.name),
  ];
}

/** How to walk the schema from its root fields down to the objects they can reach. */
export interface WalkPlan {
  /** Ids to try in an argument or input field, by the type its name points to ("regionId": Region). */
  idsByType: Record<string, string[]>;
  /** Object fields followed from a root field, at most. */
  maxDepth: number;
  /** At most this many argument combinations per field. */
  maxVariants: number;
}

export interface Probe {
  kind: 'query' | 'mutation' | 'subscription';
  root: string;
  /** The object fields followed below the root, e.g. ['election', 'regions']. */
  path: string[];
  /** Ids the root's arguments carry, so a test can tell whose data it asked for. */
  argumentIds: string[];
  document: string;
}

interface ArgumentValue {
  text: string;
  ids: string[];
}

/**
 * Every path the API serves from a root field down through object fields (no object type
 * twice on one path), up to `maxDepth`, each as a document selecting every scalar at every
 * level, with its arguments filled from `idsByType` (an `id` names the type it belongs to):
 * one probe per path and argument combination.
 */
export async function schemaProbes(client: TestClient, plan: WalkPlan): Promise<Probe[]> {
  const { __schema: schema } = await client.ok<{
    __schema: {
      queryType: { name: string };
      mutationType: { name: string };
      subscriptionType: { name: string } | null;
      types: IntrospectedType[];
    };
  }>(
    INTROSPECTION.replace(
      'mutationType { name }',
      'mutationType { name } subscriptionType { name }',
    ),
  );
  const types = new Map(schema.types.map((type) => [type.name, type]));
  const kindOf = (type: TypeRef) => types.get(named(type).name as string)?.kind;
  const isLeaf = (type: TypeRef) => kindOf(type) === 'SCALAR' || kindOf(type) === 'ENUM';
  const poolNames = Object.keys(plan.idsByType);

  /** The type an id slot refers to: `callListId` a CallList, `id` its owner. */
  const idType = (slot: string, owner: string): string | undefined => {
    const base = slot.replace(/Ids?$/, '');
    if (base === 'id' || base === '') return owner;
    const capitalised = base[0].toUpperCase() + base.slice(1);
    return poolNames
      .filter((name) => capitalised.endsWith(name))
      .sort((a, b) => b.length - a.length)[0];
  };

  const product = (choices: ArgumentValue[][]): ArgumentValue[][] =>
    choices.reduce<ArgumentValue[][]>(
      (combinations, options) =>
        combinations.flatMap((combination) => options.map((option) => [...combination, option])),
      [[]],
    );

  const valuesOf = (type: TypeRef, slot: string, owner: string): ArgumentValue[] => {
    if (type.kind === 'NON_NULL') return valuesOf(type.ofType as TypeRef, slot, owner);
    if (type.kind === 'LIST')
      return valuesOf(type.ofType as TypeRef, slot, owner).map((value) => ({
        text: `[${value.text}]`,
        ids: value.ids,
      }));
    const definition = types.get(type.name as string) as IntrospectedType;
    if (definition.kind === 'ENUM')
      return [{ text: definition.enumValues?.[0].name ?? '', ids: [] }];
    if (definition.kind === 'INPUT_OBJECT') {
      const inputOwner = definition.name.replace(/^(Create|Update|Save)/, '').replace(/Input$/, '');
      const fields = (definition.inputFields ?? []).filter(
        (field) => field.type.kind === 'NON_NULL',
      );
      return product(fields.map((field) => valuesOf(field.type, field.name, inputOwner)))
        .slice(0, plan.maxVariants)
        .map((values) => ({
          text: `{ ${fields.map((field, index) => `${field.name}: ${values[index].text}`).join(', ')} }`,
          ids: values.flatMap((value) => value.ids),
        }));
    }
    switch (type.name) {
      case 'ID': {
        const pool = plan.idsByType[idType(slot, owner) ?? ''] ?? [];
        return pool.length
          ? pool.map((id) => ({ text: JSON.stringify(id), ids: [id] }))
          : [{ text: '"6a1f7c0e-1111-4222-8333-444455556666"', ids: [] }];
      }
      case 'Int':
        return [{ text: '1', ids: [] }];
      case 'Float':
        return [{ text: '0.5', ids: [] }];
      case 'Boolean':
        return [{ text: 'false', ids: [] }];
      case 'DateTime':
        return [{ text: '"2026-12-01T12:00:00Z"', ids: [] }];
      default:
        return [{ text: '"placeholder"', ids: [] }];
    }
  };

  /** Argument lists for a field: required ones filled, optional ids tried both given and left out. */
  const argumentVariants = (field: IntrospectedField): ArgumentValue[] => {
    const owner = named(field.type).name as string;
    const slots = field.args.filter(
      (arg) => arg.type.kind === 'NON_NULL' || named(arg.type).name === 'ID',
    );
    const choices = slots.map((arg) => {
      const values: (ArgumentValue | null)[] = valuesOf(arg.type, arg.name, owner);
      return arg.type.kind === 'NON_NULL' ? values : [...values, null];
    });
    const combinations = choices.reduce<(ArgumentValue | null)[][]>(
      (all, options) => all.flatMap((combination) => options.map((o) => [...combination, o])),
      [[]],
    );
    return combinations.slice(0, plan.maxVariants).map((combination) => {
      const given = slots
        .map((arg, index) => ({ arg, value: combination[index] }))
        .filter(
          (entry): entry is { arg: (typeof slots)[number]; value: ArgumentValue } =>
            entry.value !== null,
        );
      return {
        text: given.length
          ? `(${given.map(({ arg, value }) => `${arg.name}: ${value.text}`).join(', ')})`
          : '',
        ids: given.flatMap(({ value }) => value.ids),
      };
    });
  };

  const scalars = (typeName: string): string =>
    (types.get(typeName)?.fields ?? [])
      .filter((field) => isLeaf(field.type) && field.args.every((a) => a.type.kind !== 'NON_NULL'))
      .map((field) => field.name)
      .join(' ');

  /** Paths of object fields below `typeName`, each a list of [field, its first argument list]. */
  const pathsBelow = (
    typeName: string,
    seen: Set<string>,
    depth: number,
  ): IntrospectedField[][] => {
    if (depth >= plan.maxDepth) return [];
    return (types.get(typeName)?.fields ?? [])
      .filter((field) => kindOf(field.type) === 'OBJECT')
      .filter((field) => !seen.has(named(field.type).name as string))
      .flatMap((field) => {
        const next = named(field.type).name as string;
        const below = pathsBelow(next, new Set([...seen, next]), depth + 1);
        return [[field], ...below.map((path) => [field, ...path])];
      });
  };

  const selection = (typeName: string, path: IntrospectedField[]): string => {
    const [field, ...rest] = path;
    const own = scalars(typeName);
    if (!field) return ` { __typename ${own} }`;
    const args = argumentVariants(field)[0]?.text ?? '';
    return ` { __typename ${own} ${field.name}${args}${selection(named(field.type).name as string, rest)} }`;
  };

  const probes = (kind: Probe['kind'], rootType: string | undefined): Probe[] =>
    (rootType ? (types.get(rootType)?.fields ?? []) : []).flatMap((field) => {
      const returns = named(field.type).name as string;
      const paths: IntrospectedField[][] =
        kindOf(field.type) === 'OBJECT'
          ? [[], ...pathsBelow(returns, new Set([returns]), 1)]
          : [[]];
      return argumentVariants(field).flatMap((args) =>
        paths.map((path) => ({
          kind,
          root: field.name,
          path: path.map((step) => step.name),
          argumentIds: args.ids,
          document: `${kind} { ${field.name}${args.text}${
            kindOf(field.type) === 'OBJECT' ? selection(returns, path) : ''
          } }`,
        })),
      );
    });

  return [
    ...probes('query', schema.queryType.name),
    ...probes('mutation', schema.mutationType.name),
    ...probes('subscription', schema.subscriptionType?.name),
  ];
}

/** Every string of `value` (at any depth) that is one of `markers`. */
export function markersIn(value: unknown, markers: ReadonlySet<string>): string[] {
  if (typeof value === 'string') return markers.has(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => markersIn(item, markers));
  if (value && typeof value === 'object')
    return Object.values(value).flatMap((item) => markersIn(item, markers));
  return [];
}
