import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  benchSearch,
  ENGINES,
  formatSearchTable,
  inessive,
  QUESTION_KINDS,
  type SearchBenchResult,
} from '../bench/search.ts';

describe('search benchmark', () => {
  let dir: string;
  let result: SearchBenchResult;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hankebotti-bench-search-'));
    result = await benchSearch({
      sizes: [200],
      queries: 40,
      outDir: dir,
      latencyBudgetMs: 100,
      log: () => {},
    });
  }, 60_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('measures every engine on the same questions', () => {
    expect(result.sizes).toHaveLength(1);
    const [size] = result.sizes;
    expect(size?.size).toBe(200);
    expect(size?.records).toBeGreaterThan(150);
    expect(size?.questions).toBeGreaterThanOrEqual(35);
    expect(Object.keys(size?.questionsByKind ?? {}).sort()).toEqual([...QUESTION_KINDS].sort());
    for (const id of ENGINES) {
      const engine = size?.engines[id];
      expect(engine?.error).toBeNull();
      expect(engine?.buildMs).toBeGreaterThan(0);
      expect(engine?.indexBytes).toBeGreaterThan(0);
      expect(engine?.cacheLoadMs).toBeGreaterThan(0);
      expect(engine?.memory?.totalRssMB).toBeGreaterThan(0);
      expect(engine?.latency.code?.p99).toBeGreaterThanOrEqual(engine?.latency.code?.p50 ?? 0);
      expect(engine?.latency.search?.samples).toBeGreaterThan(0);
      expect(engine?.quality?.n).toBe(size?.questions);
    }
    expect(size?.engines.minisearch.latency.ask?.p50).toBeGreaterThan(0);
    expect(size?.engines.lunr.latency.ask).toBeNull();
    expect(size?.engines.minisearch.askQuality?.n).toBe(size?.questions);
    expect(size?.targets).toBeNull();
  });

  it('finds every project by its code first', () => {
    const ours = result.sizes[0]?.engines.minisearch;
    expect(ours?.quality?.byKind.code?.top1).toBe(1);
    expect(ours?.askQuality?.byKind.code?.top1).toBe(1);
  });

  it('prints a table with ratios against lunr', () => {
    const text = formatSearchTable(result);
    expect(text).toContain('ours/lunr');
    expect(text).toContain('ask p99');
    expect(text).toContain('top-1 (search)');
  });

  it('inflects place names into the inessive', () => {
    expect(inessive('Joensuu')).toBe('Joensuussa');
    expect(inessive('Kajaani')).toBe('Kajaanissa');
    expect(inessive('Jyväskylä')).toBe('Jyväskylässä');
    expect(inessive('Lahti')).toBe('Lahdessa');
  });
});
