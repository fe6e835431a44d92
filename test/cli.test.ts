import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cacheDir = mkdtempSync(join(tmpdir(), 'hankebotti-cli-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, CACHE_DIR: cacheDir, LOG_LEVEL: 'silent' },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli contract', () => {
  it('validate reports the five seeds ok and exits 0', () => {
    const { code, stdout } = cli(['validate', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.projects).toBe(4);
    expect(report.files).toHaveLength(5);
    expect(report.files.every((f: { ok: boolean }) => f.ok)).toBe(true);
  });

  it('validate names a broken file, exits 1 and still loads the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hankebotti-cli-data-'));
    try {
      writeFileSync(join(dir, 'broken.txt'), 'tämä ei ole hankekuvaus\n');
      writeFileSync(
        join(dir, 'good.txt'),
        spawnSync('cat', ['seeds/001_55d751158e8cb670.txt'], { encoding: 'utf8' }).stdout,
      );
      const { code, stdout } = cli(['validate', '--data', dir]);
      expect(code).toBe(1);
      expect(stdout).toMatch(/ERROR broken\.txt/);
      expect(stdout).toMatch(/not a known document type/);
      expect(stdout).toMatch(/ok +good\.txt +S22786/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('project --json prints the record with the merged card', () => {
    const { code, stdout } = cli(['project', 'S21154', '--json']);
    expect(code).toBe(0);
    const record = JSON.parse(stdout);
    expect(record.card.relatedCodes).toEqual(['S20010', 'S20264']);
    expect(record.card.outputs).toHaveLength(3);
    expect(record.sources).toHaveLength(2);
  });

  it('project exits 2 for an unknown code, with suggestions', () => {
    const { code, stdout } = cli(['project', 'S21145']);
    expect(code).toBe(2);
    expect(stdout).toContain('S21154');
  });

  it('project finds a name as /hanke does', () => {
    const { code, stdout } = cli(['project', 'kanto']);
    expect(code).toBe(0);
    expect(stdout).toContain('S22786 · KANTO');
    const json = cli(['project', 'Porukalla parempaan', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).code).toBe('S22154');
  });

  it('project exits 2 listing the candidates with their codes when a name fits several', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hankebotti-cli-data-'));
    try {
      const kanto = readFileSync('seeds/001_55d751158e8cb670.txt', 'utf8');
      writeFileSync(join(dir, 'a.txt'), kanto);
      writeFileSync(join(dir, 'b.txt'), kanto.replace('Hankekoodi: S22786', 'Hankekoodi: S29786'));
      const text = cli(['project', 'kanto', '--data', dir]);
      expect(text.code).toBe(2);
      expect(text.stdout).toContain('sopii 2 hankkeeseen');
      expect(text.stdout).toContain('S22786');
      expect(text.stdout).toContain('S29786');
      const json = cli(['project', 'kanto', '--json', '--data', dir]);
      expect(json.code).toBe(2);
      expect(json.stdout).toBe('');
      expect(JSON.parse(json.stderr)).toMatchObject({
        error: 'ambiguous',
        candidates: [{ code: 'S22786' }, { code: 'S29786' }],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('search --json prints ranked hits', () => {
    const { code, stdout } = cli(['search', 'Porukalla', '--json', '--limit', '2']);
    expect(code).toBe(0);
    const hits = JSON.parse(stdout);
    expect(hits[0]).toMatchObject({ code: 'S22154', name: 'PORE - Porukalla parempaan' });
    expect(hits.length).toBeLessThanOrEqual(2);
  });

  it('ask answers one question, and one JSON line per stdin line in batch mode', () => {
    const single = cli(['ask', 'Kuka on KANTO-hankkeen yhteyshenkilö?']);
    expect(single.stdout).toContain('Anne Pyykkönen');
    const batch = cli(['ask', '--lang', 'en'], 'Who runs S22786?\n\nHow much did PORE get?\n');
    const lines = batch.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    // Line N out answers line N in: the blank line gets an empty answer.
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ question: 'Who runs S22786?', intent: 'contact', codes: ['S22786'] });
    expect(lines[1]).toMatchObject({ codes: [], text: '' });
    expect(lines[2].text).toContain('€460,420');
  });
});
