const { jestProject } = require('../jest.preset.cjs');

module.exports = {
  // Browser tests drive a real server and Chromium; the limit only catches hangs.
  testTimeout: 60000,
  ...jestProject('web-e2e', __dirname, {
    testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
    globalSetup: '<rootDir>/e2e/global-setup.ts',
    globalTeardown: '<rootDir>/e2e/global-teardown.ts',
  }),
};
