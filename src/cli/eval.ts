/**
 * `npm run eval [FILE…]`: scores question files and prints the score per kind and overall.
 * Without files it scores every `eval/*.jsonl`. A question's `data` names its data folder; the form
 * `generated:COUNT:SEED` stands for a corpus made by the bench generator.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readEnvironment } from '../config.ts';
import { type EvalResult, parseQuestions, type Score, scoreQuestion, summarize } from '../eval/score.ts';
import { openCatalog } from '../search/cache.ts';
import type { Catalog } from '../search/catalog.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    data: { type: 'string', default: readEnvironment().PROJECTS_DIR },
    verbose: { type: 'boolean', short: 'v', default: false },
    min: { type: 'string' },
  },
});

const catalogs = new Map<string, Promise<Catalog>>();
const temporary: string[] = [];

/** Opens (once) the catalog of a data folder or of a generated corpus. */
function catalogFor(data: string): Promise<Catalog> {
  let catalog = catalogs.get(data);
  if (!catalog) {
    catalog = (async () => {
      const generated = /^generated:(\d+):(\d+)$/.exec(data);
      let dir = data;
      if (generated) {
        const { writeCorpus } = await import('../../bench/corpus.ts');
        dir = await mkdtemp(join(tmpdir(), 'hankebotti-eval-'));
        temporary.push(dir);
        await writeCorpus(dir, { count: Number(generated[1]), seed: Number(generated[2]) });
      }
      return (await openCatalog(dir, { cacheDir: null })).catalog;
    })();
    catalogs.set(data, catalog);
  }
  return catalog;
}

const files = positionals.length
  ? positionals
  : (await readdir('eval')).filter((name) => name.endsWith('.jsonl')).map((name) => join('eval', name));

const all: EvalResult[] = [];
/** Per kind as before, then per language (`lang:fi`), so a language's share of the failures shows. */
function printScores(byKind: Map<string, Score>, byLang: Map<string, Score>): void {
  const rows = [
    ...[...byKind].sort(),
    ...[...byLang].sort().map(([lang, score]) => [`lang:${lang}`, score] as const),
  ];
  for (const [name, score] of rows) {
    console.log(
      `  ${name.padEnd(12)} ${String(score.passed).padStart(3)}/${String(score.total).padEnd(3)} ${pct(score.passed, score.total)}`,
    );
  }
}
const pct = (passed: number, total: number) => (total ? `${((passed / total) * 100).toFixed(1)}%` : '-');
for (const file of files) {
  const questions = parseQuestions(await readFile(file, 'utf8'), file);
  const results: EvalResult[] = [];
  for (const question of questions) {
    results.push(scoreQuestion(await catalogFor(question.data ?? values.data), question));
  }
  all.push(...results);
  const { byKind, byLang, overall } = summarize(results);
  console.log(`\n${file}: ${overall.passed}/${overall.total} (${pct(overall.passed, overall.total)})`);
  printScores(byKind, byLang);
  for (const result of results.filter((r) => !r.pass || values.verbose)) {
    console.log(`  ${result.pass ? 'PASS' : 'FAIL'} [${result.question.kind}] ${result.question.q}`);
    if (!result.pass) {
      if (result.missingCodes.length)
        console.log(
          `       missing codes ${result.missingCodes.join(', ')} (got ${result.codes.join(', ') || 'none'})`,
        );
      for (const missing of result.missingText)
        console.log(`       text lacks one of: ${missing.join(' | ')}`);
      if (result.answeredAnyway) console.log('       answered, though the data does not hold it');
      console.log(`       answer: ${result.text.replace(/\s+/g, ' ').slice(0, 240)}`);
    }
  }
}
const { byKind, byLang, overall } = summarize(all);
console.log(`\nOverall: ${overall.passed}/${overall.total} (${pct(overall.passed, overall.total)})`);
printScores(byKind, byLang);
for (const dir of temporary) await rm(dir, { recursive: true, force: true });
const min = values.min ? Number(values.min) : null;
process.exitCode = min !== null && overall.total && overall.passed / overall.total < min ? 1 : 0;
