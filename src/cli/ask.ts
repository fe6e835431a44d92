/** `ask [QUESTION]`: one answer, or one JSON line per stdin line in batch mode. */
import { createInterface } from 'node:readline';
import { ask } from '../answer/ask.ts';
import type { Answer } from '../answer/types.ts';
import type { Lang } from '../i18n/format.ts';
import { answerText } from '../render/terminal.ts';
import { openForCli } from './data.ts';

/** The JSON line of one answer: `text` is the plain-text answer a user sees. */
export function answerJson(question: string, answer: Answer): string {
  return JSON.stringify({ question, intent: answer.intent, codes: answer.codes, text: answerText(answer) });
}

export async function runAsk(
  question: string,
  options: { data: string; json?: boolean; lang?: Lang },
): Promise<number> {
  const { catalog } = await openForCli(options.data);
  const lang = options.lang;
  if (question.trim()) {
    const answer = ask(catalog, question, { lang });
    process.stdout.write(options.json ? `${answerJson(question, answer)}\n` : `${answerText(answer)}\n`);
    return 0;
  }
  // Batch mode: one question per line of stdin, one JSON line out per question.
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line.trim()) continue;
    process.stdout.write(`${answerJson(line, ask(catalog, line, { lang }))}\n`);
  }
  return 0;
}
