/**
 * Parsing in worker threads: a worker gives exactly what this thread gives, and the worker bundle is
 * rebuilt whenever one of its sources changes, so a worker never runs stale code.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  claimFiles,
  listDocuments,
  loadFolder,
  PARSE_WORKER,
  type ParsedFiles,
  type ParseWorkerData,
  parseAll,
  readAndParse,
} from '../src/records/load.ts';
import { runWorker, streamWorker, workerBundle } from '../src/worker.ts';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
const FOLDER = fileURLToPath(new URL('./fixtures/records/folder/', import.meta.url));

/** A fresh counter for the worker protocol: no file claimed yet. */
const counter = () => new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));

describe('parsing in a worker', () => {
  it('gives the same results as this thread, claim by claim, from the bundled worker', async () => {
    expect(workerBundle(PARSE_WORKER)).not.toBeNull();
    for (const dir of [SEEDS, FOLDER]) {
      const files = await listDocuments(dir);
      const messages: ParsedFiles[] = [];
      const data: ParseWorkerData = { dir, files, next: counter(), claim: 2 };
      await streamWorker<ParsedFiles>(PARSE_WORKER, data, (message) => messages.push(message), {
        bundle: true,
      });
      expect(messages.map(({ start, results }) => [start, results.length])).toEqual([
        [0, 2],
        [2, 2],
        [4, 1],
      ]);
      expect(messages.flatMap((message) => message.results)).toEqual(readAndParse(dir, files));
    }
  });

  it('leaves the files another thread claimed', async () => {
    const files = await listDocuments(SEEDS);
    const data: ParseWorkerData = { dir: SEEDS, files, next: counter(), claim: 2 };
    expect(claimFiles(data.next, 3, files.length)).toEqual([0, 3]);
    const messages: ParsedFiles[] = [];
    await streamWorker<ParsedFiles>(PARSE_WORKER, data, (message) => messages.push(message), {
      bundle: true,
    });
    expect(messages.map(({ start, results }) => [start, results.length])).toEqual([[3, 2]]);
    expect(claimFiles(data.next, 3, files.length)).toBeNull();
  });

  it('runWorker resolves with the first message', async () => {
    const files = await listDocuments(SEEDS);
    const data: ParseWorkerData = { dir: SEEDS, files, next: counter(), claim: 3 };
    const first = await runWorker<ParsedFiles>(PARSE_WORKER, data, { bundle: true });
    expect(first.start).toBe(0);
    expect(first.results.map((result) => result.file)).toEqual(files.slice(0, 3));
  });

  it('streamWorker rejects when the worker fails', async () => {
    await expect(
      streamWorker(new URL('./fixtures/records/no-such-worker.ts', import.meta.url), {}, () => {}),
    ).rejects.toThrow();
  });

  it('parses the files of a worker that failed, with and without offloading', async () => {
    const failing = new URL('./fixtures/workers/failing-parse-worker.mjs', import.meta.url);
    const files = await listDocuments(SEEDS);
    const alone = readAndParse(SEEDS, files);
    for (const options of [{ workers: 1 }, { workers: 2, offload: true }, { workers: 1, offload: true }]) {
      const results = await parseAll(SEEDS, files, options, failing);
      expect(results).toHaveLength(files.length);
      expect(results).toEqual(alone);
    }
  });

  it('loadFolder gives the same records with workers, with offloading and without', async () => {
    for (const dir of [SEEDS, FOLDER]) {
      const alone = await loadFolder(dir, { workers: 0 });
      expect(await loadFolder(dir, { workers: 1 })).toEqual(alone);
      expect(await loadFolder(dir, { workers: 2, offload: true })).toEqual(alone);
    }
  });
});

describe('claimFiles', () => {
  it('hands out consecutive ranges until the files run out', () => {
    const next = counter();
    expect(claimFiles(next, 4, 10)).toEqual([0, 4]);
    expect(claimFiles(next, 4, 10)).toEqual([4, 8]);
    expect(claimFiles(next, 4, 10)).toEqual([8, 10]);
    expect(claimFiles(next, 4, 10)).toBeNull();
    expect(claimFiles(next, 4, 10)).toBeNull();
  });
});

describe('workerBundle', () => {
  const root = mkdtempSync(join(tmpdir(), 'hankebotti-bundle-'));
  const cache = join(root, 'cache');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Writes a source file dated `minutesAgo`, well before any build, as an edit made earlier would be. */
  const write = (name: string, text: string, minutesAgo: number) => {
    const path = join(root, name);
    writeFileSync(path, text);
    const time = new Date(Date.now() - minutesAgo * 60_000);
    utimesSync(path, time, time);
  };
  const entry = pathToFileURL(join(root, 'entry.ts'));

  it('bundles a module with its imports, and reuses the bundle while nothing changed', () => {
    write('entry.ts', "import { word } from './word.ts';\nconsole.log(word satisfies string);\n", 60);
    write('word.ts', "export const word = 'first';\n", 60);
    const bundle = workerBundle(entry, cache);
    expect(bundle).not.toBeNull();
    expect(readFileSync(bundle as string, 'utf8')).toContain('"first"');
    const built = statSync(bundle as string).mtimeMs;
    expect(workerBundle(entry, cache)).toBe(bundle);
    expect(statSync(bundle as string).mtimeMs).toBe(built);
  });

  it('rebuilds when an imported file changed', () => {
    write('word.ts', "export const word = 'second';\n", 30);
    const bundle = workerBundle(entry, cache) as string;
    expect(readFileSync(bundle, 'utf8')).toContain('"second"');
    expect(readFileSync(bundle, 'utf8')).not.toContain('"first"');
  });

  it('rebuilds when the bundle is gone', () => {
    const bundle = workerBundle(entry, cache) as string;
    rmSync(bundle);
    expect(workerBundle(entry, cache)).toBe(bundle);
    expect(readFileSync(bundle, 'utf8')).toContain('"second"');
  });

  it('gives null for a module that does not build, so the caller can fall back', () => {
    write('broken.ts', 'export const = ;\n', 60);
    expect(workerBundle(pathToFileURL(join(root, 'broken.ts')), cache)).toBeNull();
  });
});
