import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import { guardedResolvers } from './tools/eslint/guarded-resolvers.mjs';

export default tseslint.config(
  { ignores: ['**/dist', '**/coverage', '.data', '.nx', 'web/src/gql', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx, phonebank: { rules: { 'guarded-resolvers': guardedResolvers } } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'react', 'react-dom', '@apollo/*'],
              message: 'packages/ hold framework-free code.',
            },
          ],
        },
      ],
    },
  },
  {
    // NestJS injects by the classes that decorator metadata names: a type-only import
    // would erase them, so the API keeps value imports.
    files: ['api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Every connection the API opens carries an 'error' listener (database-connections.ts):
    // one without would end the process when PostgreSQL restarts.
    files: ['api/src/**/*.ts'],
    ignores: ['api/src/database/database-connections.ts', 'api/src/**/*.integration-spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'pg',
              importNames: ['Pool', 'Client', 'default'],
              allowTypeImports: true,
              message: 'Use DatabasePool or databaseClient() from database/database-connections.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['api/src/**/*.resolver.ts'],
    rules: { 'phonebank/guarded-resolvers': 'error' },
  },
  {
    files: ['web/**/*.tsx', 'web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: [
      '**/*.config.ts',
      '**/*.config.mjs',
      'eslint.config.mjs',
      '**/codegen.ts',
      '**/test/global-*.ts',
      '**/e2e/global-*.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  prettier,
);
