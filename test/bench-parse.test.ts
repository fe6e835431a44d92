/**
 * The parse benchmark runs end to end on a small corpus: it writes the corpus once, reuses it, loads it
 * and reports counts and memory that fit together. (Its speed is what `npm run bench` prints.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchParse, formatParseTable } from '../bench/parse.ts';

const scratch = mkdtempSync(join(tmpdir(), 'hankebotti-bench-parse-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('benchParse', () => {
  it('writes a corpus, then reuses it, and reports what it loaded', async () => {
    const dir = join(scratch, 'corpus');
    const first = await benchParse({ count: 40, dir, seed: 3 });
    expect(first.corpusReused).toBe(false);
    expect(first.documents).toBe(40);
    expect(first.descriptions + first.cards).toBe(40);
    expect(first.records).toBeGreaterThan(30);
    expect(first.errors).toBe(0);
    expect(first.rssSamples).toBeGreaterThanOrEqual(2);
    expect(first.peakRssBytes).toBeGreaterThanOrEqual(first.rssBeforeBytes);

    const again = await benchParse({ count: 40, dir, seed: 3 });
    expect(again.corpusReused).toBe(true);
    expect(again.records).toBe(first.records);
    expect(formatParseTable(again)).toMatch(/load time\s+\d+\.\d{3} s/);
  });
});
