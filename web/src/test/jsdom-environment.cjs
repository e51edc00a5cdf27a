// jsdom lacks the fetch API that uploads, downloads and Apollo's HttpLink use; lend it Node's,
// with Node's AbortController so a Request accepts the signal a caller aborts it with.
// IndexedDB (faked in setup-tests) clones values with structuredClone, which jsdom lacks too.
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
      structuredClone,
    });
  }
}

module.exports = JsdomWithFetchEnvironment;
