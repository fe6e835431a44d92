/**
 * Shared plumbing of the two parsers: numbered lines, the diagnostics collector, and the
 * result type. Nothing here knows a label.
 */
import { acceptsAsIs } from './fast-validate.ts';
import { type Diagnostic, ProjectRecord, type SourceKind } from './schema.ts';

/** What parsing one document gives: a record, or none with an error saying why, plus warnings. */
export interface ParseResult {
  readonly file: string;
  readonly kind: SourceKind | null;
  readonly code: string | null;
  readonly record: ProjectRecord | null;
  readonly diagnostics: Diagnostic[];
}

/** Collects the diagnostics of one file so the parsers can report without threading arrays around. */
export class DiagnosticLog {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly file: string) {}

  warn(line: number, field: string | null, message: string, found: string | null = null): void {
    this.diagnostics.push({ severity: 'warning', file: this.file, line, field, message, found });
  }

  error(line: number, field: string | null, message: string, found: string | null = null): void {
    this.diagnostics.push({ severity: 'error', file: this.file, line, field, message, found });
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }
}

/** A value shortened for a diagnostic, so one bad line cannot flood a report. */
export function excerpt(text: string, max = 120): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** A document that became no record: one error for the whole file. */
export function fileError(
  file: string,
  kind: SourceKind | null,
  message: string,
  found: string | null = null,
): ParseResult {
  return {
    file,
    kind,
    code: null,
    record: null,
    diagnostics: [{ severity: 'error', file, line: 0, field: null, message, found }],
  };
}

/**
 * Runs a parser so that a bug in it cannot take the other documents down: an exception becomes this
 * file's error.
 */
export function guarded(
  file: string,
  kind: SourceKind,
  parse: (log: DiagnosticLog) => ParseResult,
): ParseResult {
  const log = new DiagnosticLog(file);
  try {
    return parse(log);
  } catch (error) {
    log.error(0, null, `internal parser error: ${error instanceof Error ? error.message : String(error)}`);
    return { file, kind, code: null, record: null, diagnostics: log.diagnostics };
  }
}

const acceptsRecord = acceptsAsIs(ProjectRecord);

/** Checks a candidate record against the schema; a failure is an error, never a half-valid record. */
export function validated(
  candidate: unknown,
  file: string,
  kind: SourceKind,
  code: string,
  log: DiagnosticLog,
): ParseResult {
  // The parsers build records in the schema's shape, so a valid one is almost always accepted as is.
  if (acceptsRecord(candidate)) {
    return { file, kind, code, record: candidate as ProjectRecord, diagnostics: log.diagnostics };
  }
  const parsed = ProjectRecord.safeParse(candidate);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    log.error(0, null, `${kind} failed validation: ${issues}`);
    return { file, kind, code, record: null, diagnostics: log.diagnostics };
  }
  return { file, kind, code, record: parsed.data, diagnostics: log.diagnostics };
}
