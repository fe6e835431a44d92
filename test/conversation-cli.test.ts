import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cacheDir = mkdtempSync(join(tmpdir(), 'hankebotti-conv-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

function ask(args: string[], input: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ask', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, CACHE_DIR: cacheDir, LOG_LEVEL: 'silent' },
    timeout: 60_000,
  });
  expect(result.status).toBe(0);
  return result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('ask batch contracts', () => {
  it('answers every line: blank lines get an empty answer in their place', () => {
    const lines = ask([], '\nKuka on PORE-hankkeen yhteyshenkilö?\n   \nWho runs S22786?\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ codes: [], text: '' });
    expect(lines[1].codes[0]).toBeDefined();
    expect(lines[2]).toMatchObject({ codes: [], text: '' });
    expect(lines[3]).toMatchObject({ codes: ['S22786'] });
  });

  it('--conversation: a line follows up the one before, a blank line starts anew and prints nothing', () => {
    const input = [
      'Kuka on PORE-hankkeen yhteyshenkilö?',
      'entä sen rahoitus?',
      '',
      'Who runs S22786?',
      'and how much funding did it get?',
      '',
      'entä sen rahoitus?',
    ].join('\n');
    const lines = ask(['--conversation'], `${input}\n`);
    expect(lines).toHaveLength(5);
    const pore = lines[0].codes[0];
    expect(pore).toBeDefined();
    expect(lines[1].codes).toEqual([pore]);
    expect(lines[2].codes).toEqual(['S22786']);
    expect(lines[3].codes).toEqual(['S22786']);
    expect(lines[3].intent).toBe('funding');
    // A new conversation has no subject: the follow-up names no project.
    const plain = ask([], 'entä sen rahoitus?\n');
    expect(lines.at(-1)?.codes).toEqual(plain[0].codes);
  });
});
