/**
 * Reading a folder of documents: the I/O edge of the records module. Every `.txt` file below the
 * folder is parsed; a file that cannot become a record is reported and the others still load. Other
 * files are listed as skipped, with how to make them readable, except hidden files and obvious junk.
 */
import { readdir } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { setImmediate, setTimeout as sleep } from 'node:timers/promises';
import { MessageChannel, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import { startWorker, streamWorker } from '../worker.ts';
import { looksLikeCard, parseCard } from './card.ts';
import { parseDescription } from './description.ts';
import { fileError, type ParseResult } from './document.ts';
import {
  claimFiles,
  type Decoding,
  type ReadAheadData,
  type ReadFiles,
  readDocument,
  splitBatch,
  UTF8,
} from './files.ts';
import { DESCRIPTION_TITLES, FIELD_LABELS } from './labels.ts';
import { mergeRecords } from './merge.ts';
import type { Diagnostic, ProjectRecord, SourceKind } from './schema.ts';

export {
  claimFiles,
  type Decoding,
  decodeDocument,
  decodeUtf8,
  decodeWindows1252,
  readDocument,
  readText,
  splitBatch,
  Utf16Batch,
} from './files.ts';

/** Per-file outcome, the shape `validate --json` prints. */
export interface FileReport {
  file: string;
  ok: boolean;
  code: string | null;
  kind: SourceKind | null;
  errors: Pick<Diagnostic, 'line' | 'field' | 'message' | 'found'>[];
  warnings: Pick<Diagnostic, 'line' | 'field' | 'message' | 'found'>[];
  /** Set on a file of a kind that is not read (a PDF, a Word document …); its warning says what to do. */
  skipped?: true;
}

export interface LoadResult {
  records: ProjectRecord[];
  /** Every error and warning: of the files, of the merge and of the folder. */
  diagnostics: Diagnostic[];
  /** The documents and the skipped files, by path. */
  files: FileReport[];
  /**
   * Warnings about the folder as a whole (file "."): no documents at all. Each caller decides what
   * that means: `validate` fails, the bot logs it and serves nothing.
   */
  folder: Diagnostic[];
}

/** A file the loader does not read, and the warning that says so. */
export interface SkippedFile {
  file: string;
  message: string;
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

/**
 * Parses a document as `decoding` says it was read: a document read as Windows-1252 gets a warning, one
 * that is neither UTF-8 nor Windows-1252 an error and no record.
 */
export function parseDecoded(text: string, file: string, decoding: Decoding): ParseResult {
  if (decoding.encoding === 'utf-8') return parseDocument(text, file);
  if (decoding.encoding === null) {
    const message = `not UTF-8 or Windows-1252 text: ${decoding.reason}; save it as UTF-8`;
    return {
      file,
      kind: null,
      code: null,
      record: null,
      diagnostics: [
        { severity: 'error', file, line: decoding.line, field: null, message, found: decoding.found },
      ],
    };
  }
  const result = parseDocument(text, file);
  const warning: Diagnostic = {
    severity: 'warning',
    file,
    line: 0,
    field: null,
    message: 'not UTF-8: read as Windows-1252 (Latin-1); save it as UTF-8 to be sure every letter is right',
    found: null,
  };
  return { ...result, diagnostics: [warning, ...result.diagnostics] };
}

/** Parses documents already in memory (file name → text) and merges them into records. */
export function loadDocuments(documents: Iterable<{ file: string; text: string }>): LoadResult {
  const results: ParseResult[] = [];
  for (const { file, text } of documents) results.push(parseDocument(text, file));
  return mergeResults(results);
}

/**
 * Merges parse results into records and per-file reports, with the `skipped` files among them; no
 * results at all is a folder warning.
 */
export function mergeResults(results: ParseResult[], skipped: readonly SkippedFile[] = []): LoadResult {
  const { records, diagnostics: mergeDiagnostics } = mergeRecords(results);
  const files = results.map(toFileReport);
  const byFile = new Map(files.map((report) => [report.file, report]));
  for (const diagnostic of mergeDiagnostics) byFile.get(diagnostic.file)?.warnings.push(strip(diagnostic));
  const skippedDiagnostics = skipped.map(
    ({ file, message }): Diagnostic => ({
      severity: 'warning',
      file,
      line: 0,
      field: null,
      message,
      found: null,
    }),
  );
  if (skipped.length) {
    files.push(
      ...skippedDiagnostics.map(
        (diagnostic): FileReport => ({
          file: diagnostic.file,
          ok: true,
          code: null,
          kind: null,
          errors: [],
          warnings: [strip(diagnostic)],
          skipped: true,
        }),
      ),
    );
    files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }
  const folder: Diagnostic[] = [];
  if (results.length === 0) {
    const others = skipped.length
      ? ` (${skipped.length} other ${skipped.length === 1 ? 'file is' : 'files are'} skipped)`
      : '';
    folder.push({
      severity: 'warning',
      file: '.',
      line: 0,
      field: null,
      message: `no documents: the folder has no .txt files, so no project would be served${others}`,
      found: null,
    });
  }
  return {
    records,
    diagnostics: [
      ...results.flatMap((r) => r.diagnostics),
      ...mergeDiagnostics,
      ...skippedDiagnostics,
      ...folder,
    ],
    files,
    folder,
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
  return (await listFolder(dir)).documents;
}

/**
 * The files below `dir`, as paths relative to `dir` with `/` separators, sorted: the documents (`.txt`)
 * and the files of other kinds, each with what to do about it. Hidden files and folders (a name
 * starting with "."), backups and editors' and office programs' own files are left out silently.
 */
export async function listFolder(dir: string): Promise<{ documents: string[]; skipped: SkippedFile[] }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  // `relative` resolves both paths on every call: once per folder is enough, the names are appended.
  const folders = new Map<string, string | null>();
  const folderOf = (parentPath: string) => {
    let folder = folders.get(parentPath);
    if (folder === undefined) {
      const parts = relative(dir, parentPath).split(sep);
      folder = parts.some((part) => part.startsWith('.')) ? null : parts.join('/');
      folders.set(parentPath, folder);
    }
    return folder;
  };
  const documents: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || isJunk(entry.name)) continue;
    const folder = folderOf(entry.parentPath);
    if (folder === null) continue;
    const file = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (entry.name.toLowerCase().endsWith('.txt')) documents.push(file);
    else skipped.push({ file, message: skipReason(entry.name) });
  }
  documents.sort();
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { documents, skipped };
}

/** Files nobody means as data: hidden ones, backups, lock files and the desktop's own. */
function isJunk(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    name.startsWith('.') ||
    name.endsWith('~') ||
    name.startsWith('~$') ||
    (name.startsWith('#') && name.endsWith('#')) ||
    lower === 'thumbs.db' ||
    lower === 'desktop.ini' ||
    /\.(bak|tmp|swp)$/.test(lower)
  );
}

/** The warning for a file of a kind that is not read, with how to turn it into a document. */
function skipReason(name: string): string {
  const extension = extname(name).toLowerCase();
  const quoted = /^[\w.,+@%=:-]+$/.test(name) ? name : `'${name.replace(/'/g, "'\\''")}'`;
  if (extension === '.pdf') {
    return `PDF is not read yet; convert it to text first, e.g. \`pdftotext -layout ${quoted}\``;
  }
  if (['.doc', '.docx', '.odt', '.rtf'].includes(extension)) {
    return `a word-processor document is not read; save it as plain text (UTF-8) first, e.g. \`soffice --headless --convert-to "txt:Text (encoded):UTF8" ${quoted}\``;
  }
  if (['.xls', '.xlsx', '.ods', '.csv'].includes(extension)) {
    return 'a spreadsheet is not read; only project descriptions and project cards saved as .txt are';
  }
  return 'not a .txt file, so not read; save a project description or card as plain text with the .txt extension';
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
    let read: ReturnType<typeof readDocument>;
    try {
      read = readDocument(join(dir, file));
    } catch (error) {
      return readFailure(file, error);
    }
    return parseDecoded(read.text, file, read.decoding);
  });
}

export interface LoadOptions {
  /**
   * Worker threads that parse alongside the calling thread (or instead of it, with `offload`).
   * Default 0: on two cores, a second parsing thread compiles the whole parser again and competes with
   * the calling thread for the core its compiler and collector use, which at 10,000 files cost as much
   * as it saved (measured; docs/benchmarks.md). Reading ahead pays instead.
   */
  workers?: number;
  /**
   * Leave all parsing to workers, so the calling thread stays responsive. (The bot's reload runs the
   * whole catalog build in a worker of its own instead: `openCatalogOffThread`.)
   */
  offload?: boolean;
  /**
   * Read the files in a worker while the calling thread parses (when it parses alone). Default: for
   * folders of `READ_AHEAD_THRESHOLD` files or more.
   */
  readAhead?: boolean;
}

/** From this many files on, a folder is read ahead in a worker by default: below, starting it costs more. */
export const READ_AHEAD_THRESHOLD = 1000;

/** The module of the read-ahead worker. */
export const READ_WORKER = new URL('./read-worker.ts', import.meta.url);

/** How many claims the read-ahead worker may be in front of the parsing: about 13 MB of decoded text. */
const READ_AHEAD_CLAIMS = 8;

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
  const workers = options.workers ?? 0;
  if (workers <= 0 && !options.offload) {
    const readAhead = options.readAhead ?? paths.length >= READ_AHEAD_THRESHOLD;
    return readAhead ? parseReadingAhead(dir, paths) : readAndParse(dir, paths);
  }
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

/** Settings of `parseReadingAhead`; the defaults are what `loadFolder` uses. */
export interface ReadAheadOptions {
  /** The worker's module (another one only in tests). */
  reader?: URL;
  /** Files per claim. */
  claim?: number;
  /** Claims the worker may read in front of the parsing. */
  ahead?: number;
}

/**
 * Parses `paths` of `dir` in this thread while the read-ahead worker reads them. Both claim files from
 * one counter: this thread takes the worker's batches as they come and reads a claim itself whenever
 * none is waiting, so a worker that starts late, lags or fails only means more reading here.
 */
export async function parseReadingAhead(
  dir: string,
  paths: readonly string[],
  { reader = READ_WORKER, claim = CLAIM, ahead = READ_AHEAD_CLAIMS }: ReadAheadOptions = {},
): Promise<ParseResult[]> {
  const results: (ParseResult | undefined)[] = new Array(paths.length);
  let filled = 0;
  const store = (start: number, parsed: readonly ParseResult[]) => {
    for (let i = 0; i < parsed.length; i++) results[start + i] = parsed[i];
    filled += parsed.length;
  };
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  // [0]: claims the worker has posted; [1]: claims this thread has taken.
  const flow = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const { port1: port, port2 } = new MessageChannel();
  let running = true;
  let worker: Worker | null = null;
  try {
    const data: ReadAheadData = { dir, files: paths, next, claim, flow, ahead, port: port2 };
    worker = startWorker(reader, data, { bundle: true, transferList: [port2] });
    worker.once('exit', () => {
      running = false;
    });
    // A failed worker leaves its claimed files unread; they are read below.
    worker.once('error', () => {});
  } catch {
    running = false;
  }
  const take = () => {
    for (let received = receiveMessageOnPort(port); received; received = receiveMessageOnPort(port)) {
      const batch = received.message as ReadFiles;
      store(batch.start, parseReadFiles(paths, batch));
      Atomics.add(flow, 1, 1);
      Atomics.notify(flow, 1);
    }
  };
  try {
    for (let own = claimFiles(next, claim, paths.length); own; own = claimFiles(next, claim, paths.length)) {
      take();
      store(own[0], readAndParse(dir, paths.slice(own[0], own[1])));
    }
    take();
    // The worker's last claims may still be on their way; it ends after posting them.
    while (running && filled < paths.length) {
      await sleep(1);
      take();
    }
    take();
  } finally {
    port.close();
    // It has ended unless something went wrong; then it must not wait for this thread forever (a
    // worker keeps the process alive).
    void worker?.terminate();
  }
  // Files claimed by a worker that failed are read here.
  return Array.from(
    results,
    (result, i) => result ?? (readAndParse(dir, [paths[i] as string])[0] as ParseResult),
  );
}

/** Parses the files of one read-ahead batch. */
function parseReadFiles(
  paths: readonly string[],
  { start, ends, utf16, failures, decodings }: ReadFiles,
): ParseResult[] {
  const failed = new Map(failures.map(({ index, message }) => [index, message]));
  const decoded = new Map(decodings.map(({ index, decoding }) => [index, decoding]));
  const texts = splitBatch(utf16, ends);
  const results: ParseResult[] = [];
  for (let k = 0; k < ends.length; k++) {
    const file = paths[start + k] as string;
    const failure = failed.get(start + k);
    results.push(
      failure === undefined
        ? parseDecoded(texts[k] as string, file, decoded.get(start + k) ?? UTF8)
        : readFailure(file, new Error(failure)),
    );
  }
  return results;
}

/**
 * Loads every `.txt` document below `dir` (recursively) and lists the files it skips (see
 * `listFolder`); a folder with no documents gives a warning in `folder`. A folder of `READ_AHEAD_THRESHOLD` files or
 * more is read in a worker while this thread parses (see `LoadOptions`).
 *
 * @example
 *   const { records, files } = await loadFolder('seeds');
 *   for (const f of files) if (!f.ok) console.error(f.file, f.errors);
 */
export async function loadFolder(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { documents, skipped } = await listFolder(dir);
  return mergeResults(await parseAll(dir, documents, options), skipped);
}
