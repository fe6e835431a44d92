/** `project CODE`: one record, as the summary card or as JSON. */
import { notFoundAnswer, projectAnswer } from '../answer/project.ts';
import type { Lang } from '../i18n/format.ts';
import { answerText } from '../render/terminal.ts';
import { openForCli } from './data.ts';

/** Exit code 0 when found, 2 when not (with suggestions on stdout, or as JSON on stderr). */
export async function runProject(
  code: string,
  options: { data: string; json?: boolean; lang: Lang },
): Promise<number> {
  const { catalog } = await openForCli(options.data);
  const normalized = code.replace(/\s+/g, '').toUpperCase();
  const record = catalog.get(normalized);
  if (!record) {
    const suggestions = catalog.suggest(code);
    if (options.json) {
      process.stderr.write(
        `${JSON.stringify({ error: 'not-found', code: normalized, suggestions: suggestions.map((r) => ({ code: r.code, name: r.name })) })}\n`,
      );
    } else {
      process.stdout.write(`${answerText(notFoundAnswer(code, suggestions, options.lang))}\n`);
    }
    return 2;
  }
  process.stdout.write(
    options.json
      ? `${JSON.stringify(record, null, 2)}\n`
      : `${answerText(projectAnswer(record, options.lang))}\n`,
  );
  return 0;
}
