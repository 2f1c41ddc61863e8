/**
 * Background jobs run inside the server process, on every instance: each job is safe to run
 * concurrently with itself elsewhere. A job's timer never keeps the process alive, and
 * closing the app stops it and waits for a run in progress, so the store is not closed
 * under it.
 */
import type { FastifyInstance } from 'fastify';
import { loggableFailure } from '../logger';

export interface PeriodicJob {
  /** For the logs. */
  name: string;
  everyMs: number;
  /** Returns how many rows it dealt with. */
  run(): Promise<number>;
}

export function runPeriodically(app: FastifyInstance, job: PeriodicJob): void {
  let running: Promise<void> | undefined;
  const runOnce = () => {
    // A run slower than the interval is not joined by a second one.
    if (running) return;
    running = job
      .run()
      .then(
        (count) => {
          if (count > 0) app.log.info({ job: job.name, count }, 'job done');
        },
        (error: unknown) => {
          app.log.error({ job: job.name, failure: loggableFailure(error) }, 'job failed');
        },
      )
      .finally(() => {
        running = undefined;
      });
  };
  let timer: NodeJS.Timeout | undefined;
  // Started once the app is ready: an app that fails to build never runs the job.
  app.addHook('onReady', async () => {
    timer = setInterval(runOnce, job.everyMs);
    timer.unref();
  });
  // Fastify runs onClose hooks last-registered first: this one before buildApp's store close.
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
