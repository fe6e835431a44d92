/**
 * The English → Finnish glossary (`src/search/glossary.ts`): its keys are words the lookup can meet,
 * its values Finnish base forms, none of its words asks for a record field (the answer layer reads
 * those from its own tables), and its Finnish is the documents' own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FIELD_TABLE, GROUP_TABLE, type Words } from '../src/answer/fields.ts';
import { englishKeys } from '../src/answer/vocabulary.ts';
import * as questionWords from '../src/answer/words.ts';
import { loadFolder } from '../src/records/index.ts';
import type { Catalog } from '../src/search/catalog.ts';
import { ENGLISH_TO_FINNISH } from '../src/search/glossary.ts';
import { tokenize } from '../src/search/terms.ts';
import { analyzers, catalogOf, loadSeedRecords } from './support/catalogs.ts';

const FIXTURES = new URL('../eval/fixtures/', import.meta.url).pathname;
const KEYS = Object.keys(ENGLISH_TO_FINNISH);
const VALUES = [...new Set(Object.values(ENGLISH_TO_FINNISH).flat())];

/**
 * Entries older than the rule, kept: each is a table word too ("result", "guide", "coordinator"), which
 * the question reader takes first. No new entry may join them.
 */
const KEPT = new Set([
  'participant',
  'participants',
  'organisation',
  'organisations',
  'company',
  'companies',
  'municipality',
  'city',
  'work',
  'booklet',
  'booklets',
  'guide',
  'video',
  'videos',
  'budgeting',
  'result',
  'results',
  'final',
  'report',
  'environment',
  'people',
  'person',
  'job',
  'grant',
  'idea',
  'client',
  'publication',
  'model',
  'coordinator',
]);

const isWords = (value: unknown): value is Words =>
  typeof value === 'object' && value !== null && Array.isArray((value as Words).en);

/**
 * The English words of the field table and the question-word tables that ask on their own: the
 * one-word entries. A phrase ("target group", "social fund") asks only as a whole, the reader matching
 * its words in a row, so its words alone are free ("group", "social").
 */
function tableWords(): Set<string> {
  const phrases: string[] = [];
  const collect = (words: Words | undefined) => {
    if (words) phrases.push(...words.en);
  };
  for (const spec of [...FIELD_TABLE, ...GROUP_TABLE]) {
    collect(spec.words);
    collect(spec.weak);
    collect('qualifiers' in spec ? spec.qualifiers : undefined);
  }
  for (const [name, table] of Object.entries(questionWords)) {
    if (!name.endsWith('_WORDS') && name !== 'PROJECT_NOUNS') continue;
    if (isWords(table)) collect(table);
    else if (typeof table === 'object' && table !== null)
      for (const words of Object.values(table)) if (isWords(words)) collect(words);
  }
  const single = phrases
    .map((phrase) => phrase.replace(/^[=>]/, '').toLocaleLowerCase('fi'))
    .filter((phrase) => !/\s/.test(phrase));
  return new Set(single);
}

/** The table words a key meets as the question reader folds it, itself or its plural ("lesson" → lessons). */
function tableWordsMet(key: string, words: ReadonlySet<string>): string[] {
  const plural = /[^aeiou]y$/.test(key) ? `${key.slice(0, -1)}ies` : `${key}s`;
  const folded = new Set([key, plural].flatMap((form) => [...englishKeys(form)]));
  return [...folded].filter((word) => words.has(word));
}

describe('the glossary', () => {
  it('has keys the per-token lookup can meet: one lower-case token each', () => {
    for (const key of KEYS) {
      expect(key, key).toBe(key.toLocaleLowerCase('fi'));
      expect(tokenize(key), key).toEqual([key]);
    }
  });

  it('gives every key lower-case Finnish words', () => {
    for (const key of KEYS) {
      const values = ENGLISH_TO_FINNISH[key] as readonly string[];
      expect(values.length, key).toBeGreaterThan(0);
      expect(new Set(values).size, key).toBe(values.length);
      for (const value of values) expect(value, key).toMatch(/^[a-zåäö]+(?:[- ][a-zåäö]+)*$/);
    }
  });

  it('holds no English word of the field table or the question-word tables', () => {
    const words = tableWords();
    expect(words.size).toBeGreaterThan(200);
    expect(words.has('budget') && words.has('website') && words.has('region')).toBe(true);
    const clashes = KEYS.filter((key) => !KEPT.has(key) && tableWordsMet(key, words).length > 0);
    expect(clashes).toEqual([]);
    // The kept ones are still entries and still clash: a word mended in the tables leaves this list.
    for (const key of KEPT) {
      expect(KEYS, key).toContain(key);
      expect(tableWordsMet(key, words).length, key).toBeGreaterThan(0);
    }
  });

  it('covers the vocabulary of project work', () => {
    expect(KEYS.length).toBeGreaterThanOrEqual(450);
    for (const word of [
      'permanent',
      'established',
      'steering',
      'staff',
      'employees',
      'employers',
      'workplace',
      'tourism',
      'services',
      'integration',
      'rector',
      'hired',
      'held',
      'low-threshold',
      'apprenticeship',
      'parish',
      'library',
      'countryside',
      'recycling',
      'bioeconomy',
      'seminar',
      'newsletter',
    ]) {
      const singular = word.replace(/s$/, '');
      expect(ENGLISH_TO_FINNISH[word] ?? ENGLISH_TO_FINNISH[singular], word).toBeDefined();
    }
  });

  for (const { name, analyzer } of analyzers()) {
    describe(`with the ${name} analyser`, () => {
      let catalogs: Catalog[];
      beforeAll(async () => {
        catalogs = [
          catalogOf(await loadSeedRecords(), analyzer),
          catalogOf((await loadFolder(FIXTURES)).records, analyzer),
        ];
      });

      it("speaks the documents' language: most Finnish values occur in the seeds and fixtures", () => {
        const occurs = (value: string) =>
          catalogs.some((catalog) =>
            catalog.terms.terms(value).some((term) => catalog.documentFrequency(term) > 0),
          );
        const found = VALUES.filter(occurs);
        expect(found.length / VALUES.length).toBeGreaterThanOrEqual(0.6);
      });
    });
  }
});
