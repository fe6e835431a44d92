/**
 * The answer layer's parts: the field table held against the record schema, and the reading of
 * questions (what is asked, about what) for each analyser. The wordings here are the tests' own;
 * the eval sets hold the questions written by people who never saw the code.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ask } from '../src/answer/ask.ts';
import { FIELD_TABLE, GROUP_TABLE } from '../src/answer/fields.ts';
import { describeReading, readQuestion } from '../src/answer/reading.ts';
import { loadFolder } from '../src/records/index.ts';
import { ProjectRecord } from '../src/records/schema.ts';
import { answerText } from '../src/render/terminal.ts';
import type { Catalog } from '../src/search/catalog.ts';
import { analyzers, catalogOf, loadSeedRecords } from './support/catalogs.ts';

const FIXTURES = new URL('../eval/fixtures/', import.meta.url).pathname;
const fold = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

/** Every leaf path of a zod object schema ("applicant.businessId", "period.start"). */
function leaves(schema: z.ZodType, prefix = ''): string[] {
  let inner = schema as z.ZodType & { unwrap?: () => z.ZodType; shape?: Record<string, z.ZodType> };
  while (inner.unwrap && !inner.shape) inner = inner.unwrap() as typeof inner;
  const element = (inner as { element?: z.ZodType }).element;
  if (element) return leaves(element, prefix);
  if (!inner.shape) return [prefix];
  return Object.entries(inner.shape).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const below = leaves(value, path);
    return [path, ...below.filter((leaf) => leaf !== path)];
  });
}

describe('the field table', () => {
  it('answers every field of the record schema', () => {
    const answered = new Set(FIELD_TABLE.flatMap((field) => [field.id, ...(field.covers ?? [])]));
    const isAnswered = (path: string) =>
      answered.has(path) ||
      [...answered].some((id) => path.startsWith(`${id}.`) || id.startsWith(`${path}.`));
    const missing = leaves(ProjectRecord).filter((path) => !path.startsWith('sources') && !isAnswered(path));
    expect(missing).toEqual([]);
  });

  it('gives every field words in both languages, or a group that answers it', () => {
    const byDefault = new Set(GROUP_TABLE.flatMap((group) => group.defaults));
    for (const field of FIELD_TABLE) {
      const words = [field.words, field.qualifiers];
      const fi = words.some((w) => (w?.fi.length ?? 0) > 0);
      const en = words.some((w) => (w?.en.length ?? 0) > 0);
      expect(fi && en ? true : byDefault.has(field.id), field.id).toBe(true);
    }
    for (const group of GROUP_TABLE) {
      for (const id of group.defaults)
        expect(
          FIELD_TABLE.some((f) => f.id === id),
          id,
        ).toBe(true);
    }
  });

  it('writes every value of the seeds in both languages', async () => {
    const records = await loadSeedRecords();
    for (const record of records) {
      for (const field of FIELD_TABLE) {
        for (const lang of ['fi', 'en'] as const) {
          const value = field.value(record, lang);
          if (value == null) continue;
          expect(
            typeof value === 'string' ? value.length : value.length,
            `${record.code} ${field.id}`,
          ).toBeGreaterThan(0);
        }
      }
    }
    const kanto = records.find((r) => r.code === 'S22786') as ProjectRecord;
    const phone = FIELD_TABLE.find((f) => f.id === 'contact.phone');
    expect(phone?.value(kanto, 'fi')).toBe('045 117 9340');
  });
});

for (const { name, analyzer } of analyzers()) {
  describe(`reading questions with the ${name} analyser`, () => {
    let seeds: Catalog;
    let fixtures: Catalog;
    beforeAll(async () => {
      seeds = catalogOf(await loadSeedRecords(), analyzer);
      fixtures = catalogOf((await loadFolder(FIXTURES)).records, analyzer);
    });
    const read = (question: string, catalog = seeds) => readQuestion(catalog, question);
    const codesOf = (reading: ReturnType<typeof read>) =>
      reading.subject.kind === 'projects' || reading.subject.kind === 'ambiguous'
        ? reading.subject.codes
        : [];

    it('weighs content words over question words', () => {
      // "kenelle" leans to the target groups, "who" to the contact: the content word decides.
      expect(read('kenelle voisin soittaa KANTOsta').fields).toContain('contact.phone');
      expect(read('who are the target groups of KANTO').fields[0]).toMatch(/^targetGroups\./);
      expect(read('who are the target groups of KANTO').fields).not.toContain('contact.name');
    });

    it('answers every field clearly asked', () => {
      const reading = read('kuka koordinoi POREa ja mikä on puhelinnumero');
      expect(reading.fields).toEqual(expect.arrayContaining(['contact.phone']));
      expect(codesOf(reading)).toEqual(['S22154']);
      const two = read('KAKE 2.0 y-tunnus ja verkkosivu');
      expect(two.fields).toEqual(expect.arrayContaining(['applicant.businessId', 'applicant.website']));
    });

    it('never takes a word that asks for a field as evidence for a project', () => {
      const reading = read('mikä on PORE-hankkeen sähköpostiosoite');
      expect(reading.fields).toEqual(['contact.email']);
      expect(reading.nameWords).toEqual(['pore']);
    });

    it('reads a project described by place and topic words', () => {
      const reading = read('milloin se lappeenrantalainen osallisuushanke alkoi');
      expect(codesOf(reading)).toEqual(['S20562']);
      expect(reading.fields[0]).toBe('period.start');
      const kuopio = read('se kuopion ikäihmisten digihanke, kuka on yhteyshenkilö', fixtures);
      expect(codesOf(kuopio)).toEqual(['S22410']);
      expect(kuopio.fields).toContain('contact.name');
      // Taken by description, the answer says which project it took and why.
      const described = ask(seeds, 'se joensuulainen hanke joka jakoi tuensiirtoja, kuka on yhteyshenkilö');
      expect(described.reading?.subject).toMatchObject({ kind: 'projects', via: 'description' });
      expect(answerText(described)).toContain('ainoa kuvaukseen sopiva hanke');
    });

    it('takes a relative clause or a name before the project noun as description, not as asking', () => {
      // The clause's field words ("where", "small grants") ask nothing; "who ran" does.
      const where = read('who ran the project where residents got small grants in Joensuu');
      expect(where.fields).toEqual(['applicant.name']);
      expect(codesOf(where)).toEqual(['S21154']);
      const clause = read('se hanke, jossa jaettiin tuensiirtoja – kuka sitä veti');
      expect(clause.fields).toContain('contact.name');
      expect(codesOf(clause)).toEqual(['S21154']);
      // "city" in "the Joensuu city project" says whose project; "when" asks.
      const city = read('the Joensuu city project with the KAKE events, when did it start');
      expect(city.fields).not.toContain('applicant.city');
      expect(city.fields).toContain('period.start');
      // A clause that filters or ranks still measures with its field words.
      expect(read('hankkeet, joiden myönnetty rahoitus ylitti 200 000 euroa').filters.amount).toEqual({
        op: 'over',
        amount: 200_000,
      });
      expect(read('which related projects does the KAKE 2.0 card name').fields).toContain(
        'card.relatedCodes',
      );
    });

    it('knows an organisation by the short name of its web or e-mail domain', () => {
      // KANTO's organisation writes pksotu.fi: "pksotun puhelinnumero" is the organisation's phone.
      const reading = read('pksotun puhelinnumero');
      expect(codesOf(reading)).toEqual(['S22786']);
      expect(reading.fields).toEqual(['applicant.phone']);
    });

    it('reads inflected names and acronyms with case endings', () => {
      expect(codesOf(read('Rantaverstaan sähköposti', fixtures))).toEqual(['S21702']);
      expect(codesOf(read('mikä oli KAKEn tavoite'))).toEqual(['S21154']);
      // An acronym that begins one name wins over names that merely contain the word.
      expect(codesOf(read('kuka vetää POLKUa', fixtures))).toEqual(['S21480']);
    });

    it('reads collections with their filters', () => {
      const before = read('mitkä hankkeet päättyivät ennen vuotta 2021');
      expect(before.subject.kind).toBe('collection');
      expect(before.filters.dates).toEqual([
        { date: 'end', op: 'before', from: '2021-01-01', to: '2021-12-31' },
      ]);
      expect(read('projects that started in 2022').filters.dates[0]).toMatchObject({
        date: 'start',
        op: 'in',
      });
      // The authority's own words are no topic: "projects where … ELY-keskus is the responsible authority".
      const where = read('projects where Etelä-Savon ELY-keskus is the responsible authority');
      expect(where.subject.kind).toBe('collection');
      expect(where.filters.topic).toEqual([]);
      const authority = read('Etelä-Savon ELY-keskuksen hankkeet');
      expect(authority.filters.authorities).toEqual(['Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus']);
      expect(authority.filters.places).toEqual([]);
      expect(read('which projects were run by associations').filters.orgTypes).toEqual(['Kansalaisjärjestö']);
      // An organisation type of several words is named by its nouns, not by "EU- ja valtion".
      expect(read('paljonko EU- ja valtion rahaa hankkeille myönnettiin yhteensä').filters.orgTypes).toEqual(
        [],
      );
      expect(read('ESF-funded projects').filters.fund).toBe('ESR');
      expect(read('hankkeet joiden rahoitus ylitti puoli miljoonaa').filters.amount).toEqual({
        op: 'over',
        amount: 500_000,
      });
    });

    it('reads two projects side by side and rankings', () => {
      const pair = read('kumpi sai enemmän rahaa, KANTO vai PORE');
      expect(pair.subject).toMatchObject({ kind: 'projects', via: 'comparison' });
      expect(codesOf(pair).sort()).toEqual(['S22154', 'S22786']);
      const most = ask(seeds, 'mikä hanke sai eniten rahaa');
      expect(most.codes[0]).toBe('S21154');
      const least = ask(seeds, 'which project got the least money');
      expect(least.codes[0]).toBe('S20562');
    });

    it('reads a follow-up against the conversation, and a new name replaces it', () => {
      const context = { codes: ['S22154'] };
      const followUp = readQuestion(seeds, 'entä sen rahoitus?', { context });
      expect(followUp.subject).toMatchObject({ kind: 'projects', codes: ['S22154'], via: 'context' });
      expect(followUp.fields[0]).toMatch(/^funding\./);
      const english = readQuestion(seeds, 'and who is the contact?', { context });
      expect(codesOf(english)).toEqual(['S22154']);
      const replaced = readQuestion(seeds, 'entä KANTOn yhteyshenkilö', { context });
      expect(codesOf(replaced)).toEqual(['S22786']);
    });

    it('says when the data does not hold what is asked', () => {
      expect(read('mikä on Matti Virtasen hankkeen puhelinnumero').subject.kind).toBe('unknown-name');
      const missing = ask(fixtures, 'mikä on Kylät kuntoon -hankkeen nettisivu');
      expect(missing.status).toBe('no-answer');
      expect(missing.codes).toEqual(['S22517']);
    });

    it('reads a compound by its head and an inflected question word as written', () => {
      // A "rahastonhoitaja" is a person, not the fund; "rahoitustiedot" asks for the funding.
      expect(read('kuka on KANTOn rahastonhoitaja').fields).not.toContain('fund');
      expect(read('KANTOn rahoitustiedot').fields.some((id) => id.startsWith('funding.'))).toBe(true);
      // "mikä" is no "missä": asking what something is asks for no region.
      expect(read('mikä on PORE-hankkeen kotisivu').fields).not.toContain('region.provinces');
      expect(read('missä PORE toimi').fields).toContain('region.provinces');
    });

    it("says so when the project's texts never mention the thing asked, with its key facts", () => {
      for (const question of ['mikä on KANTOn instagram-tili', 'who was the chairman of PORE']) {
        const answer = ask(seeds, question);
        expect(answer.status, question).toBe('no-answer');
        expect(answer.codes, question).toEqual([question.includes('PORE') ? 'S22154' : 'S22786']);
        expect(answer.fields.length, question).toBeGreaterThan(2);
      }
      // Asked with a field, the field is shown, after saying the very thing is not in the data.
      const rent = ask(seeds, 'paljonko PORE maksoi vuokria toimitiloista');
      expect(rent.status).toBe('no-answer');
      expect(fold(answerText(rent))).toContain('460 420');
      // A word the texts do hold, in another form or through the glossary, still finds its sentence.
      const found = ask(seeds, 'what did KAKE 2.0 do for volunteers');
      expect(found.status).toBe('ok');
      expect(fold(answerText(found)).toLowerCase()).toContain('vapaaehtoi');
    });

    it('totals a counted figure, and a qualifier picks the planned or realised one', () => {
      const total = ask(seeds, 'kuinka monta osallistujaa kaikkiin hankkeisiin oli suunniteltu yhteensä');
      expect(fold(answerText(total))).toContain('1 090');
      expect(read('hanke jolla eniten toteutuneita yrityksiä').fields[0]).toBe(
        'indicators.companiesRealized',
      );
      expect(read('which project planned the most companies').fields[0]).toBe('indicators.companiesPlanned');
      // "Over all projects" is no status.
      expect(read('total of planned participants over all projects').filters.status).toBeNull();
    });

    it('leads with the sentence that holds a number asked of a text', () => {
      const answer = ask(seeds, 'montako osallistujaa KAKE 2.0 -hankkeessa oli');
      expect(fold(answerText(answer))).toContain('780 rekisteröityä osallistujaa');
    });

    it('tells the language by the table words, names aside', () => {
      expect(read('promising practices from Seinäjoen VIRTA').lang).toBe('en');
      expect(read('indirect target groups of Rantaverstas').lang).toBe('en');
      expect(read('Joensuun KAKE 2.0:n yhteyshenkilö').lang).toBe('fi');
      expect(read('mikä on PORE').lang).toBe('fi');
    });

    it('prints the reading for --explain', () => {
      const text = describeReading(read('kenelle voisin soittaa KANTOsta'));
      expect(text).toContain('asks: contact.phone');
      expect(text).toContain('subject: projects S22786');
    });
  });
}
