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
