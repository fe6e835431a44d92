/**
 * Opening a data folder as a catalog, with the index persisted to a cache file keyed by a hash of the
 * records and of everything that shapes the index terms (analyzer and its version, term rules,
 * MiniSearch's options). A restart with unchanged data loads the index instead of rebuilding it; a
 * changed or corrupt cache is rebuilt, never trusted.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type LoadResult, loadFolder } from '../records/index.ts';
import type { ProjectRecord } from '../records/schema.ts';
import { runWorker } from '../worker.ts';
import { type Analyzer, createAnalyzer } from './analyzer.ts';
import { Catalog, FIELD_BOOSTS } from './catalog.ts';
import { TermProcessor } from './terms.ts';

export interface OpenOptions {
  /** Where index caches are kept; null disables the cache. Default `.cache`. */
  cacheDir?: string | null;
  /** Default: `createAnalyzer()` (Voikko when installed). */
  analyzer?: Analyzer;
}

export interface OpenedCatalog {
  catalog: Catalog;
  load: LoadResult;
  /** hit: loaded from the cache; built: no usable cache (none, stale or corrupt). */
  cache: 'hit' | 'built' | 'disabled';
  timings: { loadMs: number; indexMs: number };
}

const CACHE_PREFIX = 'index-';

/** The cache key of an index over `records` built with `terms`. */
export function cacheKey(records: readonly ProjectRecord[], terms: TermProcessor): string {
  return createHash('sha256')
    .update(terms.version)
    .update(JSON.stringify(FIELD_BOOSTS))
    .update(JSON.stringify(records))
    .digest('hex')
    .slice(0, 32);
}

/** Builds or loads the catalog over records already parsed. */
export async function catalogFromRecords(
  records: readonly ProjectRecord[],
  options: OpenOptions = {},
): Promise<{ catalog: Catalog; cache: OpenedCatalog['cache'] }> {
  const terms = new TermProcessor(options.analyzer ?? createAnalyzer());
  const cacheDir = options.cacheDir === undefined ? '.cache' : options.cacheDir;
  if (!cacheDir) return { catalog: Catalog.build(records, terms), cache: 'disabled' };

  const key = cacheKey(records, terms);
  const file = join(cacheDir, `${CACHE_PREFIX}${key}.bin`);
  try {
    return { catalog: Catalog.deserialize(records, terms, await readFile(file)), cache: 'hit' };
  } catch {
    // No cache, or a corrupt one: rebuild below.
  }
  const catalog = Catalog.build(records, terms);
  await writeCache(cacheDir, file, catalog.serialize()).catch(() => {
    // A read-only disk only costs the next start a rebuild.
  });
  return { catalog, cache: 'built' };
}

/** Writes atomically (temp file + rename) and removes the caches of older data. */
async function writeCache(dir: string, file: string, data: Uint8Array): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, data);
  await rename(temp, file);
  const name = file.slice(dir.length + 1);
  for (const entry of await readdir(dir)) {
    if (entry.startsWith(CACHE_PREFIX) && entry !== name && !entry.endsWith('.tmp')) {
      await rm(join(dir, entry), { force: true });
    }
  }
}

/**
 * Loads a data folder and opens its catalog.
 *
 * @example
 *   const { catalog, load } = await openCatalog('seeds');
 *   catalog.search('nuoret Kainuu');
 */
export async function openCatalog(dir: string, options: OpenOptions = {}): Promise<OpenedCatalog> {
  const started = performance.now();
  const load = await loadFolder(dir);
  const loaded = performance.now();
  const { catalog, cache } = await catalogFromRecords(load.records, options);
  return {
    catalog,
    load,
    cache,
    timings: { loadMs: loaded - started, indexMs: performance.now() - loaded },
  };
}

interface OffThreadMessage {
  load: LoadResult;
  cache: OpenedCatalog['cache'];
  timings: OpenedCatalog['timings'];
  version: string;
  index: Uint8Array;
}

/**
 * Like `openCatalog`, but parses and indexes in a worker thread, so a running bot keeps answering
 * while it reloads; only restoring the finished index happens on this thread. Falls back to
 * `openCatalog` where workers cannot run (e.g. under a test runner without a TypeScript loader).
 */
export async function openCatalogOffThread(dir: string, options: OpenOptions = {}): Promise<OpenedCatalog> {
  const cacheDir = options.cacheDir === undefined ? '.cache' : options.cacheDir;
  let message: OffThreadMessage;
  try {
    message = await runWorker<OffThreadMessage>(new URL('./open-worker.ts', import.meta.url), {
      dir,
      cacheDir,
    });
  } catch {
    return openCatalog(dir, options);
  }
  const terms = new TermProcessor(options.analyzer ?? createAnalyzer());
  if (terms.version !== message.version) return openCatalog(dir, options);
  return {
    catalog: Catalog.deserialize(message.load.records, terms, message.index),
    load: message.load,
    cache: message.cache,
    timings: message.timings,
  };
}
