/**
 * Starting a worker thread on one of the project's TypeScript modules. Workers do not inherit the
 * TypeScript loader that `tsx` registers in the main thread, so each worker registers it first.
 */
import { Worker } from 'node:worker_threads';

/** Runs `module` in a worker and resolves with the first message it posts. */
export function runWorker<T>(module: URL, workerData: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let worker: Worker;
    try {
      // A TypeScript module is imported after registering tsx's loader inside the worker itself.
      const source = module.pathname.endsWith('.ts')
        ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); })`
        : `import(${JSON.stringify(module.href)})`;
      worker = new Worker(`${source}.catch((error) => { throw error; });`, { eval: true, workerData });
    } catch (error) {
      reject(error);
      return;
    }
    worker.once('message', (message: T) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`worker ${module.pathname} exited with code ${code}`));
    });
  });
}
