const { jestProject } = require('../../jest.preset.cjs');

module.exports = jestProject('stv', __dirname);
