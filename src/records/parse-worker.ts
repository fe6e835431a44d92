/** Worker thread of `loadFolder`: reads and parses its share of the files and posts the results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { readAndParse } from './load.ts';

const { dir, files } = workerData as { dir: string; files: string[] };
parentPort?.postMessage(readAndParse(dir, files));
