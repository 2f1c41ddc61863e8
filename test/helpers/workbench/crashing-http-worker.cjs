/**
 * The real UrlFetch worker, except that a request whose URL contains "/crash" kills it, as a
 * bug in the worker would.
 */
const { workerData } = require('node:worker_threads');

require('../../../src/workbench/gas/url-fetch/http-worker.cjs');

workerData.port.on('message', ({ requests }) => {
  if (requests.some((request) => request.url.includes('/crash'))) throw new Error('worker bug');
});
