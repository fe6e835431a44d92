/** `project CODE|NAME`: one record, as the summary card or as JSON. */
import { ambiguousAnswer, notFoundAnswer, projectAnswer } from '../answer/project.ts';
import { findProject } from '../commands-support.ts';
import type { Lang } from '../i18n/format.ts';
import type { ProjectRecord } from '../records/schema.ts';
import { answerText } from '../render/terminal.ts';
import { openForCli } from './data.ts';

/** As many candidates as `/project` lists for an ambiguous name. */
const MAX_CANDIDATES = 10;

const brief = (records: readonly ProjectRecord[]) =>
  records.map((record) => ({ code: record.code, name: record.name }));

/**
 * A code, or a name read as the chat's `/project` reads it. Exit code 0 when one project fits; 2 when
 * none does (with suggestions) or several do (with their codes) — on stdout, or as JSON on stderr.
 */
export async function runProject(
  query: string,
  options: { data: string; json?: boolean; lang: Lang },
): Promise<number> {
  const { catalog } = await openForCli(options.data);
  const found = findProject(catalog, query);
  if (found.kind === 'one') {
    process.stdout.write(
      options.json
        ? `${JSON.stringify(found.record, null, 2)}\n`
        : `${answerText(projectAnswer(found.record, options.lang))}\n`,
    );
    return 0;
  }
  const code = query.replace(/\s+/g, '').toUpperCase();
  if (found.kind === 'ambiguous') {
    const candidates = found.candidates.slice(0, MAX_CANDIDATES);
    if (options.json) {
      process.stderr.write(
        `${JSON.stringify({ error: 'ambiguous', query, candidates: brief(candidates) })}\n`,
      );
    } else {
      process.stdout.write(`${answerText(ambiguousAnswer(query, candidates, options.lang, 'project'))}\n`);
    }
    return 2;
  }
  if (options.json) {
    process.stderr.write(
      `${JSON.stringify({ error: 'not-found', code, query, suggestions: brief(found.suggestions) })}\n`,
    );
  } else {
    process.stdout.write(`${answerText(notFoundAnswer(query, found.suggestions, options.lang))}\n`);
  }
  return 2;
}
