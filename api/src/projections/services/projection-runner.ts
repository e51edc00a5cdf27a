import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { Injectable } from '@nestjs/common';
import type { ProjectionInput, ProjectionResult } from '@phonebank/projection';

export type ProjectionWorkerMessage =
  { kind: 'progress'; done: number; total: number } | { kind: 'result'; result: ProjectionResult };

/** Projections at once in one process; more wait their turn (the machine's cores are few). */
const MAX_RUNNING = 1;
const WORKER_HEAP_MB = 192;

/**
 * Counts projections in worker threads, one at a time per process, so the API keeps
 * answering while thousands of STV counts run.
 */
@Injectable()
export class ProjectionRunner {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  async run(
    input: ProjectionInput,
    onProgress: (share: number) => void = () => undefined,
  ): Promise<ProjectionResult> {
    await this.turn();
    try {
      return await this.inWorker(input, onProgress);
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }

  private turn(): Promise<void> {
    if (this.running < MAX_RUNNING) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) =>
      this.waiting.push(() => {
        this.running += 1;
        resolve();
      }),
    );
  }

  private inWorker(
    input: ProjectionInput,
    onProgress: (share: number) => void,
  ): Promise<ProjectionResult> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(join(__dirname, '..', 'projection.worker.js'), {
        workerData: input,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
      let settled = false;
      worker.on('message', (message: ProjectionWorkerMessage) => {
        if (message.kind === 'progress') onProgress(message.done / message.total);
        else {
          settled = true;
          resolve(message.result);
        }
      });
      worker.once('error', (error) => {
        settled = true;
        reject(error);
      });
      worker.once('exit', (code) => {
        if (!settled) reject(new Error(`the projection worker stopped with code ${code}`));
      });
    });
  }
}
