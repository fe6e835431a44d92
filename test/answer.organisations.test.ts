/**
 * Organisations named in questions: an applicant's whole name filters a question about many projects
 * (in any inflection, its legal form optional); an organisation no document holds is said to be unknown.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.ts';
import { readQuestion } from '../src/answer/reading.ts';
import { loadFolder } from '../src/records/index.ts';
import type { ProjectRecord } from '../src/records/schema.ts';
import { answerText } from '../src/render/terminal.ts';
import type { Catalog } from '../src/search/catalog.ts';
import { analyzers, catalogOf, loadSeedRecords } from './support/catalogs.ts';

const FIXTURES = new URL('../eval/fixtures/', import.meta.url).pathname;

describe.each(analyzers())('organisations in questions ($name)', ({ analyzer }) => {
  let catalog: Catalog;
  let records: ProjectRecord[];
  beforeAll(async () => {
    records = [...(await loadSeedRecords()), ...(await loadFolder(FIXTURES)).records];
    catalog = catalogOf(records, analyzer);
  });
  const runBy = (name: string) => records.filter((r) => r.applicant.name === name).map((r) => r.code);

  it.each([
    ['mitä hankkeita joensuun kaupungilla on', 'Joensuun kaupunki'],
    ['how many projects has Kajaanin ammattikorkeakoulu run', 'Kajaanin Ammattikorkeakoulu Oy'],
    ['Pohjois-Karjalan Sosiaaliturvayhdistys ry:n hankkeet', 'Pohjois-Karjalan Sosiaaliturvayhdistys ry'],
    [
      'kaikki pohjois-karjalan sosiaaliturvayhdistyksen hankkeet',
      'Pohjois-Karjalan Sosiaaliturvayhdistys ry',
    ],
  ])('%s: the applicant filters the collection', (question, name) => {
    const reading = readQuestion(catalog, question);
    expect(reading.filters.organisations).toEqual([name]);
    expect(reading.filters.places).toEqual([]);
    expect(reading.filters.orgTypes).toEqual([]);
    expect(reading.subject.kind).toBe('collection');
    const answer = ask(catalog, question);
    expect([...answer.codes].sort()).toEqual(runBy(name).sort());
  });

  it('counts the projects of an organisation, not those of its town', () => {
    const answer = ask(catalog, 'montako hanketta kajaanin ammattikorkeakoululla on ollut');
    expect(answerText(answer)).toContain(String(runBy('Kajaanin Ammattikorkeakoulu Oy').length));
    expect(readQuestion(catalog, 'montako hanketta kajaanissa').filters.organisations).toEqual([]);
  });

  it('reads a town followed by its area as a place', () => {
    const reading = readQuestion(catalog, 'hankkeet joensuun kaupungin alueella');
    expect(reading.filters.organisations).toEqual([]);
    expect(reading.filters.places.map((p) => p.name)).toContain('Joensuu');
  });

  it.each([
    'mitä hankkeita tampereen yliopistolla on',
    'kuka on Helsingin Teknologiakeskus Oy:n hankkeen yhteyshenkilö',
    'projects of Vantaan Kehitys Oy',
  ])('%s: an organisation the data does not hold is unknown', (question) => {
    const reading = readQuestion(catalog, question);
    expect(reading.subject.kind).toBe('unknown-name');
    expect(ask(catalog, question).status).not.toBe('ok');
  });

  it('leaves a question about one project of the organisation to the name', () => {
    const reading = readQuestion(catalog, 'oulun yliopiston hankkeen yhteyshenkilö');
    expect(reading.filters.organisations).toEqual([]);
    expect(reading.subject).toMatchObject({ kind: 'projects', codes: runBy('Oulun yliopisto') });
  });
});
