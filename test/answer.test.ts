import { beforeAll, describe, expect, it } from 'vitest';
import { thresholdIn } from '../src/answer/aggregate.ts';
import { ask } from '../src/answer/ask.ts';
import { codesIn, resolveProject } from '../src/answer/resolve.ts';
import { splitSentences } from '../src/answer/sentences.ts';
import { formatDate, formatEuros, formatPercent } from '../src/i18n/format.ts';
import type { ProjectRecord } from '../src/records/schema.ts';
import { answerText } from '../src/render/terminal.ts';
import type { Catalog } from '../src/search/catalog.ts';
import { analyzers, catalogOf, loadSeedRecords, variant } from './support/catalogs.ts';

const fold = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

describe('formatting', () => {
  it('writes numbers and dates the Finnish way in Finnish and the English way in English', () => {
    expect(fold(formatEuros(1319685, 'fi'))).toBe('1 319 685 €');
    expect(formatEuros(1319685, 'en')).toBe('€1,319,685');
    expect(formatDate('2018-01-02', 'fi')).toBe('2.1.2018');
    expect(formatDate('2018-01-02', 'en')).toBe('2 Jan 2018');
    expect(fold(formatPercent(0.977, 'fi'))).toBe('97,7 %');
    expect(formatPercent(0.977, 'en')).toBe('97.7%');
  });
});

describe('question parts', () => {
  it('finds codes in any case and spacing', () => {
    expect(codesIn('tiedot s21154 ja S 22786 sekä A-70726')).toEqual(['S21154', 'S22786', 'A70726']);
  });
  it('reads amount thresholds', () => {
    expect(thresholdIn('which projects got over 1 M€')).toEqual({ op: 'over', amount: 1_000_000 });
    expect(thresholdIn('hankkeet, joiden rahoitus oli alle 200 000 euroa')).toEqual({
      op: 'under',
      amount: 200_000,
    });
    expect(thresholdIn('yli 1,5 miljoonaa')).toEqual({ op: 'over', amount: 1_500_000 });
    expect(thresholdIn('KAKE 2.0')).toBeNull();
    // Amounts in words.
    expect(thresholdIn('yli miljoonan euron hankkeet')).toEqual({ op: 'over', amount: 1_000_000 });
    expect(thresholdIn('projects over two million euros')).toEqual({ op: 'over', amount: 2_000_000 });
    expect(thresholdIn('alle sata tuhatta euroa')).toEqual({ op: 'under', amount: 100_000 });
    expect(thresholdIn('kaksi hanketta Kuopiossa')).toBeNull();
  });
  it('splits sentences but not after abbreviations or ordinal numbers', () => {
    expect(
      splitSentences('Mukana oli n. 100 henkilöä. Toinen lause! 3. sektorin toimijat tulivat mukaan.'),
    ).toEqual(['Mukana oli n. 100 henkilöä.', 'Toinen lause!', '3. sektorin toimijat tulivat mukaan.']);
  });
});

for (const { name, analyzer } of analyzers()) {
  describe(`answers with the ${name} analyser`, () => {
    let records: ProjectRecord[];
    let catalog: Catalog;
    beforeAll(async () => {
      records = await loadSeedRecords();
      const [kake, kanto] = records as [ProjectRecord, ProjectRecord];
      // Two more projects sharing the acronym POLKU, as real data has hundreds.
      const elsewhere = {
        region: { provinces: ['Pohjois-Savo'], subRegions: ['Kuopion'], municipalities: ['Kuopio'] },
        funding: {
          grantedEuState: 100_000,
          realizedEuState: 90_000,
          plannedPublicTotal: 120_000,
          realizedPublicTotal: 110_000,
        },
      };
      const extra = [
        variant(kake, 'S23001', 'POLKU – Polku työelämään', {
          ...elsewhere,
          summary: 'Polku työelämään Kuopiossa.',
          applicant: { ...kake.applicant, name: 'Kuopion kaupunki', city: 'Kuopio' },
          contact: { name: 'Liisa Laine', title: null, email: 'liisa.laine@kuopio.fi', phone: null },
        }),
        variant(kanto, 'S23002', 'POLKU – Polku osallisuuteen', {
          ...elsewhere,
          summary: 'Polku osallisuuteen ikääntyville.',
          applicant: { ...kanto.applicant, name: 'Savon Vanhustyö ry', city: 'Kuopio' },
          contact: { name: 'Pekka Mäkinen', title: null, email: 'pekka.makinen@example.fi', phone: null },
        }),
      ];
      catalog = catalogOf([...records, ...extra], analyzer);
    });
    const text = (question: string, lang?: 'fi' | 'en') => fold(answerText(ask(catalog, question, { lang })));

    it('resolves a project by code, name, misspelt name, organisation and contact in either name order', () => {
      const code = (q: string) => {
        const r = resolveProject(q, catalog);
        return r.kind === 'one' ? r.record.code : r.kind;
      };
      expect(code('tiedot s21154')).toBe('S21154');
      expect(code('Elinvoimaa ja osallisuutta')).toBe('S20562');
      expect(code('porukalla parenpaan yhteyshenkilö')).toBe('S22154');
      expect(code('Pohjois-Karjalan Sosiaaliturvayhdistys')).toBe('S22786');
      expect(code('Markku Heinonen')).toBe('S20562');
      expect(code('Heinonen Markku')).toBe('S20562');
    });

    it('lists the candidates of an ambiguous name instead of guessing', () => {
      const answer = ask(catalog, 'Kuka on POLKU-hankkeen yhteyshenkilö?', { lang: 'fi' });
      expect(answer.status).toBe('ambiguous');
      expect(answer.codes.sort()).toEqual(['S23001', 'S23002']);
      expect(answerText(answer)).toContain('S23001');
    });

    it('says not found for an unknown code, with a suggestion, never a stack trace', () => {
      const answer = ask(catalog, 'Kerro hankkeesta S21145', { lang: 'fi' });
      expect(answer.status).toBe('not-found');
      expect(answer.items.map((i) => i.code)).toContain('S21154');
    });

    it('answers the contact with name, e-mail and phone', () => {
      const answer = text('Kuka on KANTO-hankkeen yhteyshenkilö?');
      expect(answer).toContain('Anne Pyykkönen');
      expect(answer).toContain('anne.pyykkonen@pksotu.fi');
      expect(answer).toContain('045 117 9340');
    });

    it('answers funding in the language asked, with the share used', () => {
      expect(text('Paljonko PORE sai rahaa?', 'fi')).toContain('460 420 €');
      const english = text('How much funding did PORE get?', 'en');
      expect(english).toContain('€460,420');
      expect(english).toContain('93.6% used');
    });

    it('answers dates, status and running projects', () => {
      expect(text('Milloin Joensuun KAKE 2.0 alkoi?')).toContain('2.1.2018');
      expect(ask(catalog, 'Which projects are still running?', { lang: 'en' }).codes).toContain('S22786');
    });

    it('lists projects of a region named in an inflected form, narrowed by topic', () => {
      expect(ask(catalog, 'Mitkä hankkeet toimivat Joensuussa?').codes.sort()).toEqual(['S21154', 'S22786']);
      expect(ask(catalog, 'Which projects ran in North Karelia?', { lang: 'en' }).codes.sort()).toEqual([
        'S21154',
        'S22786',
      ]);
      expect(ask(catalog, 'Mitä hankkeita Kainuussa on tehty nuorille?').codes).toEqual(['S22154']);
    });

    it('sums, counts and filters by amount', () => {
      expect(text('Paljonko hankkeiden toteutunut julkinen rahoitus oli yhteensä?')).toContain(
        'toteutunut julkinen rahoitus yhteensä',
      );
      expect(ask(catalog, 'How many projects are in Kainuu?', { lang: 'en' }).codes).toEqual(['S22154']);
      const big = ask(catalog, 'Which projects got over 1 M€?', { lang: 'en' });
      expect(big.codes).toContain('S21154');
      expect(big.codes).not.toContain('S22786');
    });

    it('answers from the texts with the sentence and its project when no field holds the answer', () => {
      const participants = text('How many participants did KAKE 2.0 have?', 'en');
      expect(participants).toContain('780 rekisteröityä osallistujaa');
      const budgeting = ask(catalog, 'missä hankkeessa kokeiltiin osallistuvaa budjetointia?');
      expect(budgeting.codes[0]).toBe('S22154');
      expect(answerText(budgeting)).toMatch(/osallistuva budjetointi/i);
    });

    it('says so when nothing in the data answers, without inventing', () => {
      const answer = ask(catalog, 'Mikä on kvanttitietokoneiden tulevaisuus Marsissa?');
      expect(answer.status).toBe('no-answer');
      expect(answerText(answer)).toMatch(/En löytänyt|ei ole mainintaa/);
    });
  });
}
