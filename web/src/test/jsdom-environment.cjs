// jsdom lacks the fetch API that React Router's navigation uses; lend it Node's, with
// Node's AbortController so a Request accepts the router's abort signal.
const { TestEnvironment } = require('jest-environment-jsdom');

class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(...args) {
    super(...args);
    Object.assign(this.global, {
      Request,
      Response,
      Headers,
      fetch,
      FormData,
      AbortController,
      AbortSignal,
      TextEncoder,
      TextDecoder,
      ReadableStream,
    });
  }
}

module.exports = JsdomWithFetchEnvironment;
