import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli analyze', () => {
  it('prints the keys and compound parts of each word', () => {
    const { code, stdout } = cli(['analyze', 'nuorisotyöllä', 'kunnissa', '--engine', 'fallback', '--json']);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ word: 'nuorisotyöllä', parts: ['nuoriso', 'työ'] });
    expect(lines[1]).toMatchObject({ word: 'kunnissa', parts: [] });
    expect(lines[1].keys.length).toBeGreaterThan(0);
  });

  it('reads one word per stdin line and writes one JSON line each', () => {
    const { code, stdout } = cli(['analyze', '--engine', 'fallback'], 'hankkeessa\n\nhankkeen\n');
    expect(code).toBe(0);
    const [a, b, ...rest] = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rest).toEqual([]);
    expect(Object.keys(a)).toEqual(['word', 'keys', 'parts']);
    expect(a.word).toBe('hankkeessa');
    expect(b.keys).toEqual(a.keys);
  });

  it('prints word, keys and parts separated by tabs without --json', () => {
    const { stdout } = cli(['analyze', 'nuorisotyö', '--engine', 'fallback']);
    const [word, keys, parts] = stdout.trim().split('\t');
    expect(word).toBe('nuorisotyö');
    expect(keys?.length).toBeGreaterThan(0);
    expect(parts).toBe('nuoriso työ');
  });

  it('rejects an unknown engine', () => {
    const { code, stderr } = cli(['analyze', 'talo', '--engine', 'snowball']);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/snowball/);
  });
});
