/**
 * Reading a folder of documents: the I/O edge of the records module. Every `.txt` file below the
 * folder is parsed; a file that cannot become a record is reported and the others still load.
 */
import { transcode } from 'node:buffer';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { streamWorker } from '../worker.ts';
import { looksLikeCard, parseCard } from './card.ts';
import { parseDescription } from './description.ts';
import { fileError, type ParseResult } from './document.ts';
import { DESCRIPTION_TITLES, FIELD_LABELS } from './labels.ts';
import { mergeRecords } from './merge.ts';
import type { Diagnostic, ProjectRecord, SourceKind } from './schema.ts';

/** Per-file outcome, the shape `validate --json` prints. */
export interface FileReport {
  file: string;
  ok: boolean;
  code: string | null;
  kind: SourceKind | null;
  errors: Pick<Diagnostic, 'line' | 'field' | 'message' | 'found'>[];
  warnings: Pick<Diagnostic, 'line' | 'field' | 'message' | 'found'>[];
}

export interface LoadResult {
  records: ProjectRecord[];
  /** Every error and warning, of the files and of the merge. */
  diagnostics: Diagnostic[];
  files: FileReport[];
}

/** Tells a description from a card and parses it with the right parser; anything else is an error. */
export function parseDocument(text: string, file: string): ParseResult {
  const head = text.slice(0, 3000);
  if (
    head.includes(DESCRIPTION_TITLES.ESR) ||
    head.includes(DESCRIPTION_TITLES.EAKR) ||
    /Hankekoodi\s*:/.test(text)
  ) {
    return parseDescription(text, file);
  }
  if (looksLikeCard(text)) return parseCard(text, file);
  return fileError(
    file,
    null,
    `not a known document type: neither a project description (no "${FIELD_LABELS.project.code}:" line or title) nor a project card`,
    text.trim() === '' ? '(empty file)' : (text.trim().split('\n')[0]?.slice(0, 80) ?? null),
  );
}

/** Parses documents already in memory (file name → text) and merges them into records. */
export function loadDocuments(documents: Iterable<{ file: string; text: string }>): LoadResult {
  const results: ParseResult[] = [];
  for (const { file, text } of documents) results.push(parseDocument(text, file));
  return mergeResults(results);
}

/** Merges parse results into records and per-file reports. */
export function mergeResults(results: ParseResult[]): LoadResult {
  const { records, diagnostics: mergeDiagnostics } = mergeRecords(results);
  const files = results.map(toFileReport);
  const byFile = new Map(files.map((report) => [report.file, report]));
  for (const diagnostic of mergeDiagnostics) byFile.get(diagnostic.file)?.warnings.push(strip(diagnostic));
  return {
    records,
    diagnostics: [...results.flatMap((r) => r.diagnostics), ...mergeDiagnostics],
    files,
  };
}

function strip({ line, field, message, found }: Diagnostic): FileReport['errors'][number] {
  return { line, field, message, found };
}

function toFileReport(result: ParseResult): FileReport {
  return {
    file: result.file,
    ok: result.record !== null,
    code: result.code,
    kind: result.kind,
    errors: result.diagnostics.filter((d) => d.severity === 'error').map(strip),
    warnings: result.diagnostics.filter((d) => d.severity === 'warning').map(strip),
  };
}

/** Every `.txt` file below `dir`, sorted, as paths relative to `dir` with `/` separators. */
export async function listDocuments(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  // `relative` resolves both paths on every call: once per folder is enough, the names are appended.
  const folders = new Map<string, string>();
  const folderOf = (parentPath: string) => {
    let folder = folders.get(parentPath);
    if (folder === undefined) {
      folder = relative(dir, parentPath).split(sep).join('/');
      folders.set(parentPath, folder);
    }
    return folder;
  };
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => {
      const folder = folderOf(entry.parentPath);
      return folder === '' ? entry.name : `${folder}/${entry.name}`;
    })
    .sort();
}

/** A file that could not be read, as the parse result of an unreadable document. */
function readFailure(file: string, error: unknown): ParseResult {
  return fileError(
    file,
    null,
    `cannot read the file: ${error instanceof Error ? error.message : String(error)}`,
  );
}

/** Reads and parses the given files of `dir`, in order; an unreadable file becomes an error result. */
export function readAndParse(dir: string, files: readonly string[]): ParseResult[] {
  return files.map((file) => {
    let text: string;
    try {
      text = readText(join(dir, file));
    } catch (error) {
      return readFailure(file, error);
    }
    return parseDocument(text, file);
  });
}

/** The buffer `readText` reads into, one per thread; documents are a few kilobytes. */
const readBuffer = Buffer.allocUnsafe(256 * 1024);

/**
 * Reads a UTF-8 file into a string: the same string as `readFileSync(path, 'utf8')`, in about half the
 * time, which matters when reading is a fifth of loading a large folder. Two things make the difference
 * on Node 20: one reused buffer instead of a new one (and its option parsing) per file, and ICU's
 * converter, which is much faster than V8's UTF-8 decoder on text with ä and ö. ICU refuses malformed
 * UTF-8 where V8 substitutes U+FFFD, so such a file is decoded the usual way; valid text decodes to
 * the same string either way (`test/records.load.test.ts` checks both).
 */
export function readText(path: string): string {
  const fd = openSync(path, 'r');
  let length = 0;
  try {
    for (;;) {
      const read = readSync(fd, readBuffer, length, readBuffer.length - length, null);
      if (read === 0) break;
      length += read;
      // A file larger than the buffer is read the ordinary way.
      if (length === readBuffer.length) return readFileSync(path, 'utf8');
    }
  } finally {
    closeSync(fd);
  }
  return decodeUtf8(readBuffer.subarray(0, length));
}

/** `bytes.toString('utf8')`, through ICU when the bytes are valid UTF-8 (see `readText`). */
export function decodeUtf8(bytes: Buffer): string {
  try {
    return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return bytes.toString('utf8');
  }
}

/** Below this many files one thread is quicker than starting workers. */
const PARALLEL_THRESHOLD = 1500;

export interface LoadOptions {
  /**
   * Worker threads to parse with. Default: for large folders, one per extra core. The calling thread
   * parses too unless `offload` is set.
   */
  workers?: number;
  /** Leave all parsing to workers, so the calling thread stays responsive (the bot's reload). */
  offload?: boolean;
}

/** The module a parse worker runs; see `prebuild.ts` for its bundle. */
export const PARSE_WORKER = new URL('./parse-worker.ts', import.meta.url);

/**
 * Files a thread claims at a time. Small claims let the threads finish within a few milliseconds of
 * each other; each of a worker's claims is also one message, taken in while this thread parses.
 */
const CLAIM = 100;

/** What `parse-worker.ts` is given: all the files, and the counter the threads claim them from. */
export interface ParseWorkerData {
  dir: string;
  files: readonly string[];
  /** `next[0]` is the index of the first file nobody has claimed yet (see `claimFiles`). */
  next: Int32Array;
  claim: number;
}

/** A worker's message: the results of `files[start]` onwards. */
export interface ParsedFiles {
  start: number;
  results: ParseResult[];
}

/** The next `size` files of `total` as [start, end), claimed for the calling thread; null when none are left. */
export function claimFiles(next: Int32Array, size: number, total: number): [number, number] | null {
  const start = Atomics.add(next, 0, size);
  return start < total ? [start, Math.min(start + size, total)] : null;
}

/**
 * Reads and parses `paths` of `dir`, in this thread and in workers running `worker` (the parse worker;
 * another module only in tests), in order.
 */
export async function parseAll(
  dir: string,
  paths: readonly string[],
  options: LoadOptions,
  worker: URL = PARSE_WORKER,
): Promise<ParseResult[]> {
  const cores = availableParallelism();
  const workers = options.workers ?? (paths.length >= PARALLEL_THRESHOLD ? Math.min(cores - 1, 3) : 0);
  if (workers <= 0 && !options.offload) return readAndParse(dir, paths);
  // No thread gets a fixed share: each claims the next few files from a shared counter until none are
  // left. A worker's slow start (loading and compiling the parser) or a core busy with other work then
  // only means fewer claims for that thread, and all finish together.
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const results: (ParseResult | undefined)[] = new Array(paths.length);
  const store = (start: number, parsed: readonly ParseResult[]) => {
    parsed.forEach((result, i) => {
      results[start + i] = result;
    });
  };
  const data: ParseWorkerData = { dir, files: paths, next, claim: CLAIM };
  const pending = Array.from({ length: Math.max(1, workers) }, () =>
    streamWorker<ParsedFiles>(worker, data, ({ start, results }) => store(start, results), {
      bundle: true,
    }).catch(() => {
      // A worker that cannot run here or fails leaves its claimed files without results; see below.
    }),
  );
  if (!options.offload) {
    for (
      let claim = claimFiles(next, CLAIM, paths.length);
      claim;
      claim = claimFiles(next, CLAIM, paths.length)
    ) {
      const [start, end] = claim;
      store(start, readAndParse(dir, paths.slice(start, end)));
      // Lets the workers' results in before the next claim.
      await setImmediate();
    }
  }
  await Promise.all(pending);
  // Files claimed by a worker that failed (or could not start) are parsed here. (`Array.from`, not
  // `map`: `map` skips the holes those files left.)
  return Array.from(
    results,
    (result, i) => result ?? (readAndParse(dir, [paths[i] as string])[0] as ParseResult),
  );
}

/**
 * Loads every `.txt` document below `dir` (recursively).
 *
 * @example
 *   const { records, files } = await loadFolder('seeds');
 *   for (const f of files) if (!f.ok) console.error(f.file, f.errors);
 */
export async function loadFolder(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const paths = await listDocuments(dir);
  return mergeResults(await parseAll(dir, paths, options));
}
