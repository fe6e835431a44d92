/**
 * Worker thread of `loadFolder`: reads and parses its share of the files and posts the results back in
 * batches, in order, so the calling thread can take them in while it parses its own share.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type ParseWorkerData, readAndParse } from './load.ts';

const { dir, files, batch } = workerData as ParseWorkerData;
for (let start = 0; start < files.length; start += batch) {
  parentPort?.postMessage(readAndParse(dir, files.slice(start, start + batch)));
}
