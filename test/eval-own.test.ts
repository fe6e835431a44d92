/**
 * The guard on the project's own question sets, every file of eval/, eval/heldout/ and eval/heldout2/ (about 900
 * questions over the seeds, eval/fixtures and a generated corpus), with each analyser. The floors sit
 * a little below the scores measured when they were set, so a change that makes the answers worse
 * fails here; the scores themselves are printed by `npm run eval`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../bench/corpus.ts';
import { type EvalQuestion, parseQuestions, scoreQuestion, summarize } from '../src/eval/score.ts';
import { loadFolder } from '../src/records/index.ts';
import type { Catalog } from '../src/search/catalog.ts';
import { analyzers, catalogOf } from './support/catalogs.ts';

/** Share of the whole set that must pass, and of each language. */
const MIN_OVERALL = 0.93;
const MIN_PER_LANGUAGE = 0.92;

const files = ['eval', 'eval/heldout', 'eval/heldout2'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .map((name) => join(dir, name)),
);
const questions: EvalQuestion[] = files.flatMap((file) => parseQuestions(readFileSync(file, 'utf8'), file));
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('evaluation on the whole own question set', { timeout: 240_000 }, () => {
  it('holds hundreds of questions in both languages', () => {
    expect(questions.length).toBeGreaterThanOrEqual(400);
    const finnish = questions.filter((q) => q.lang === 'fi').length;
    expect(finnish / questions.length).toBeGreaterThan(0.4);
    expect(finnish / questions.length).toBeLessThan(0.6);
  });

  for (const { name, analyzer } of analyzers()) {
    it(`scores at least ${MIN_OVERALL * 100}% with the ${name} analyser`, async () => {
      const catalogs = new Map<string, Catalog>();
      const catalogFor = async (data: string): Promise<Catalog> => {
        let catalog = catalogs.get(data);
        if (!catalog) {
          let dir = data;
          const generated = /^generated:(\d+):(\d+)$/.exec(data);
          if (generated) {
            dir = mkdtempSync(join(tmpdir(), 'hankebotti-eval-test-'));
            temporary.push(dir);
            await writeCorpus(dir, { count: Number(generated[1]), seed: Number(generated[2]) });
          }
          catalog = catalogOf((await loadFolder(dir)).records, analyzer);
          catalogs.set(data, catalog);
        }
        return catalog;
      };
      const results = [];
      for (const question of questions) {
        results.push(scoreQuestion(await catalogFor(question.data ?? 'seeds'), question));
      }
      const { overall, byLang } = summarize(results);
      const failed = results.filter((r) => !r.pass).map((r) => r.question.q);
      expect(
        overall.passed / overall.total,
        `failed: ${failed.slice(0, 40).join(' | ')}`,
      ).toBeGreaterThanOrEqual(MIN_OVERALL);
      for (const [lang, score] of byLang) {
        expect(score.passed / score.total, `${lang}`).toBeGreaterThanOrEqual(MIN_PER_LANGUAGE);
      }
    });
  }
});
