/**
 * Worker thread of `openCatalogOffThread`: loads and parses the folder and builds (or loads) the index
 * away from the calling thread, then posts the records and the serialized index back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openCatalog } from './cache.ts';

const { dir, cacheDir } = workerData as { dir: string; cacheDir: string | null };
const opened = await openCatalog(dir, { cacheDir });
parentPort?.postMessage({
  load: opened.load,
  cache: opened.cache,
  timings: opened.timings,
  version: opened.catalog.terms.version,
  index: opened.catalog.serialize(),
});
