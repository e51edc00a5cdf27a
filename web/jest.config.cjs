const path = require('node:path');

const { jestProject } = require('../jest.preset.cjs');

const base = jestProject('web', __dirname);

module.exports = jestProject('web', __dirname, {
  testEnvironment: '<rootDir>/src/test/jsdom-environment.cjs',
  setupFilesAfterEnv: ['<rootDir>/src/test/setup-tests.ts'],
  moduleNameMapper: {
    ...base.moduleNameMapper,
    '\\.css$': path.join(__dirname, 'src/test/style-stub.cjs'),
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
});
