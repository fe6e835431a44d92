import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandList, commands } from '../commands/index.ts';
import { decodeState, encodeState, PAGE_SIZE } from '../commands/search.ts';
import { projectAnswer } from '../src/answer/project.ts';
import { parseSlash } from '../src/cli/slash.ts';
import type { Command, CommandContext } from '../src/command.ts';
import { suggestProjects } from '../src/commands-support.ts';
import type { ProjectRecord } from '../src/records/schema.ts';
import { answerText } from '../src/render/terminal.ts';
import { fallbackAnalyzer } from '../src/search/analyzer.ts';
import { catalogOf, loadSeedRecords, variant } from './support/catalogs.ts';

let context: CommandContext;
beforeAll(async () => {
  const seeds = await loadSeedRecords();
  const many = Array.from({ length: 40 }, (_, i) =>
    variant(seeds[i % 4] as ProjectRecord, `S3${String(i).padStart(4, '0')}`, `Testihanke ${i} nuorille`),
  );
  // The third status the documents hold; the seeds have only the other two.
  const interrupted = variant(seeds[0] as ProjectRecord, 'S38888', 'Keskeytetty hanke', {
    status: 'Keskeytetty',
  });
  context = { lang: 'fi', catalog: catalogOf([...seeds, ...many, interrupted], fallbackAnalyzer()) };
});

const command = (name: string) => commands.get(name) as Command;

describe('slash parsing for the terminal', () => {
  it('accepts Finnish and English names, options by name and the first option positionally', () => {
    const parsed = parseSlash('/haku nuoret maakunta:Kainuu tila:käynnissä', commandList);
    expect(parsed.ok && parsed.value.command.data.name).toBe('search');
    expect(parsed.ok && parsed.value.options).toEqual({
      query: 'nuoret',
      region: 'Kainuu',
      status: 'running',
    });
    const english = parseSlash('/project S21154', commandList);
    expect(english.ok && english.value.options).toEqual({ code: 'S21154' });
  });
  it('reports an unknown command', () => {
    expect(parseSlash('/olematon', commandList)).toEqual({
      ok: false,
      error: 'unknown-command',
      name: 'olematon',
    });
  });
});

describe('/search pagination', () => {
  it('keeps the page state in custom ids of at most 100 characters', () => {
    const state = { page: 12, query: 'ö'.repeat(200), region: 'Pohjois-Karjala', status: 'running' as const };
    const id = encodeState(state);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeState(id)).toMatchObject({ page: 12, region: 'Pohjois-Karjala', status: 'running' });
    expect(decodeState('search:garbage')).toBeNull();
  });

  it('pages forward and back, and a button works from its custom id alone', async () => {
    const search = command('search');
    const first = await search.execute(context, { query: 'nuorille' });
    expect(first.pages?.page).toBe(1);
    expect(first.pages?.pageCount).toBeGreaterThan(1);
    expect(first.answer.items).toHaveLength(PAGE_SIZE);
    expect(first.pages?.previousId).toBeNull();
    const second = await search.button?.(context, first.pages?.nextId as string);
    expect(second?.pages?.page).toBe(2);
    expect(second?.answer.items[0]?.code).not.toBe(first.answer.items[0]?.code);
    const back = await search.button?.(context, second?.pages?.previousId as string);
    expect(back?.answer.items).toEqual(first.answer.items);
    const expired = await search.button?.(context, 'search:broken');
    expect(expired?.ephemeral).toBe(true);
  });

  it('filters by region and status', async () => {
    const reply = await command('search').execute(context, { query: 'hanke', region: 'Kainuu' });
    expect(
      reply.answer.codes.every((code) => context.catalog.get(code)?.region.provinces.includes('Kainuu')),
    ).toBe(true);
  });

  it('keeps a place typed in the terminal on every page', async () => {
    const first = await typed('/haku nuorille maakunta:Joensuussa');
    expect(first.pages?.pageCount).toBeGreaterThan(1);
    const second = await command('search').button?.(context, first.pages?.nextId as string);
    expect(second?.pages?.page).toBe(2);
    expect(second?.answer.text).toContain('Joensuu');
    const inJoensuu = (code: string) => context.catalog.get(code)?.region.municipalities.includes('Joensuu');
    expect(second?.answer.items.every((item) => inJoensuu(item.code))).toBe(true);
  });
});

/** A line typed in the terminal chat, parsed and run as the chat runs it. */
async function typed(line: string, lang: 'fi' | 'en' = 'fi') {
  const parsed = parseSlash(line, commandList);
  if (!parsed.ok) throw new Error(`not a command: ${line}`);
  return parsed.value.command.execute({ ...context, lang }, parsed.value.options);
}

describe("search filters accept the documents' words in both languages", () => {
  const statusKind = (code: string) => context.catalog.get(code)?.status;

  it.each([
    ['tila:toiminnassa', 'Toiminnassa'],
    ['tila:käynnissä', 'Toiminnassa'],
    ['tila:kaynnissa', 'Toiminnassa'],
    ['status:ongoing', 'Toiminnassa'],
    ['tila:päättynyt', 'Toiminta päättynyt'],
    ['tila:Toiminta päättynyt', 'Toiminta päättynyt'],
    ['status:finished', 'Toiminta päättynyt'],
    ['tila:keskeytetty', 'Keskeytetty'],
    ['status:interrupted', 'Keskeytetty'],
  ])('/haku hanke %s keeps only "%s" projects', async (filter, status) => {
    const reply = await typed(`/haku hanke ${filter}`);
    expect(reply.answer.status).toBe('ok');
    expect(reply.answer.codes.length).toBeGreaterThan(0);
    expect(reply.answer.codes.every((code) => statusKind(code) === status)).toBe(true);
  });

  it("rejects an unknown status, listing the valid ones in the user's language", async () => {
    const fi = await typed('/haku hanke tila:valmisteilla');
    expect(fi.answer.status).toBe('no-answer');
    expect(answerText(fi.answer)).toBe(
      'Tilaa ”valmisteilla” ei tunneta. Tila voi olla: toiminnassa (käynnissä), päättynyt, keskeytetty.',
    );
    const en = await typed('/search project status:pending', 'en');
    expect(en.answer.status).toBe('no-answer');
    expect(answerText(en.answer)).toContain('running (toiminnassa), ended (päättynyt), interrupted');
  });

  it('rejects an unknown region, offering the nearest regions or all of them', async () => {
    const near = await typed('/haku hanke maakunta:Pohjois Karjla');
    expect(near.answer.status).toBe('no-answer');
    expect(answerText(near.answer)).toBe(
      'Maakuntaa tai paikkaa ”Pohjois Karjla” ei löytynyt aineistosta. Tarkoititko: Pohjois-Karjala?',
    );
    const none = await typed('/search project region:Narnia', 'en');
    expect(none.answer.status).toBe('no-answer');
    expect(answerText(none.answer)).toContain('Regions: Uusimaa, Southwest Finland');
    expect(answerText(none.answer)).toContain('Lapland');
  });

  it('reads a region in English or inflected as the region itself', async () => {
    const english = await typed('/search hanke region:North Karelia', 'en');
    const inflected = await typed('/haku hanke maakunta:Pohjois-Karjalassa');
    expect(english.answer.codes.length).toBeGreaterThan(0);
    expect(inflected.answer.codes).toEqual(english.answer.codes);
    expect(inflected.answer.text).toContain('(Pohjois-Karjala)');
  });

  it('offers every status kind as a Discord choice', () => {
    const json = command('search').data.toJSON();
    const status = json.options?.find((option) => option.name === 'status') as {
      choices: { value: string }[];
    };
    expect(status.choices.map((choice) => choice.value)).toEqual(['running', 'ended', 'interrupted']);
  });
});

describe('/stats breakdowns', () => {
  it('accepts the breakdown in either language', async () => {
    for (const line of ['/tilastot peruste:vuosi', '/stats by:year', '/tilastot peruste:aloitusvuosi']) {
      expect((await typed(line)).answer.title).toBe('Toteutunut julkinen rahoitus aloitusvuosittain');
    }
    expect((await typed('/tilastot peruste:tila')).answer.title).toBe(
      'Toteutunut julkinen rahoitus tilan mukaan',
    );
  });

  it('rejects an unknown breakdown instead of falling back to regions', async () => {
    const fi = await typed('/tilastot peruste:kunta');
    expect(fi.answer.status).toBe('no-answer');
    expect(fi.answer.chart).toBeUndefined();
    expect(answerText(fi.answer)).toBe(
      'Perustetta ”kunta” ei ole. Peruste voi olla: maakunta, tila, organisaatiotyyppi, aloitusvuosi.',
    );
    const en = await typed('/stats by:municipality', 'en');
    expect(en.answer.text).toContain('Choose one of: region, status, organisation type, start year.');
  });
});

describe('autocomplete', () => {
  it('offers at most 25 choices of at most 100 characters, exact code first', () => {
    for (const value of ['', 'S2', 'kanto', 'Testihanke', 'zzzz']) {
      const choices = suggestProjects(context, value);
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const choice of choices) expect(choice.name.length).toBeLessThanOrEqual(100);
    }
    expect(suggestProjects(context, 's22786')[0]?.value).toBe('S22786');
    expect(suggestProjects(context, 'Porukalla')[0]?.value).toBe('S22154');
    expect(suggestProjects(context, '').length).toBe(25);
  });
});

describe('project commands', () => {
  it('accept a name instead of a code and report an unknown code with a hint', async () => {
    const byName = await command('contact').execute(context, { code: 'KANTO' });
    expect(answerText(byName.answer)).toContain('Anne Pyykkönen');
    const missing = await command('project').execute(context, { code: 'S99999' });
    expect(missing.answer.status).toBe('not-found');
    expect(answerText(missing.answer)).toContain('S99999');
  });

  it('ask for a code or name with the usage when it is left out', async () => {
    const fi = await typed('/rahoitus');
    expect(fi.answer.status).toBe('no-answer');
    expect(fi.answer.text).toBe(
      `Anna hankekoodi tai hankkeen nimi. Käyttö: /rahoitus koodi tai nimi, esim. /rahoitus ${context.catalog.records[0]?.code}`,
    );
    const en = await typed('/contact', 'en');
    expect(en.answer.text).toMatch(/^Give a project code or name\. Usage: \/contact code or name, e\.g\./);
  });

  it('show funding on the card like with like: granted and realised EU + state', async () => {
    const card = await command('project').execute(context, { code: 'S21154' });
    // Amounts are written with no-break spaces.
    const fields = Object.fromEntries(
      card.answer.fields.map((field) => [field.name, field.value.replace(/\s/g, ' ')]),
    );
    expect(fields['Myönnetty EU- ja valtion rahoitus']).toBe('1 319 685 €');
    expect(fields['Toteutunut EU- ja valtion rahoitus']).toBe('1 288 961 € (käytetty 97,7 %)');
    expect(fields).not.toHaveProperty('Toteutunut julkinen rahoitus yhteensä');
  });

  it('show the total public pair on the card when only it is complete', async () => {
    const seed = context.catalog.get('S21154') as ProjectRecord;
    const record = variant(seed, 'S39999', 'Vain julkinen', {
      funding: { ...seed.funding, realizedEuState: null },
    });
    const card = projectAnswer(record, 'en');
    const names = card.fields.map((field) => field.name);
    expect(names).toContain('Planned total public funding');
    expect(names).toContain('Realised total public funding');
    expect(names).not.toContain('Granted EU + state funding');
  });

  it('speak the language of the context', async () => {
    const fi = await command('funding').execute(context, { code: 'S21154' });
    const en = await command('funding').execute({ ...context, lang: 'en' }, { code: 'S21154' });
    expect(answerText(fi.answer)).toContain('Myönnetty');
    expect(answerText(en.answer)).toContain('Granted');
    expect(fi.answer.chart?.kind).toBe('funding');
  });
});

describe('npm start without a token', () => {
  it('opens the terminal chat over seeds/, answers piped commands and exits at end of input', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      input: '/hanke S21154\nKuka on KANTO-hankkeen yhteyshenkilö?\n/ohje\n',
      encoding: 'utf8',
      env: { ...process.env, DISCORD_TOKEN: '', PROJECTS_DIR: 'seeds', CACHE_DIR: '' },
      timeout: 30_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Joensuun KAKE 2.0');
    expect(result.stdout).toContain('Anne Pyykkönen');
    expect(result.stdout).toContain('/haku');
  });
});
