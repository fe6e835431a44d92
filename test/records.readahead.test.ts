/**
 * Reading ahead in a worker while this thread parses: the results are exactly those of reading and
 * parsing here, whatever the claim size, however far ahead the worker may read, and whether the worker
 * works, fails or never starts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import {
  listDocuments,
  loadFolder,
  parseDocument,
  parseReadingAhead,
  readAndParse,
} from '../src/records/load.ts';

const fixture = (name: string) => new URL(`./fixtures/workers/${name}`, import.meta.url);

let dir: string;
let paths: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hankebotti-readahead-'));
  for (const { file, text } of generateCorpus({ count: 230, seed: 11, cardShare: 0.2 })) {
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  writeFileSync(join(dir, 'broken.txt'), 'Tämä ei ole hankekuvaus.\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  // A folder named like a document, and a file that is gone: both unreadable.
  mkdirSync(join(dir, 'folder.txt'));
  paths = [...(await listDocuments(dir)), 'folder.txt', 'missing.txt'];
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseReadingAhead', () => {
  it('gives what reading and parsing here gives, for any claim size and distance ahead', async () => {
    const here = readAndParse(dir, paths);
    expect(here.filter((result) => result.record === null).length).toBeGreaterThanOrEqual(4);
    for (const [claim, ahead] of [
      [7, 2],
      [1, 1],
      [100, 8],
      [500, 1],
    ] as const) {
      expect(await parseReadingAhead(dir, paths, { claim, ahead })).toEqual(here);
    }
  });

  it('reports an unreadable file as reading here does', async () => {
    const results = await parseReadingAhead(dir, paths, { claim: 1, ahead: 4 });
    const gone = results.at(-1);
    expect(gone?.diagnostics[0]?.message).toMatch(/^cannot read the file: ENOENT/);
    expect(results.at(-2)?.diagnostics[0]?.message).toMatch(/^cannot read the file: EISDIR/);
  });

  it("parses the worker's batches", async () => {
    // The folder forty times over: parsing it here takes long enough for the worker to start and claim
    // some of it, however slowly it starts.
    const many = Array.from({ length: 40 }, () => paths).flat();
    const results = await parseReadingAhead(dir, many, {
      reader: fixture('blank-read-worker.mjs'),
      claim: 3,
    });
    const here = readAndParse(dir, many);
    // Each file was read either here or by the worker, which reads every file as empty.
    results.forEach((result, i) => {
      expect([here[i], parseDocument('', many[i] as string)]).toContainEqual(result);
    });
    expect(results.some((result, i) => here[i]?.record && !result.record)).toBe(true);
  });

  it('reads the files of a worker that failed, or never started, here', async () => {
    const here = readAndParse(dir, paths);
    expect(
      await parseReadingAhead(dir, paths, { reader: fixture('failing-read-worker.mjs'), claim: 5 }),
    ).toEqual(here);
    expect(await parseReadingAhead(dir, paths, { reader: fixture('no-such-worker.mjs'), claim: 5 })).toEqual(
      here,
    );
  });

  it('is what loadFolder does for a large folder, with the same outcome', async () => {
    expect(await loadFolder(dir, { readAhead: true })).toEqual(await loadFolder(dir, { readAhead: false }));
  });
});
