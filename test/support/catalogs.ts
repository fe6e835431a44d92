/** Shared test data: the seed records and catalogs over them, for each analyser engine available here. */

import { loadFolder } from '../../src/records/index.ts';
import type { ProjectRecord } from '../../src/records/schema.ts';
import { type Analyzer, fallbackAnalyzer, voikkoAnalyzer } from '../../src/search/analyzer.ts';
import { Catalog } from '../../src/search/catalog.ts';
import { TermProcessor } from '../../src/search/terms.ts';

export const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

let seedRecords: Promise<ProjectRecord[]> | null = null;
export function loadSeedRecords(): Promise<ProjectRecord[]> {
  seedRecords ??= loadFolder(SEEDS).then((result) => result.records);
  return seedRecords;
}

/** The engines the tests run with: always the built-in one, and Voikko when it is installed. */
export function analyzers(): { name: string; analyzer: Analyzer }[] {
  const voikko = voikkoAnalyzer();
  return [
    { name: 'fallback', analyzer: fallbackAnalyzer() },
    ...(voikko ? [{ name: 'voikko', analyzer: voikko }] : []),
  ];
}

export function catalogOf(records: readonly ProjectRecord[], analyzer: Analyzer): Catalog {
  return Catalog.build(records, new TermProcessor(analyzer));
}

/** A copy of a record with another code and name, for ambiguity and duplicate tests. */
export function variant(
  record: ProjectRecord,
  code: string,
  name: string,
  extra: Partial<ProjectRecord> = {},
): ProjectRecord {
  return { ...structuredClone(record), code, name, card: null, ...extra };
}
