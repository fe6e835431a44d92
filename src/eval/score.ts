/**
 * Scoring of question sets (the format of eval/dev-questions.jsonl): an answer passes when its codes
 * include every expected code and its text contains, for each inner list of `mustContain`, at least
 * one alternative (case-insensitive, every kind of space folded to a plain space).
 */
import { z } from 'zod';
import { ask } from '../answer/ask.ts';
import { answerText } from '../render/terminal.ts';
import type { Catalog } from '../search/catalog.ts';

export const EvalQuestion = z.object({
  q: z.string().min(1),
  lang: z.enum(['fi', 'en']),
  codes: z.array(z.string()),
  mustContain: z.array(z.array(z.string()).min(1)),
  kind: z.string(),
  /** Data folder for this question, relative to the project root; default the set's folder. */
  data: z.string().optional(),
});
export type EvalQuestion = z.infer<typeof EvalQuestion>;

export interface EvalResult {
  question: EvalQuestion;
  pass: boolean;
  codes: string[];
  missingCodes: string[];
  missingText: string[][];
  text: string;
}

const fold = (text: string) => text.replace(/[\s\u00a0\u202f\u2007\u2009]+/g, ' ').toLocaleLowerCase('fi');

/** Reads a JSONL question file; a bad line is an error naming its line number. */
export function parseQuestions(jsonl: string, file: string): EvalQuestion[] {
  return jsonl
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new Error(`eval: ${file}:${number}: not JSON`);
      }
      const parsed = EvalQuestion.safeParse(json);
      if (!parsed.success) throw new Error(`eval: ${file}:${number}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

export function scoreQuestion(catalog: Catalog, question: EvalQuestion): EvalResult {
  const answer = ask(catalog, question.q, { lang: question.lang });
  const text = answerText(answer);
  const folded = fold(text);
  const missingCodes = question.codes.filter((code) => !answer.codes.includes(code));
  const missingText = question.mustContain.filter(
    (alternatives) => !alternatives.some((alt) => folded.includes(fold(alt))),
  );
  return {
    question,
    pass: missingCodes.length === 0 && missingText.length === 0,
    codes: answer.codes,
    missingCodes,
    missingText,
    text,
  };
}

export interface Score {
  passed: number;
  total: number;
}

/** Scores per kind and overall. */
export function summarize(results: readonly EvalResult[]): { byKind: Map<string, Score>; overall: Score } {
  const byKind = new Map<string, Score>();
  for (const { question, pass } of results) {
    const score = byKind.get(question.kind) ?? { passed: 0, total: 0 };
    score.total += 1;
    score.passed += pass ? 1 : 0;
    byKind.set(question.kind, score);
  }
  const overall = { passed: results.filter((r) => r.pass).length, total: results.length };
  return { byKind, overall };
}
