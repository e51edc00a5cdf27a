const { jestProject } = require('../../jest.preset.cjs');

module.exports = jestProject('projection', __dirname);
