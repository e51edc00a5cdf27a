import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { Plugin } from 'vite';

const GRAPHQL_CALL = /graphql\(\s*`([\s\S]*?)`\s*,?\s*\)/g;
const GRAPHQL_IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*['"][./]*\/gql['"];?\s*\n/;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/m;
const GENERATED_DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode/gm;

/** The name GraphQL Code Generator's client preset gives a document in gql/graphql.ts. */
export function documentExport(source: string): string {
  const match = DEFINITION.exec(source);
  if (!match) throw new Error(`A graphql() document has no named operation:\n${source}`);
  return match[1] === 'fragment' ? `${match[2]}FragmentDoc` : `${match[2]}Document`;
}

/** Every document's parsed form (JSON) in the generated gql/graphql.ts, by export name. */
export function generatedDocuments(generatedSource: string): Map<string, string> {
  return new Map([...generatedSource.matchAll(GENERATED_DOCUMENT)].map((m) => [m[1], m[2]]));
}

/**
 * In the production build, each `graphql(\`…\`)` call is replaced by its document's parsed
 * form, as the client preset's Babel plugin does. Otherwise the generated `graphql()` looks
 * documents up in one map, and every screen downloads every query of every other screen.
 */
export function graphqlDocuments(): Plugin {
  const generated = fileURLToPath(new URL('../src/gql/graphql.ts', import.meta.url));
  let documents: Map<string, string> | undefined;
  return {
    name: 'phonebank-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = generatedDocuments(readFileSync(generated, 'utf8'));
    },
    transform(code, id) {
      if (!/\/web\/src\/.*\.tsx?$/.test(id) || id.includes('/web/src/gql/')) return null;
      if (!GRAPHQL_IMPORT.test(code)) return null;
      const replaced = code.replace(GRAPHQL_CALL, (_call, source: string) => {
        const name = documentExport(source);
        const document = documents?.get(name);
        if (!document) throw new Error(`${id}: ${name} is not in gql/graphql.ts; run web codegen`);
        return document;
      });
      return { code: replaced.replace(GRAPHQL_IMPORT, ''), map: null };
    },
  };
}
