/** `ask [QUESTION]`: one answer, or one JSON line per stdin line in batch mode. */
import { createInterface } from 'node:readline';
import { ask } from '../answer/ask.ts';
import { askInConversation, ConversationMemory } from '../answer/conversation.ts';
import { describeReading } from '../answer/reading.ts';
import type { Answer } from '../answer/types.ts';
import type { Lang } from '../i18n/format.ts';
import { answerText } from '../render/terminal.ts';
import { openForCli } from './data.ts';

/**
 * The JSON line of one answer: `text` is the plain-text answer a user sees; `reading` how the
 * question was read (see `describeReading`), so a wrong answer can be traced to the step that went wrong.
 */
export function answerJson(question: string, answer: Answer): string {
  return JSON.stringify({
    question,
    intent: answer.intent,
    codes: answer.codes,
    text: answerText(answer),
    ...(answer.reading ? { reading: answer.reading } : {}),
  });
}

export async function runAsk(
  question: string,
  options: { data: string; json?: boolean; lang?: Lang; conversation?: boolean; explain?: boolean },
): Promise<number> {
  const { catalog } = await openForCli(options.data);
  const lang = options.lang;
  if (question.trim()) {
    const answer = ask(catalog, question, { lang });
    if (options.json) process.stdout.write(`${answerJson(question, answer)}\n`);
    else if (options.explain && answer.reading) {
      process.stdout.write(`${describeReading(answer.reading)}\n\n${answerText(answer)}\n`);
    } else process.stdout.write(`${answerText(answer)}\n`);
    return 0;
  }
  // Batch mode: line N out answers line N in, so a blank line gets an empty answer. With
  // --conversation a line continues the current conversation and a blank line starts a new one.
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  const memory = new ConversationMemory();
  let turn = 0;
  for await (const line of lines) {
    if (!line.trim()) {
      if (options.conversation) turn += 1;
      else process.stdout.write(`${JSON.stringify({ question: line, intent: null, codes: [], text: '' })}\n`);
      continue;
    }
    if (!options.conversation) {
      process.stdout.write(`${answerJson(line, ask(catalog, line, { lang }))}\n`);
      continue;
    }
    process.stdout.write(
      `${answerJson(line, askInConversation(memory, String(turn), catalog, line, lang))}\n`,
    );
  }
  return 0;
}
