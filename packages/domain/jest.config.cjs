const { jestProject } = require('../../jest.preset.cjs');

module.exports = jestProject('domain', __dirname);
