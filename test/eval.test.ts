import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQuestions, scoreQuestion, summarize } from '../src/eval/score.ts';
import { analyzers, catalogOf, loadSeedRecords } from './support/catalogs.ts';

/** The floor the dev questions must stay above, for every analyser engine. */
const MIN_SCORE = 0.95;
const questions = parseQuestions(
  readFileSync('eval/dev-questions.jsonl', 'utf8'),
  'eval/dev-questions.jsonl',
);

describe('evaluation on the dev questions', () => {
  for (const { name, analyzer } of analyzers()) {
    it(`scores at least ${MIN_SCORE * 100}% with the ${name} analyser`, async () => {
      const catalog = catalogOf(await loadSeedRecords(), analyzer);
      const results = questions.map((question) => scoreQuestion(catalog, question));
      const { overall } = summarize(results);
      const failed = results.filter((r) => !r.pass).map((r) => r.question.q);
      expect(overall.passed / overall.total, `failed: ${failed.join(' | ')}`).toBeGreaterThanOrEqual(
        MIN_SCORE,
      );
    });
  }

  it('rejects a malformed question file with its line number', () => {
    expect(() =>
      parseQuestions('{"q":"x","lang":"fi","codes":[],"mustContain":[],"kind":"a"}\n{oops', 'f.jsonl'),
    ).toThrow('eval: f.jsonl:2: not JSON');
  });
});
