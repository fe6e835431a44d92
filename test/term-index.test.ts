/**
 * The term index must score exactly as a MiniSearch index over the same fields would: it replaced
 * one, and the rankings (and the accuracy figures measured on them) must not move.
 */
import MiniSearch, { type Query } from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import { loadDocuments } from '../src/records/index.ts';
import type { ProjectRecord } from '../src/records/schema.ts';
import { fallbackAnalyzer } from '../src/search/analyzer.ts';
import { Catalog, leading } from '../src/search/catalog.ts';
import { TermIndex, type WordQuery } from '../src/search/term-index.ts';
import { TermProcessor } from '../src/search/terms.ts';
import { loadSeedRecords } from './support/catalogs.ts';

const terms = new TermProcessor(fallbackAnalyzer());
let records: ProjectRecord[];
let mini: MiniSearch<ProjectRecord>;
let index: TermIndex;

beforeAll(async () => {
  const generated = loadDocuments(generateCorpus({ count: 250, seed: 5 })).records;
  records = [...(await loadSeedRecords()), ...generated];
  mini = new MiniSearch<ProjectRecord>(Catalog.indexOptions(terms));
  mini.addAll(records);
  index = TermIndex.build(records, Catalog.termIndexOptions(terms));
});

/** The MiniSearch query tree equivalent to `words`, as the catalog used to build it. */
function miniQuery(words: WordQuery[], combineWith: 'AND' | 'OR'): Query {
  return {
    combineWith,
    queries: words.map((word) => ({
      combineWith: 'OR' as const,
      queries: [...word.terms],
      ...(word.boostTerm ? { boostTerm: word.boostTerm } : {}),
    })),
  };
}

function wordsOf(text: string): WordQuery[] {
  return terms.queryWords(text).map(({ token, terms: alternatives }) => ({
    terms: alternatives,
    ...(token.includes('-') ? { boostTerm: (term: string) => (term.includes('-') ? 1 : 0.25) } : {}),
  }));
}

function ours(words: WordQuery[], options: Parameters<TermIndex['search']>[1]): Map<string, number> {
  const { docs, scores } = index.search(words, options);
  return new Map(docs.map((doc, i) => [index.ids[doc] as string, scores[i] as number]));
}

function theirs(
  words: WordQuery[],
  combineWith: 'AND' | 'OR',
  options: { boost?: Record<string, number>; fields?: string[] } = {},
): Map<string, number> {
  return new Map(mini.search(miniQuery(words, combineWith), options).map((r) => [r.id as string, r.score]));
}

const QUESTIONS = [
  'nuoret Kainuu',
  'työllistyminen maahanmuuttajat koulutus',
  'KANTO Pohjois-Karjala',
  'Kesä-oppimisympäristö ympäristö',
  'hanke hankkeen hankkeessa',
  'osallisuus yhteisö nuori nuoria nuorten',
  'S20010 Joensuu',
  'green care vihreä hoiva',
  'sosiaalinen kestävyys tasa-arvo',
  'ei-olemassa-olevaa sanaa xyzzy',
];

describe('TermIndex', () => {
  it('scores every query exactly as MiniSearch does, with AND and OR, boosts and field subsets', () => {
    let compared = 0;
    for (const text of QUESTIONS) {
      const words = wordsOf(text);
      for (const combineWith of ['AND', 'OR'] as const) {
        const variants: { boost?: Record<string, number>; fields?: string[] }[] = [
          {},
          { boost: { code: 12, name: 6, applicant: 3, contact: 3, region: 2, targets: 1.5, body: 1 } },
          { fields: ['name', 'body'], boost: { name: 3 } },
        ];
        for (const options of variants) {
          const expected = theirs(words, combineWith, options);
          const actual = ours(words, { combineWith, ...options });
          expect([...actual.keys()].sort(), `${text} ${combineWith}`).toEqual([...expected.keys()].sort());
          for (const [code, score] of expected) expect(actual.get(code)).toBe(score);
          compared += expected.size;
        }
      }
    }
    // The comparison must have compared something: most of these queries match many projects.
    expect(compared).toBeGreaterThan(1000);
  });

  it('matches by prefix and typo as MiniSearch does, with the same scores and match details', () => {
    const identityFields = ['code', 'name', 'applicant', 'contact', 'region'] as const;
    const miniIdentity = new MiniSearch<ProjectRecord>(Catalog.indexOptions(terms, [...identityFields]));
    miniIdentity.addAll(records);
    const identity = TermIndex.build(records, Catalog.termIndexOptions(terms, [...identityFields]));
    const catalog = Catalog.build(records, terms);
    let compared = 0;
    for (const text of [
      'Kansalaisopisto',
      'Joensu kaupunki',
      'Pohjois-Karjalan koulutuskuntayhtymä',
      'Virtanen Anna',
      'osallisuu nuorten',
      'kesä-oppimisympäristö',
      'S20010',
    ]) {
      const analysed = terms.queryWords(text);
      const words = catalog.wordQueries(analysed, true);
      const tree: Query = {
        combineWith: 'OR',
        queries: words.map((word, i) => {
          const token = (analysed[i] as { token: string }).token;
          const loose = !/\d/.test(token);
          return {
            combineWith: 'OR' as const,
            queries: [...word.terms],
            prefix: loose ? (term: string) => token.length >= 4 && term.length >= 5 : false,
            fuzzy: loose ? (term: string) => (token.length >= 5 && term.length >= 5 ? 0.2 : false) : false,
            maxFuzzy: 2,
            ...(word.boostTerm ? { boostTerm: word.boostTerm } : {}),
          };
        }),
      };
      const boost = { name: 3, applicant: 1.5, contact: 2 };
      const fields = ['name', 'applicant', 'contact'];
      const expected = miniIdentity.search(tree, { boost, fields });
      const actual = identity.search(words, { combineWith: 'OR', boost, fields, maxFuzzy: 2 });
      const byCode = new Map(actual.docs.map((doc, i) => [identity.ids[doc] as string, { doc, i }]));
      expect([...byCode.keys()].sort(), text).toEqual(expected.map((r) => r.id as string).sort());
      for (const result of expected) {
        const { doc, i } = byCode.get(result.id) as { doc: number; i: number };
        expect(actual.scores[i]).toBeCloseTo(result.score, 9);
        const details = actual.details(doc);
        expect(new Set(details.terms)).toEqual(new Set(result.terms));
        expect(new Set(details.queryTerms)).toEqual(new Set(result.queryTerms));
        for (const [term, where] of Object.entries(result.match)) {
          expect(new Set(details.match[term]), term).toEqual(new Set(where));
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('counts document frequency as MiniSearch holds it: the field where the term is most common', () => {
    const inverted = (mini as unknown as { _index: { get(t: string): Map<number, Map<number, number>> } })
      ._index;
    for (const term of ['hanke', 'nuori', 'kainuu', 's20010', 'xyzzy']) {
      const fields = inverted.get(term);
      const expected = fields ? Math.max(...[...fields.values()].map((docs) => docs.size)) : 0;
      expect(index.documentFrequency(term), term).toBe(expected);
    }
  });

  it('lists the documents that have a term in a field', () => {
    const first = records[0] as ProjectRecord;
    const code = first.code.toLowerCase();
    expect(index.documentsWith(code, 'code')).toEqual([0]);
    expect(index.documentsWith(code, 'body')).toEqual([]);
    expect(index.documentsWith('xyzzy', 'code')).toEqual([]);
    const nuori = index.documentsWith(terms.textTerms('nuorten')[0] as string, 'body');
    expect(nuori.length).toBeGreaterThan(5);
    expect([...nuori].sort((a, b) => a - b)).toEqual(nuori);
  });

  it('knows which document has which term, per field', () => {
    const first = records[0] as ProjectRecord;
    const code = first.code.toLowerCase();
    expect(index.documentHas(0, code)).toBe(true);
    expect(index.documentHas(0, code, ['code'])).toBe(true);
    expect(index.documentHas(0, code, ['body'])).toBe(false);
    expect(index.documentHas(1, code)).toBe(false);
    expect(index.documentHas(0, 'xyzzy')).toBe(false);
  });

  it('restores from its bytes to an index that answers the same', () => {
    const restored = TermIndex.fromBytes(index.toBytes());
    expect(restored.ids).toEqual(index.ids);
    expect(restored.termCount).toBe(index.termCount);
    expect(restored.postingCount).toBe(index.postingCount);
    const words = wordsOf('nuoret työllistyminen Kainuu');
    const before = index.search(words, { combineWith: 'OR' });
    const after = restored.search(words, { combineWith: 'OR' });
    expect(after.docs).toEqual(before.docs);
    expect([...after.scores]).toEqual([...before.scores]);
  });

  it('restores from bytes at any offset of a larger buffer', () => {
    const bytes = index.toBytes();
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(TermIndex.fromBytes(shifted.subarray(3)).termCount).toBe(index.termCount);
  });

  it('rejects bytes that are not a term index, or are cut short', () => {
    expect(() => TermIndex.fromBytes(new Uint8Array([1, 2, 3]))).toThrow(/not a serialized index/);
    expect(() => TermIndex.fromBytes(Buffer.from('\u0002\u0000\u0000\u0000{}'))).toThrow(/version/);
    const bytes = index.toBytes();
    expect(() => TermIndex.fromBytes(bytes.subarray(0, bytes.length - 10))).toThrow(/truncated/);
  });

  it('finds nothing in an empty index, and nothing for no words', () => {
    const empty = TermIndex.build([] as ProjectRecord[], Catalog.termIndexOptions(terms));
    expect(empty.search(wordsOf('nuoret'), { combineWith: 'OR' }).docs).toEqual([]);
    expect(index.search([], { combineWith: 'AND' }).docs).toEqual([]);
    expect(TermIndex.fromBytes(empty.toBytes()).documentCount).toBe(0);
  });
});

describe('leading', () => {
  it('picks the first items in order, as a full sort would', () => {
    const values = Array.from({ length: 500 }, (_, i) => (i * 7919) % 211);
    const before = (a: number, b: number) => a > b;
    for (const limit of [0, 1, 5, 50, 211, 1000]) {
      expect(leading(values, limit, before)).toEqual([...values].sort((a, b) => b - a).slice(0, limit));
    }
  });
});
