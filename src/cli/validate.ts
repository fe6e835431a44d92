/** `validate`: parse every document of a folder and report per file. */
import { type FileReport, loadFolder } from '../records/index.ts';

function describe(d: FileReport['errors'][number]): string {
  const where = d.line > 0 ? `line ${d.line}` : 'file';
  const field = d.field ? ` ${d.field}:` : '';
  const found = d.found != null ? ` (found "${d.found}")` : '';
  return `${where}${field} ${d.message}${found}`;
}

/** A person-readable report: one line per file, then its errors and warnings indented. */
export function validateReport(files: FileReport[], projects: number): string {
  const lines: string[] = [];
  for (const file of files) {
    const state = !file.ok ? 'ERROR' : file.warnings.length ? 'warn ' : 'ok   ';
    lines.push(
      `${state} ${file.file}${file.code ? `  ${file.code}` : ''}${file.kind ? ` (${file.kind})` : ''}`,
    );
    for (const error of file.errors) lines.push(`      error: ${describe(error)}`);
    for (const warning of file.warnings) lines.push(`      warning: ${describe(warning)}`);
  }
  const errors = files.filter((f) => !f.ok).length;
  const warnings = files.reduce((sum, f) => sum + f.warnings.length, 0);
  lines.push('');
  lines.push(
    `${files.length} files, ${projects} projects; ${errors} ${errors === 1 ? 'file' : 'files'} with errors, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
  );
  return lines.join('\n');
}

/** Returns the exit code: 0 when every file became a record, 1 when any has an error. */
export async function runValidate(dir: string, options: { json: boolean }): Promise<number> {
  let result: Awaited<ReturnType<typeof loadFolder>>;
  try {
    result = await loadFolder(dir);
  } catch (error) {
    process.stderr.write(`hankebotti: cannot read the data folder "${dir}": ${(error as Error).message}\n`);
    return 1;
  }
  const { records, files } = result;
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ projects: records.length, files }, null, 2)}\n`);
  } else {
    process.stdout.write(`${validateReport(files, records.length)}\n`);
  }
  return files.every((file) => file.ok) ? 0 : 1;
}
