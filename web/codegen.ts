import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the workspace root, where Nx runs the target. The drift check
// (scripts/check-codegen.mjs) points the output elsewhere through PHONEBANK_CODEGEN_OUT.
const out = process.env.PHONEBANK_CODEGEN_OUT ?? 'web/src/gql/';

const config: CodegenConfig = {
  schema: 'api/schema.gql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**', '!web/src/**/*.spec.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        avoidOptionals: false,
      },
    },
  },
};

// graphql-codegen reads the config from the default export.
export default config;
