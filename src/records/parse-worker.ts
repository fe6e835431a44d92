/**
 * Worker thread of `loadFolder`: claims files from the counter it shares with the other threads, reads
 * and parses them, and posts each claim's results back, until no files are left.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { claimFiles, type ParsedFiles, type ParseWorkerData, readAndParse } from './load.ts';

const { dir, files, next, claim: size } = workerData as ParseWorkerData;
for (let claim = claimFiles(next, size, files.length); claim; claim = claimFiles(next, size, files.length)) {
  const [start, end] = claim;
  const message: ParsedFiles = { start, results: readAndParse(dir, files.slice(start, end)) };
  parentPort?.postMessage(message);
}
