const { jestProject } = require('../jest.preset.cjs');

module.exports = {
  // Integration tests start real servers; the limit only catches hangs, never measures speed.
  testTimeout: 60000,
  projects: [
    jestProject('api-unit', __dirname),
    jestProject('api-integration', __dirname, {
      testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    }),
  ],
};
