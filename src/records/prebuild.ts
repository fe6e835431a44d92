/**
 * `npm run prepare` (so also `npm ci`): builds the bundles of the parse and read-ahead workers before
 * the first large load needs them. It never fails the install: without a bundle a worker is built on
 * first use, or runs through tsx.
 */
import { workerBundle } from '../worker.ts';
import { PARSE_WORKER, READ_WORKER } from './load.ts';

for (const [name, module] of [
  ['parse', PARSE_WORKER],
  ['read-ahead', READ_WORKER],
] as const) {
  if (!workerBundle(module))
    console.warn(`hankebotti: the ${name} worker could not be bundled; it will run through tsx`);
}
