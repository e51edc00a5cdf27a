// `npm start`: the built server, with the demo election on an empty database unless
// DEMO_DATA says otherwise. Runs in this process, so SIGTERM reaches the server itself.
process.env.DEMO_DATA ??= '1';
require('../dist/api/main.js');
