/**
 * `validate`: parse every document of a folder and report per file. A folder with no documents fails:
 * it would serve nothing, which is never what a data folder is for (the bot only logs it).
 */
import { type FileReport, type LoadResult, loadFolder } from '../records/index.ts';

type Finding = FileReport['errors'][number];

function describe(d: Finding): string {
  const where = d.line > 0 ? `line ${d.line}` : 'file';
  const field = d.field ? ` ${d.field}:` : '';
  const found = d.found != null ? ` (found "${d.found}")` : '';
  return `${where}${field} ${d.message}${found}`;
}

/** The folder's own problems, which `validate` counts as errors. */
export function folderErrors(load: Pick<LoadResult, 'folder'>): Finding[] {
  return load.folder.map(({ line, field, message, found }) => ({ line, field, message, found }));
}

/**
 * A person-readable report: one line per file, then its errors and warnings indented, then the
 * folder's errors.
 */
export function validateReport(files: FileReport[], projects: number, folder: Finding[] = []): string {
  const lines: string[] = [];
  for (const file of files) {
    const state = !file.ok ? 'ERROR' : file.skipped ? 'skip ' : file.warnings.length ? 'warn ' : 'ok   ';
    lines.push(
      `${state} ${file.file}${file.code ? `  ${file.code}` : ''}${file.kind ? ` (${file.kind})` : ''}`,
    );
    for (const error of file.errors) lines.push(`      error: ${describe(error)}`);
    for (const warning of file.warnings) lines.push(`      warning: ${describe(warning)}`);
  }
  for (const error of folder) lines.push(`ERROR the folder: ${error.message}`);
  const documents = files.filter((f) => !f.skipped).length;
  const skipped = files.length - documents;
  const errors = files.filter((f) => !f.ok).length;
  const warnings = files.reduce((sum, f) => sum + f.warnings.length, 0);
  lines.push('');
  lines.push(
    `${documents} ${documents === 1 ? 'file' : 'files'}${skipped ? `, ${skipped} skipped` : ''}, ${projects} ${projects === 1 ? 'project' : 'projects'}; ${errors} ${errors === 1 ? 'file' : 'files'} with errors, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
  );
  return lines.join('\n');
}

/** Returns the exit code: 0 when every file became a record, 1 when any has an error or there is none. */
export async function runValidate(dir: string, options: { json: boolean }): Promise<number> {
  let result: LoadResult;
  try {
    result = await loadFolder(dir);
  } catch (error) {
    process.stderr.write(`hankebotti: cannot read the data folder "${dir}": ${(error as Error).message}\n`);
    return 1;
  }
  const { records, files } = result;
  const errors = folderErrors(result);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ projects: records.length, files, errors }, null, 2)}\n`);
  } else {
    process.stdout.write(`${validateReport(files, records.length, errors)}\n`);
  }
  return errors.length === 0 && files.every((file) => file.ok) ? 0 : 1;
}
