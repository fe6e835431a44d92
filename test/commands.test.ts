import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandList, commands } from '../commands/index.ts';
import { decodeState, encodeState, PAGE_SIZE } from '../commands/search.ts';
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
  context = { lang: 'fi', catalog: catalogOf([...seeds, ...many], fallbackAnalyzer()) };
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
