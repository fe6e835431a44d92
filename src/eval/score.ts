/**
 * Scoring of question sets (the format of eval/dev-questions.jsonl): an answer passes when its codes
 * include every expected code and its text contains, for each inner list of `mustContain`, at least
 * one alternative (case-insensitive, every kind of space folded to a plain space). A question marked
 * `"expect": "no-answer"` passes only when the answer says the data does not hold it.
 */
import { z } from 'zod';
import { askInConversation, ConversationMemory } from '../answer/conversation.ts';
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
  /** "no-answer": the data cannot answer, and the answer must say so (a status other than ok). */
  expect: z.enum(['no-answer']).optional(),
});
/** A follow-up line: the turns go through one conversation and only the last is scored. */
const EvalFollowUp = z.object({
  lang: z.enum(['fi', 'en']),
  kind: z.string(),
  data: z.string().optional(),
  expect: z.enum(['no-answer']).optional(),
  turns: z
    .array(
      z.object({
        q: z.string().min(1),
        codes: z.array(z.string()).optional(),
        mustContain: z.array(z.array(z.string()).min(1)).optional(),
      }),
    )
    .min(2),
});

export type EvalQuestion = z.infer<typeof EvalQuestion> & {
  /** The questions asked before `q` in the same conversation. */
  before?: string[];
};

function fromFollowUp(line: z.infer<typeof EvalFollowUp>): EvalQuestion {
  const last = line.turns[line.turns.length - 1] as (typeof line.turns)[number];
  return {
    q: last.q,
    lang: line.lang,
    kind: line.kind,
    codes: last.codes ?? [],
    mustContain: last.mustContain ?? [],
    ...(line.data ? { data: line.data } : {}),
    ...(line.expect ? { expect: line.expect } : {}),
    before: line.turns.slice(0, -1).map((turn) => turn.q),
  };
}

export interface EvalResult {
  question: EvalQuestion;
  pass: boolean;
  codes: string[];
  missingCodes: string[];
  missingText: string[][];
  /** The answer claimed an answer where the data holds none. */
  answeredAnyway: boolean;
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
      if (typeof json === 'object' && json !== null && 'turns' in json) {
        const followUp = EvalFollowUp.safeParse(json);
        if (!followUp.success) throw new Error(`eval: ${file}:${number}: ${z.prettifyError(followUp.error)}`);
        return fromFollowUp(followUp.data);
      }
      const parsed = EvalQuestion.safeParse(json);
      if (!parsed.success) throw new Error(`eval: ${file}:${number}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

export function scoreQuestion(catalog: Catalog, question: EvalQuestion): EvalResult {
  const memory = new ConversationMemory();
  for (const before of question.before ?? [])
    askInConversation(memory, 'eval', catalog, before, question.lang);
  const answer = askInConversation(memory, 'eval', catalog, question.q, question.lang);
  const text = answerText(answer);
  const folded = fold(text);
  const missingCodes = question.codes.filter((code) => !answer.codes.includes(code));
  const missingText = question.mustContain.filter(
    (alternatives) => !alternatives.some((alt) => folded.includes(fold(alt))),
  );
  const answeredAnyway = question.expect === 'no-answer' && answer.status === 'ok';
  return {
    question,
    pass: missingCodes.length === 0 && missingText.length === 0 && !answeredAnyway,
    codes: answer.codes,
    missingCodes,
    missingText,
    answeredAnyway,
    text,
  };
}

export interface Score {
  passed: number;
  total: number;
}

/** Scores per kind, per language and overall. */
export function summarize(results: readonly EvalResult[]): {
  byKind: Map<string, Score>;
  byLang: Map<string, Score>;
  overall: Score;
} {
  const byKind = new Map<string, Score>();
  const byLang = new Map<string, Score>();
  for (const { question, pass } of results) {
    for (const [map, key] of [
      [byKind, question.kind],
      [byLang, question.lang],
    ] as const) {
      const score = map.get(key) ?? { passed: 0, total: 0 };
      score.total += 1;
      score.passed += pass ? 1 : 0;
      map.set(key, score);
    }
  }
  const overall = { passed: results.filter((r) => r.pass).length, total: results.length };
  return { byKind, byLang, overall };
}
