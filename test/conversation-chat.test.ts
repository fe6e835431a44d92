import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChatSession, chatLine, newRunId } from '../src/cli/terminal-chat.ts';
import { fallbackAnalyzer } from '../src/search/analyzer.ts';
import type { Catalog } from '../src/search/catalog.ts';
import { catalogOf, loadSeedRecords } from './support/catalogs.ts';

const tmp = mkdtempSync(join(tmpdir(), 'hankebotti-conv-chat-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let catalog: Catalog;
beforeAll(async () => {
  catalog = catalogOf(await loadSeedRecords(), fallbackAnalyzer());
});

const session = (): ChatSession => ({
  lang: 'fi',
  pages: null,
  chartDir: tmp,
  chartCount: 0,
  runId: newRunId(),
});

describe('terminal chat conversation', () => {
  it('a free-text answer and a project view set the subject; a listing does not', async () => {
    const chat = session();
    await chatLine('Kuka on PORE-hankkeen yhteyshenkilö?', catalog, chat);
    const pore = chat.memory?.recall('chat')?.codes;
    expect(pore).toHaveLength(1);
    await chatLine('/rahoitus S21154', catalog, chat);
    expect(chat.memory?.recall('chat')).toEqual({ codes: ['S21154'] });
    await chatLine('/tilastot', catalog, chat);
    expect(chat.memory?.recall('chat')).toEqual({ codes: ['S21154'] });
    // Another session starts without a subject.
    const other = session();
    await chatLine('/ohje', catalog, other);
    expect(other.memory?.recall('chat')).toBeUndefined();
  });

  it('piped input: a follow-up is answered about the project asked before', () => {
    const { stdout } = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'chat'], {
      input: 'Kuka on PORE-hankkeen yhteyshenkilö?\nentä sen rahoitus?\n',
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: tmp, CACHE_DIR: '', LOG_LEVEL: 'silent' },
      timeout: 60_000,
    });
    const followUp = stdout.split('\n\n').slice(1).join('\n\n');
    expect(followUp).toMatch(/460\s?420/);
  });
});
