// One Jest setup for every project: SWC compiles TypeScript (with the decorator metadata
// NestJS needs), and @phonebank/* resolve to the packages' sources.
const path = require('node:path');

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: {
      legacyDecorator: true,
      decoratorMetadata: true,
      react: { runtime: 'automatic' },
    },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

function jestProject(displayName, rootDir, overrides = {}) {
  return {
    displayName,
    rootDir,
    testEnvironment: 'node',
    transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swcOptions] },
    moduleNameMapper: {
      '^@phonebank/([a-z-]+)$': path.join(__dirname, 'packages/$1/src'),
    },
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
    ...overrides,
  };
}

module.exports = { jestProject, swcOptions };
