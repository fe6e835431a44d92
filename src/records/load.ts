/**
 * Reading a folder of documents: the I/O edge of the records module. Every `.txt` file below the
 * folder is parsed; a file that cannot become a record is reported and the others still load.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { looksLikeCard, parseCard } from './card.ts';
import { parseDescription } from './description.ts';
import type { ParseResult } from './document.ts';
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
  if (head.includes(DESCRIPTION_TITLES.ESR) || head.includes(DESCRIPTION_TITLES.EAKR) || /Hankekoodi\s*:/.test(text)) {
    return parseDescription(text, file);
  }
  if (looksLikeCard(text)) return parseCard(text, file);
  return {
    file,
    kind: null,
    code: null,
    record: null,
    diagnostics: [
      {
        severity: 'error',
        file,
        line: 0,
        field: null,
        message: `not a known document type: neither a project description (no "${FIELD_LABELS.project.code}:" line or title) nor a project card`,
        found: text.trim() === '' ? '(empty file)' : text.trim().split('\n')[0]?.slice(0, 80) ?? null,
      },
    ],
  };
}

/** Parses documents already in memory (file name → text) and merges them into records. */
export function loadDocuments(documents: Iterable<{ file: string; text: string }>): LoadResult {
  const results: ParseResult[] = [];
  for (const { file, text } of documents) results.push(parseDocument(text, file));
  const { records, diagnostics: mergeDiagnostics } = mergeRecords(results);
  const files = results.map(toFileReport);
  for (const diagnostic of mergeDiagnostics) {
    const report = files.find((f) => f.file === diagnostic.file);
    report?.warnings.push(strip(diagnostic));
  }
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
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Loads every `.txt` document below `dir` (recursively).
 *
 * @example
 *   const { records, files } = await loadFolder('seeds');
 *   for (const f of files) if (!f.ok) console.error(f.file, f.errors);
 */
export async function loadFolder(dir: string): Promise<LoadResult> {
  const paths = await listDocuments(dir);
  const documents = await mapLimit(paths, 64, async (file) => {
    try {
      return { file, text: await readFile(join(dir, file), 'utf8') };
    } catch (error) {
      return { file, text: '', readError: error instanceof Error ? error.message : String(error) };
    }
  });
  const result = loadDocuments(documents.filter((d) => !('readError' in d)));
  for (const failed of documents) {
    if ('readError' in failed && failed.readError) {
      const diagnostic: Diagnostic = {
        severity: 'error',
        file: failed.file,
        line: 0,
        field: null,
        message: `cannot read the file: ${failed.readError}`,
        found: null,
      };
      result.diagnostics.push(diagnostic);
      result.files.push({ file: failed.file, ok: false, code: null, kind: null, errors: [strip(diagnostic)], warnings: [] });
    }
  }
  return result;
}

/** Runs `fn` over `items` with at most `limit` in flight, keeping the order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
