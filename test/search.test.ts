import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import type { ProjectRecord } from '../src/records/schema.ts';
import { fallbackAnalyzer } from '../src/search/analyzer.ts';
import { cacheKey, catalogFromRecords } from '../src/search/cache.ts';
import type { Catalog } from '../src/search/catalog.ts';
import { TermProcessor, tokenize } from '../src/search/terms.ts';
import { analyzers, catalogOf, loadSeedRecords, SEEDS, variant } from './support/catalogs.ts';

let records: ProjectRecord[];
beforeAll(async () => {
  records = await loadSeedRecords();
});

describe('tokenize', () => {
  it('keeps codes, hyphenated words and numbers whole, lower-cased with å/ä/ö kept', () => {
    expect(tokenize('S21154 Pohjois-Karjalassa 1 319 685 € Ääni')).toEqual([
      's21154',
      'pohjois-karjalassa',
      '1319685',
      'ääni',
    ]);
  });
  it('drops trailing punctuation and keeps version numbers', () => {
    expect(tokenize('KAKE 2.0. THL:n')).toEqual(['kake', '2.0', 'thl:n']);
  });

  // The hand-written scanner must find exactly what the defining regular expression finds.
  const DEFINITION = /[\p{L}\p{N}]+(?:['’:.\-–][\p{L}\p{N}]+)*/gu;
  const byDefinition = (text: string) =>
    text
      .replace(
        /\b(\d{1,3})((?:[ \u00a0\u202f]\d{3})+)\b/g,
        (_m, head: string, rest: string) => head + rest.replace(/\D/g, ''),
      )
      .toLocaleLowerCase('fi')
      .match(DEFINITION) ?? [];

  it('finds the tokens of the definition in every seed and generated document', async () => {
    const texts = [
      ...(await Promise.all((await readdir(SEEDS)).map((file) => readFile(join(SEEDS, file), 'utf8')))),
      ...generateCorpus({ count: 60, seed: 3 }).map((doc) => doc.text),
    ];
    for (const text of texts) expect(tokenize(text)).toEqual(byDefinition(text));
  });

  it('finds the tokens of the definition in any text, astral letters and lone joiners included', () => {
    const pieces = fc.constantFrom(
      'a',
      'Ä',
      'ö',
      '9',
      '-',
      '–',
      '.',
      ':',
      "'",
      '’',
      ' ',
      '𝒜',
      '😀',
      '\ud800',
      'ß',
      'İ',
      '٣',
      '_',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(text)).toEqual(byDefinition(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(tokenize(text)).toEqual(byDefinition(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('TermProcessor', () => {
  const terms = new TermProcessor(fallbackAnalyzer());
  it('indexes a hyphenated word whole and by its parts', () => {
    const result = terms.terms('pohjois-karjalassa');
    expect(result).toContain('pohjois-karjalassa');
    expect(result.length).toBeGreaterThan(2);
  });
  it('drops stopwords and keeps codes as they are', () => {
    expect(terms.terms('ja')).toEqual([]);
    expect(terms.terms('s21154')).toEqual(['s21154']);
  });
  it('has a version that names the analyser', () => {
    expect(terms.version).toContain('fallback');
  });
});

for (const { name, analyzer } of analyzers()) {
  describe(`Catalog with the ${name} analyser`, () => {
    let catalog: Catalog;
    beforeAll(() => {
      catalog = catalogOf(records, analyzer);
    });

    it('finds projects by inflected forms of their words', () => {
      expect(catalog.search('hankkeessa kansalaistoimijat Joensuussa')[0]?.code).toBeDefined();
      expect(catalog.search('Kajaanin nuorille').map((h) => h.code)).toContain('S22154');
      expect(catalog.search('yhdistyksiä').map((h) => h.code)).toContain('S22786');
      expect(catalog.search('Lappeenrannassa').map((h) => h.code)).toEqual(['S20562']);
    });

    it('ranks the code field above body text', () => {
      expect(catalog.search('S22154')[0]?.code).toBe('S22154');
    });

    it('tolerates a typo and a half-typed word', () => {
      expect(catalog.search('Pyykönen').map((h) => h.code)).toContain('S22786');
      expect(catalog.search('Porukal').map((h) => h.code)).toContain('S22154');
    });

    it('falls back to ranked OR when no project has every word', () => {
      const hits = catalog.search('PORE zyxwv');
      expect(hits[0]?.code).toBe('S22154');
    });

    it('filters by region in any form and by status', () => {
      expect(
        catalog
          .search('hanke', { region: 'Pohjois-Karjalassa' })
          .map((h) => h.code)
          .sort(),
      ).toEqual(['S21154', 'S22786']);
      expect(
        catalog
          .search('hanke', { region: 'North Karelia' })
          .map((h) => h.code)
          .sort(),
      ).toEqual(['S21154', 'S22786']);
      expect(catalog.search('hanke', { status: 'running' }).map((h) => h.code)).toEqual(['S22786']);
      expect(catalog.search('hanke', { region: 'Atlantis' })).toEqual([]);
    });

    it('suggests near codes and names', () => {
      expect(catalog.suggest('S21145').map((r) => r.code)).toContain('S21154');
      expect(catalog.suggest('kanto').map((r) => r.code)).toContain('S22786');
    });

    it('finds places in inflected and English forms, and not by a shared part', () => {
      const names = (text: string) => catalog.gazetteer.find(text).map((p) => p.name);
      expect(names('Mitkä hankkeet toimivat Joensuussa?')).toContain('Joensuu');
      expect(names('hankkeet Pohjois-Karjalassa')).toEqual(['Pohjois-Karjala']);
      expect(names('Mitä hankkeita Etelä-Karjalassa on ollut?')).toEqual(['Etelä-Karjala']);
      expect(names('Which projects ran in North Karelia?')).toEqual(['Pohjois-Karjala']);
      expect(names('Kajaanin hankkeet')).toContain('Kajaani');
      expect(names('Kainuussa')).toEqual(['Kainuu']);
    });
  });
}

describe('index cache', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hankebotti-cache-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const analyzer = fallbackAnalyzer();

  it('builds, then loads the same index from the cache', async () => {
    const first = await catalogFromRecords(records, { cacheDir: dir, analyzer });
    const second = await catalogFromRecords(records, { cacheDir: dir, analyzer });
    expect(first.cache).toBe('built');
    expect(second.cache).toBe('hit');
    const ranked = (catalog: Catalog) =>
      catalog.search('PORE hanke').map(({ code, score }) => ({ code, score }));
    expect(ranked(second.catalog)).toEqual(ranked(first.catalog));
  });

  it('rebuilds when the data changed, and keys differ by data and by analyser', async () => {
    const changed = [...records, variant(records[0] as ProjectRecord, 'S29999', 'Uusi hanke')];
    const terms = new TermProcessor(analyzer);
    expect(cacheKey(changed, terms)).not.toBe(cacheKey(records, terms));
    const voikkoLike = { name: 'voikko', version: 'voikko-test', baseForms: (w: string) => [w] };
    expect(cacheKey(records, new TermProcessor(voikkoLike))).not.toBe(cacheKey(records, terms));
    const opened = await catalogFromRecords(changed, { cacheDir: dir, analyzer });
    expect(opened.cache).toBe('built');
    expect(opened.catalog.get('S29999')?.name).toBe('Uusi hanke');
  });

  it('never trusts a corrupt cache', async () => {
    await catalogFromRecords(records, { cacheDir: dir, analyzer });
    for (const file of await readdir(dir)) await writeFile(join(dir, file), '{"not": "an index"');
    const opened = await catalogFromRecords(records, { cacheDir: dir, analyzer });
    expect(opened.cache).toBe('built');
    expect(opened.catalog.search('KANTO')[0]?.code).toBe('S22786');
  });
});
