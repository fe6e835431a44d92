import { beforeAll, describe, expect, it } from 'vitest';
import { parseQuestions, scoreQuestion, summarize } from '../src/eval/score.ts';
import { fallbackAnalyzer } from '../src/search/analyzer.ts';
import type { Catalog } from '../src/search/catalog.ts';
import { catalogOf, loadSeedRecords } from './support/catalogs.ts';

let catalog: Catalog;
beforeAll(async () => {
  catalog = catalogOf(await loadSeedRecords(), fallbackAnalyzer());
});

const followUp = JSON.stringify({
  lang: 'fi',
  kind: 'followup',
  turns: [
    { q: 'Kuka on PORE-hankkeen yhteyshenkilö?' },
    { q: 'entä sen rahoitus?', mustContain: [['460 420']] },
  ],
});

describe('eval of follow-ups', () => {
  it('a line with turns scores its last turn, asked after the ones before', () => {
    const [question] = parseQuestions(`${followUp}\n`, 'f.jsonl');
    expect(question).toMatchObject({
      q: 'entä sen rahoitus?',
      before: ['Kuka on PORE-hankkeen yhteyshenkilö?'],
    });
    const result = scoreQuestion(catalog, question as NonNullable<typeof question>);
    expect(result.pass).toBe(true);
    // The same last turn asked alone has no subject and fails.
    const alone = scoreQuestion(catalog, { ...(question as NonNullable<typeof question>), before: [] });
    expect(alone.pass).toBe(false);
    const { byLang } = summarize([result, alone]);
    expect(byLang.get('fi')).toEqual({ passed: 1, total: 2 });
  });

  it('a follow-up line needs two turns, and names its line when broken', () => {
    const one = JSON.stringify({ lang: 'en', kind: 'followup', turns: [{ q: 'x' }] });
    expect(() => parseQuestions(`\n${one}\n`, 'f.jsonl')).toThrow(/f\.jsonl:2/);
  });
});
