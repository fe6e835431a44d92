import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChatSession, chatLine, completer, newRunId } from '../src/cli/terminal-chat.ts';
import { fallbackAnalyzer } from '../src/search/analyzer.ts';
import type { Catalog } from '../src/search/catalog.ts';
import { catalogOf, loadSeedRecords } from './support/catalogs.ts';

const chartDir = mkdtempSync(join(tmpdir(), 'hankebotti-chat-charts-'));
afterAll(() => rmSync(chartDir, { recursive: true, force: true }));

let catalog: Catalog;
beforeAll(async () => {
  catalog = catalogOf(await loadSeedRecords(), fallbackAnalyzer());
});

const session = (lang: 'fi' | 'en' = 'fi'): ChatSession => ({
  lang,
  pages: null,
  chartDir,
  chartCount: 0,
  runId: newRunId(),
});

describe('Tab completion', () => {
  it('completes a command with the space after it', () => {
    const complete = completer(catalog, 'fi');
    expect(complete('/rah')).toEqual([['/rahoitus '], '/rah']);
    expect(complete('/seu')).toEqual([['/seuraava '], '/seu']);
  });

  it('completes a name typed without ä and ö', () => {
    expect(completer(catalog, 'fi')('/kohderyhma')).toEqual([['/kohderyhmät '], '/kohderyhma']);
  });
});

describe('chat commands', () => {
  it('knows a command typed without ä and ö', async () => {
    const output = await chatLine('/kohderyhmat kanto', catalog, session());
    expect(output).toContain('KANTO');
    expect(output).toContain('Varsinaiset kohderyhmät');
  });

  it('/ohje names the chat commands as well', async () => {
    const fi = await chatLine('/ohje', catalog, session());
    for (const word of ['/seuraava', '/edellinen', '/kieli']) expect(fi).toContain(word);
    const en = await chatLine('/help', catalog, session('en'));
    for (const word of ['/next', '/previous', '/lang']) expect(en).toContain(word);
  });

  it('/kieli without a language tells how to use it', async () => {
    const chat = session();
    expect(await chatLine('/kieli', catalog, chat)).toBe('Käyttö: /kieli fi tai /kieli en');
    expect(await chatLine('/kieli sv', catalog, chat)).toBe('Käyttö: /kieli fi tai /kieli en');
    expect(await chatLine('/kieli en', catalog, chat)).toBe('Language: English');
    expect(chat.lang).toBe('en');
  });

  it('draws the year chart in the order of the year list beside it', async () => {
    const output = (await chatLine('/tilastot peruste:vuosi', catalog, session())) as string;
    const years = (text: string) => [...text.matchAll(/^(?:• )?(\d{4})\b/gm)].map((m) => m[1]);
    const [list, chart] = output.split('\n\nToteutunut julkinen rahoitus aloitusvuosittain\n\n');
    expect(years(list as string)).toEqual(['2016', '2018', '2020', '2022']);
    expect(years(chart as string)).toEqual(years(list as string));
  });
});

describe('chart files', () => {
  it('are new files on each run of the chat, their paths printed', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'hankebotti-chat-runs-'));
    try {
      const run = () =>
        spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'chat'], {
          input: '/tilastot\n/rahoitus S21154\n',
          encoding: 'utf8',
          env: { ...process.env, TMPDIR: tmp, CACHE_DIR: '', LOG_LEVEL: 'silent' },
          timeout: 30_000,
        }).stdout;
      const paths = (stdout: string) =>
        [...stdout.matchAll(/^Kaavio: (.+\.png)$/gm)].map((m) => m[1] as string);
      const first = paths(run());
      const second = paths(run());
      expect(first).toHaveLength(2);
      expect(second).toHaveLength(2);
      for (const file of [...first, ...second]) expect(existsSync(file)).toBe(true);
      expect(new Set([...first, ...second]).size).toBe(4);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
