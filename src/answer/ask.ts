/**
 * Free-text questions → Answer: the question is read once into a typed reading (`./reading.ts`:
 * what is asked, about which projects or which collection), and the answer is built from the
 * reading alone (`./respond.ts`). The reading travels with the answer, so `ask --explain` and
 * `ask --json` can show how a question was understood.
 */
import type { Lang } from '../i18n/format.ts';
import type { Catalog } from '../search/catalog.ts';
import { readQuestion } from './reading.ts';
import { respond } from './respond.ts';
import type { Answer, AskContext } from './types.ts';

export interface AskOptions {
  /** Reply language; detected from the question when absent. */
  lang?: Lang;
  /** The conversation so far: the subject of the previous answer, for follow-up questions. */
  context?: AskContext;
}

/**
 * Answers one free-text question.
 *
 * @example
 *   ask(catalog, 'Kuka on KANTO-hankkeen yhteyshenkilö?').text
 *   // "KANTO … (S22786): yhteyshenkilö on Anne Pyykkönen."
 */
export function ask(catalog: Catalog, question: string, options: AskOptions = {}): Answer {
  const reading = readQuestion(catalog, question.trim(), options);
  if (!reading.words.length) {
    return { ...respond({ ...reading, subject: { kind: 'none' } }, catalog), reading };
  }
  return { ...respond(reading, catalog), reading };
}
