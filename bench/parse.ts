/**
 * The parse benchmark: how fast `loadFolder` reads a generated corpus, and how much memory it takes.
 *
 * The corpus is written once under `bench/out/corpus-<count>/` and reused while its marker file
 * (`.corpus.json`: generator version, count, seed, card share) matches, so repeated runs time only
 * the load.
 *
 * @example
 * const result = await benchParse({ count: 1000 });
 * console.log(formatParseTable(result));
 */
import { once } from 'node:events';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadFolder } from '../src/records/index.ts';
import { type CorpusOptions, type CorpusStats, GENERATOR_VERSION, writeCorpusFiles } from './corpus.ts';

export interface ParseBenchOptions {
  /** Number of documents in the corpus. */
  count: number;
  /** Corpus folder. Default `bench/out/corpus-<count>`. */
  dir?: string;
  /** Generator seed. Default 1. */
  seed?: number;
  /** Share of project cards. Default 0.1. */
  cardShare?: number;
}

export interface ParseBenchResult {
  dir: string;
  seed: number;
  /** True when an existing corpus with a matching marker was used as is. */
  corpusReused: boolean;
  /** Time to generate and write the corpus; null when it was reused. */
  generateSeconds: number | null;
  documents: number;
  descriptions: number;
  cards: number;
  bytes: number;
  /** Wall-clock time of `loadFolder`. */
  seconds: number;
  docsPerSecond: number;
  mbPerSecond: number;
  rssBeforeBytes: number;
  /** Highest `process.memoryUsage.rss()` seen by the 10 ms sampler (and right after the load). */
  peakRssBytes: number;
  rssSamples: number;
  /** `process.resourceUsage().maxRSS`: the peak of the whole process, corpus writing included. */
  maxRssBytes: number;
  records: number;
  errors: number;
  warnings: number;
  filesWithErrors: number;
}

/** What `.corpus.json` holds; a corpus is reused only when all of it matches. */
interface CorpusMarker extends CorpusStats {
  generatorVersion: number;
  count: number;
  seed: number;
  cardShare: number;
}

// Hidden, so the loader passes over it as it does over any hidden file: it is no document.
const MARKER_FILE = '.corpus.json';
const SAMPLE_INTERVAL_MS = 10;
const DEFAULT_OUT = fileURLToPath(new URL('./out/', import.meta.url));

function defaultDir(count: number): string {
  return join(DEFAULT_OUT, `corpus-${count}`);
}

async function readMarker(dir: string): Promise<CorpusMarker | null> {
  try {
    return JSON.parse(await readFile(join(dir, MARKER_FILE), 'utf8')) as CorpusMarker;
  } catch {
    return null;
  }
}

function markerMatches(
  marker: CorpusMarker | null,
  options: Required<CorpusOptions>,
): marker is CorpusMarker {
  return (
    marker !== null &&
    marker.generatorVersion === GENERATOR_VERSION &&
    marker.count === options.count &&
    marker.seed === options.seed &&
    marker.cardShare === options.cardShare &&
    marker.documents === options.count
  );
}

/**
 * Returns the corpus in `dir`, writing it first unless a matching one is there. The marker is
 * written last, so an interrupted run never leaves a half corpus that looks complete.
 */
async function ensureCorpus(
  dir: string,
  options: Required<CorpusOptions>,
): Promise<{ marker: CorpusMarker; reused: boolean; seconds: number | null }> {
  const existing = await readMarker(dir);
  if (markerMatches(existing, options)) return { marker: existing, reused: true, seconds: null };
  await rm(dir, { recursive: true, force: true });
  const started = performance.now();
  const stats = await writeCorpusFiles(dir, options);
  const seconds = (performance.now() - started) / 1000;
  const marker: CorpusMarker = { generatorVersion: GENERATOR_VERSION, ...options, ...stats };
  await writeFile(join(dir, MARKER_FILE), `${JSON.stringify(marker, null, 2)}\n`, 'utf8');
  return { marker, reused: false, seconds };
}

/**
 * Samples the process's resident set size on a timer in a worker thread of its own: the load keeps
 * this thread busy for most of its time, so a timer here would hardly ever fire. The worker (a few MB
 * of its own) is running before `RSS before` is read, so both figures include it.
 */
async function startRssSampler(): Promise<{ stop: () => Promise<{ peak: number; samples: number }> }> {
  // [0]: the highest RSS seen, [1]: samples taken. One writer, so no atomics are needed.
  const shared = new Float64Array(new SharedArrayBuffer(2 * Float64Array.BYTES_PER_ELEMENT));
  const source = `
    const { workerData: seen } = require('node:worker_threads');
    const sample = () => { seen[0] = Math.max(seen[0], process.memoryUsage.rss()); seen[1]++; };
    sample();
    setInterval(sample, ${SAMPLE_INTERVAL_MS});`;
  const worker = new Worker(source, { eval: true, workerData: shared });
  await once(worker, 'online');
  return {
    stop: async () => {
      const peak = Math.max(shared[0] as number, process.memoryUsage.rss());
      const samples = (shared[1] as number) + 1;
      await worker.terminate();
      return { peak, samples };
    },
  };
}

/**
 * Writes (or reuses) a corpus of `count` documents and times `loadFolder` over it.
 *
 * @example
 * const result = await benchParse({ count: 10_000 });
 * if (result.errors > 0) console.warn(`${result.filesWithErrors} files did not parse`);
 */
export async function benchParse(options: ParseBenchOptions): Promise<ParseBenchResult> {
  const corpusOptions: Required<CorpusOptions> = {
    count: options.count,
    seed: options.seed ?? 1,
    cardShare: options.cardShare ?? 0.1,
  };
  const dir = options.dir ?? defaultDir(options.count);
  const { marker, reused, seconds: generateSeconds } = await ensureCorpus(dir, corpusOptions);

  (globalThis as { gc?: () => void }).gc?.();
  const sampler = await startRssSampler();
  const rssBeforeBytes = process.memoryUsage.rss();
  const started = performance.now();
  const { records, diagnostics, files } = await loadFolder(dir);
  const seconds = (performance.now() - started) / 1000;
  const { peak, samples } = await sampler.stop();

  return {
    dir,
    seed: corpusOptions.seed,
    corpusReused: reused,
    generateSeconds,
    documents: files.length,
    descriptions: marker.descriptions,
    cards: marker.cards,
    bytes: marker.bytes,
    seconds,
    docsPerSecond: files.length / seconds,
    mbPerSecond: marker.bytes / 1e6 / seconds,
    rssBeforeBytes,
    peakRssBytes: peak,
    rssSamples: samples,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    records: records.length,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    filesWithErrors: files.filter((f) => !f.ok).length,
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** Groups thousands with a space, the Finnish way, so big counts stay readable. */
function grouped(value: number): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** A plain-text table of a parse benchmark, one metric per row. */
export function formatParseTable(result: ParseBenchResult): string {
  const rows: [string, string][] = [
    [
      'documents',
      `${grouped(result.documents)} (${grouped(result.descriptions)} descriptions, ${grouped(result.cards)} cards)`,
    ],
    [
      'corpus',
      `${result.dir} (${result.corpusReused ? 'reused' : `written in ${result.generateSeconds?.toFixed(2)} s`})`,
    ],
    ['bytes', megabytes(result.bytes)],
    ['load time', `${result.seconds.toFixed(3)} s`],
    ['docs/s', grouped(result.docsPerSecond)],
    ['MB/s', result.mbPerSecond.toFixed(1)],
    ['RSS before', megabytes(result.rssBeforeBytes)],
    [
      'peak RSS (sampled)',
      `${megabytes(result.peakRssBytes)} (${result.rssSamples} samples @ ${SAMPLE_INTERVAL_MS} ms)`,
    ],
    ['max RSS (process)', megabytes(result.maxRssBytes)],
    ['records', grouped(result.records)],
    ['errors', `${grouped(result.errors)} (${grouped(result.filesWithErrors)} files without a record)`],
    ['warnings', grouped(result.warnings)],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  const rule = `${'-'.repeat(width)}  ${'-'.repeat(Math.max(...rows.map(([, value]) => value.length)))}`;
  return [
    `${'metric'.padEnd(width)}  value`,
    rule,
    ...rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`),
  ].join('\n');
}
