/**
 * How well the fallback analyser agrees with Voikko, and how fast both are.
 *
 *   npx tsx bench/analyzer-agreement.ts [SEEDS_DIR] [--verbose]
 *
 * Agreement, over the distinct words of the seed documents that Voikko knows: a pair of words is
 * "merged" by Voikko when their base forms intersect, and by the fallback (or the Snowball stemmer,
 * for comparison) when their keys intersect. Precision = share of the fallback's merges that Voikko
 * makes too; recall = share of Voikko's merges that the fallback makes too. Compound parts are left
 * out on both sides: only the keys of the whole word count.
 *
 * Throughput: words per second over the seed documents' token stream, without the memo (cold:
 * every word analysed) and with it (memoised: the steady state while indexing).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DetailedAnalyzer, fallbackAnalyzer, voikkoAnalyzer } from '../src/search/analyzer.ts';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dirArg = args.find((a) => !a.startsWith('--'));
const seedsDir = dirArg
  ? resolve(dirArg)
  : [join(root, '..', 'shared', 'seeds'), join(root, 'seeds')].find((d) => existsSync(d));
if (!seedsDir || !existsSync(seedsDir)) {
  console.error('no seeds directory found; pass one as the first argument');
  process.exit(2);
}

const TOKEN = /[\p{L}\p{N}]+(?:[-:][\p{L}\p{N}]+)*/gu;
const tokens: string[] = [];
for (const file of readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(join(seedsDir, file), 'utf8').toLocaleLowerCase('fi');
  tokens.push(...(text.match(TOKEN) ?? []));
}
const distinct = [...new Set(tokens)];
console.log(`seeds: ${seedsDir}: ${tokens.length} tokens, ${distinct.length} distinct words`);

// ------------------------------------------------------------------------------------------------
// Agreement
// ------------------------------------------------------------------------------------------------

type KeysOf = (word: string) => string[];

/** Pairs of word indexes whose key sets intersect, as i * n + j with i < j. */
function mergedPairs(words: string[], keysOf: KeysOf): Set<number> {
  const byKey = new Map<string, number[]>();
  words.forEach((w, i) => {
    for (const k of new Set(keysOf(w))) {
      const list = byKey.get(k);
      if (list) list.push(i);
      else byKey.set(k, [i]);
    }
  });
  const pairs = new Set<number>();
  const n = words.length;
  for (const ids of byKey.values()) {
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) pairs.add((ids[a] as number) * n + (ids[b] as number));
    }
  }
  return pairs;
}

function snowballStemmer(): KeysOf | null {
  try {
    const require = createRequire(import.meta.url);
    const lunr = require('lunr');
    require('lunr-languages/lunr.stemmer.support')(lunr);
    require('lunr-languages/lunr.fi')(lunr);
    return (w) => [String(lunr.fi.stemmer(new lunr.Token(w)))];
  } catch {
    return null;
  }
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function report(label: string, words: string[], truth: Set<number>, keysOf: KeysOf, a?: DetailedAnalyzer) {
  const merged = mergedPairs(words, keysOf);
  let agree = 0;
  for (const p of merged) if (truth.has(p)) agree++;
  const precision = merged.size ? agree / merged.size : 1;
  const recall = truth.size ? agree / truth.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  console.log(
    `  ${label.padEnd(9)} merges ${String(merged.size).padStart(5)}, agreeing ${String(agree).padStart(5)}: ` +
      `precision ${pct(precision)}, recall ${pct(recall)}, F1 ${pct(f1)}`,
  );
  if (verbose && a) {
    const n = words.length;
    const show = (p: number) => {
      const x = words[Math.floor(p / n)] as string;
      const y = words[p % n] as string;
      return `${x} [${a.analyze(x).lemmas}] ~ ${y} [${a.analyze(y).lemmas}]`;
    };
    const wrong = [...merged].filter((p) => !truth.has(p));
    const missed = [...truth].filter((p) => !merged.has(p));
    console.log(
      `    merged, Voikko disagrees (${wrong.length}):\n      ${wrong.slice(0, 40).map(show).join('\n      ')}`,
    );
    console.log(
      `    not merged (${missed.length}):\n      ${missed.slice(0, 40).map(show).join('\n      ')}`,
    );
  }
}

const voikko = voikkoAnalyzer();
const fallback = fallbackAnalyzer();
if (!voikko) {
  console.log('agreement: skipped, Voikko is not available (apt-get install libvoikko1 voikko-fi)');
} else {
  const known = distinct.filter((w) => /\p{L}/u.test(w) && voikko.analyze(w).known !== false);
  const truth = mergedPairs(known, (w) => voikko.analyze(w).lemmas);
  console.log(
    `agreement with ${voikko.version} over ${known.length} words it knows ` +
      `(${distinct.length - known.length} unknown or not words left out); Voikko merges ${truth.size} pairs:`,
  );
  report(fallback.version, known, truth, (w) => fallback.analyze(w).lemmas, fallback);
  const snowball = snowballStemmer();
  if (snowball) report('snowball', known, truth, snowball);
}

// ------------------------------------------------------------------------------------------------
// Throughput
// ------------------------------------------------------------------------------------------------

function wordsPerSecond(
  analyzer: { baseForms(word: string): string[] },
  stream: string[],
  minMs = 1000,
): number {
  let words = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const w of stream) analyzer.baseForms(w);
    words += stream.length;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return (words / elapsed) * 1000;
}

const fmt = (x: number) => `${Math.round(x).toLocaleString('en-US')} words/s`;
console.log(`throughput over the ${tokens.length}-token stream:`);
for (const [name, make] of [
  ['fallback', (cacheSize: number) => fallbackAnalyzer({ cacheSize })],
  ['voikko', (cacheSize: number) => voikkoAnalyzer({ cacheSize })],
] as const) {
  const cold = make(0);
  const memo = make(200_000);
  if (!cold || !memo) {
    console.log(`  ${name}: not available`);
    continue;
  }
  wordsPerSecond(cold, tokens, 200); // warm up the JIT
  const coldRate = wordsPerSecond(cold, tokens);
  for (const w of tokens) memo.baseForms(w);
  const memoRate = wordsPerSecond(memo, tokens);
  console.log(`  ${name.padEnd(8)} cold ${fmt(coldRate)}, memoised ${fmt(memoRate)}`);
}
