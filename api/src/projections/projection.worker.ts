// Runs one projection off the API's event loop: thousands of STV counts would otherwise
// stall every volunteer's request on this replica while they run.
import { parentPort, workerData } from 'node:worker_threads';

import { project, type ProjectionInput } from '@phonebank/projection';

import type { ProjectionWorkerMessage } from './services/projection-runner';

const port = parentPort;
if (!port) throw new Error('projection.worker runs only as a worker thread');

let reported = -1;
const result = project(workerData as ProjectionInput, (done, total) => {
  // Whole percents are enough for a progress bar, and keep the messages few.
  const percent = Math.floor((100 * done) / total);
  if (percent === reported) return;
  reported = percent;
  port.postMessage({ kind: 'progress', done, total } satisfies ProjectionWorkerMessage);
});
port.postMessage({ kind: 'result', result } satisfies ProjectionWorkerMessage);
