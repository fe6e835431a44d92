/**
 * `npm run prepare` (so also `npm ci`): builds the parse worker's bundle before the first large load
 * needs it. It never fails the install: without a bundle the worker is built on first use, or runs
 * through tsx.
 */
import { workerBundle } from '../worker.ts';
import { PARSE_WORKER } from './load.ts';

if (!workerBundle(PARSE_WORKER))
  console.warn('hankebotti: the parse worker could not be bundled; it will run through tsx');
