import { Worker } from 'node:worker_threads';

/**
 * Milliseconds on a clock every thread of the process shares: `performance.now()` alone counts
 * from each worker's own start, so times taken in a worker could not be compared with ours.
 */
export function epochMs(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * Runs a TypeScript module in a worker thread. Node 20's workers do not inherit tsx's loader
 * hooks from the main thread, so the worker registers them itself before importing the module.
 */
export function startTsWorker(module: URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const code =
    `import(${JSON.stringify(tsx)})` +
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(code, { eval: true, workerData });
}

/**
 * Resolves with the first message `accept` returns a value for; rejects when the worker fails or
 * exits first, or after `timeoutMs`.
 */
export function nextMessage<T>(
  worker: Worker,
  accept: (message: unknown) => T | undefined,
  timeoutMs: number,
  what: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => done(new Error(`${what}: no answer in ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onMessage = (message: unknown) => {
      const value = accept(message);
      if (value !== undefined) done(null, value);
    };
    const onError = (error: Error) => done(error);
    const onExit = (code: number) => done(new Error(`${what}: the worker exited (code ${code})`));
    function done(error: Error | null, value?: T) {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (error) reject(error);
      else resolve(value as T);
    }
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}
