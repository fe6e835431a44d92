/**
 * The analysers against the gold lemmas of the UD Finnish-TDT treebank (dev split), as its README
 * defines the measure: over the distinct lower-cased letter-only forms of a word class, two forms are
 * "same word" when their gold lemmas are equal and "merged" when the analyser gives them a common key.
 * Pairwise precision = merged-and-same / merged, recall = merged-and-same / same, F1 their harmonic mean.
 *
 *   npx tsx bench/analyzer-treebank.ts [--conllu FILE] [--verbose]
 *   npm run bench -- --only analyzer
 *
 * A form seen with several lemmas counts under its most frequent one (the first on a tie). Keys are the
 * word's own (`lemmas`), not compound parts: a compound meeting its head is not the same lemma.
 *
 * The split is deterministic, by a hash of the sentence id: "tuning" is what rules may be written
 * against, "held-out" is only scored; "all" is the whole dev split, which the test asserts on.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const DEFAULT_CONLLU = join(ROOT, '..', 'shared', 'eval', 'ud-fi-tdt', 'fi_tdt-ud-dev.conllu');

export type WordClass = 'NOUN' | 'PROPN' | 'ADJ' | 'VERB';
export type Split = 'all' | 'tuning' | 'held-out';
/** The groups scored: the nominals together, verbs, and each nominal class alone. */
export const GROUPS: Record<string, readonly WordClass[]> = {
  'NOUN+PROPN+ADJ': ['NOUN', 'PROPN', 'ADJ'],
  VERB: ['VERB'],
  NOUN: ['NOUN'],
  PROPN: ['PROPN'],
  ADJ: ['ADJ'],
};

export interface TreebankToken {
  form: string;
  lemma: string;
  upos: WordClass;
  split: 'tuning' | 'held-out';
}

const LETTERS = /^\p{L}+$/u;

/** Which half a sentence falls in: the first byte of SHA-1 of its id, even → tuning. */
export function splitOf(sentenceId: string): 'tuning' | 'held-out' {
  const byte = createHash('sha1').update(sentenceId).digest()[0] as number;
  return byte % 2 === 0 ? 'tuning' : 'held-out';
}

/** The NOUN/PROPN/ADJ/VERB tokens of a CoNLL-U text, forms and lemmas lower-cased ('#' joins dropped). */
export function readTreebank(text: string): TreebankToken[] {
  const out: TreebankToken[] = [];
  let split: 'tuning' | 'held-out' = 'tuning';
  for (const line of text.split('\n')) {
    if (line.startsWith('# sent_id = ')) {
      split = splitOf(line.slice('# sent_id = '.length).trim());
      continue;
    }
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    const id = cols[0] as string;
    if (id.includes('-') || id.includes('.')) continue;
    const upos = cols[3] as string;
    if (upos !== 'NOUN' && upos !== 'PROPN' && upos !== 'ADJ' && upos !== 'VERB') continue;
    const form = (cols[1] as string).normalize('NFC').toLowerCase();
    if (!LETTERS.test(form)) continue;
    const lemma = (cols[2] as string).normalize('NFC').toLowerCase().replace(/#/g, '');
    out.push({ form, lemma, upos, split });
  }
  return out;
}

/** Distinct forms of the classes in one split, each with its most frequent lemma. */
export function formsOf(
  tokens: readonly TreebankToken[],
  classes: readonly WordClass[],
  split: Split,
): { form: string; lemma: string }[] {
  const counts = new Map<string, Map<string, number>>();
  for (const t of tokens) {
    if (!classes.includes(t.upos) || (split !== 'all' && t.split !== split)) continue;
    let byLemma = counts.get(t.form);
    if (!byLemma) {
      byLemma = new Map();
      counts.set(t.form, byLemma);
    }
    byLemma.set(t.lemma, (byLemma.get(t.lemma) ?? 0) + 1);
  }
  return [...counts].map(([form, byLemma]) => {
    let best = '';
    let most = 0;
    for (const [lemma, n] of byLemma) {
      if (n > most) {
        best = lemma;
        most = n;
      }
    }
    return { form, lemma: best };
  });
}

export interface PairScore {
  forms: number;
  /** Pairs with the same gold lemma. */
  same: number;
  /** Pairs with a common key. */
  merged: number;
  /** Pairs both. */
  both: number;
  precision: number;
  recall: number;
  f1: number;
}

export type KeysOf = (word: string) => readonly string[];

/** Pairwise precision, recall and F1 of an analyser's keys against gold lemmas. */
export function scorePairs(items: readonly { form: string; lemma: string }[], keysOf: KeysOf): PairScore {
  const byLemma = new Map<string, number>();
  for (const item of items) byLemma.set(item.lemma, (byLemma.get(item.lemma) ?? 0) + 1);
  let same = 0;
  for (const n of byLemma.values()) same += (n * (n - 1)) / 2;
  // Pairs within each key group, deduplicated: two forms may share more than one key.
  const byKey = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const key of new Set(keysOf(item.form))) {
      const list = byKey.get(key);
      if (list) list.push(i);
      else byKey.set(key, [i]);
    }
  });
  const n = items.length;
  const seen = new Set<number>();
  let merged = 0;
  let both = 0;
  for (const ids of byKey.values()) {
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        const x = ids[a] as number;
        const y = ids[b] as number;
        const pair = x < y ? x * n + y : y * n + x;
        if (seen.has(pair)) continue;
        seen.add(pair);
        merged++;
        if ((items[x] as { lemma: string }).lemma === (items[y] as { lemma: string }).lemma) both++;
      }
    }
  }
  const precision = merged ? both / merged : 1;
  const recall = same ? both / same : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { forms: n, same, merged, both, precision, recall, f1 };
}

/** The Snowball Finnish stemmer of lunr-languages (a dev dependency), or null when not installed. */
export function snowballKeys(): KeysOf | null {
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

export interface EngineScores {
  engine: string;
  version: string;
  /** group → split → score */
  scores: Record<string, Record<Split, PairScore>>;
  /** Mean cost of one word, no memo (every distinct form analysed from scratch), after a warm-up. */
  microsPerWord: number;
}

export interface TreebankResult {
  conllu: string;
  engines: EngineScores[];
}

const SPLITS: readonly Split[] = ['all', 'tuning', 'held-out'];

/** Scores the built-in analyser, Snowball and (when it loads) Voikko on every group and split. */
export async function benchTreebank(
  options: { conllu?: string; engines?: ('fallback' | 'snowball' | 'voikko')[] } = {},
): Promise<TreebankResult> {
  const conllu = resolve(options.conllu ?? DEFAULT_CONLLU);
  if (!existsSync(conllu)) throw new Error(`analyzer-treebank: no treebank at ${conllu}`);
  const tokens = readTreebank(readFileSync(conllu, 'utf8'));
  const { fallbackAnalyzer, voikkoAnalyzer } = await import('../src/search/analyzer.ts');
  const wanted = options.engines ?? ['fallback', 'snowball', 'voikko'];
  const candidates: { engine: string; version: string; make: () => KeysOf | null }[] = [];
  if (wanted.includes('fallback')) {
    const version = fallbackAnalyzer().version;
    candidates.push({
      engine: 'built-in',
      version,
      make: () => {
        const a = fallbackAnalyzer({ cacheSize: 0 });
        return (w) => a.analyze(w).lemmas;
      },
    });
  }
  if (wanted.includes('snowball')) {
    candidates.push({ engine: 'snowball', version: 'lunr-languages fi', make: snowballKeys });
  }
  if (wanted.includes('voikko')) {
    const v = voikkoAnalyzer();
    if (v) {
      candidates.push({
        engine: 'voikko',
        version: v.version,
        make: () => {
          const a = voikkoAnalyzer({ cacheSize: 0 });
          return a ? (w) => a.analyze(w).lemmas : null;
        },
      });
    }
  }
  const engines: EngineScores[] = [];
  for (const candidate of candidates) {
    const keysOf = candidate.make();
    if (!keysOf) continue;
    const scores: Record<string, Record<Split, PairScore>> = {};
    for (const [group, classes] of Object.entries(GROUPS)) {
      const row = {} as Record<Split, PairScore>;
      for (const split of SPLITS) row[split] = scorePairs(formsOf(tokens, classes, split), keysOf);
      scores[group] = row;
    }
    engines.push({ ...candidate, scores, microsPerWord: microsPerWord(keysOf, tokens) });
  }
  return { conllu, engines };
}

function microsPerWord(keysOf: KeysOf, tokens: readonly TreebankToken[]): number {
  const words = [...new Set(tokens.map((t) => t.form))];
  for (const w of words) keysOf(w); // warm-up: the JIT, and a word list loaded once
  const rounds = 3;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const w of words) keysOf(w);
  return ((performance.now() - started) * 1000) / (rounds * words.length);
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** Markdown: one row per engine and group, P / R / F1 per split. */
export function formatTreebankTable(result: TreebankResult): string {
  const lines = [
    `UD Finnish-TDT dev (${result.conllu}); pairwise over distinct forms, keys = the word's own (no compound parts)`,
    '',
    '| engine | group | forms (all) | P all | R all | F1 all | F1 tuning | F1 held-out | µs/word |',
    '|:--|:--|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const e of result.engines) {
    for (const [group, row] of Object.entries(e.scores)) {
      lines.push(
        `| ${e.engine} (${e.version}) | ${group} | ${row.all.forms} | ${pct(row.all.precision)} | ${pct(row.all.recall)} | ` +
          `**${pct(row.all.f1)}** | ${pct(row.tuning.f1)} | ${pct(row['held-out'].f1)} | ${e.microsPerWord.toFixed(2)} |`,
      );
    }
  }
  return lines.join('\n');
}

/** Pairs the analyser gets wrong in one group and split, for writing rules (tuning split only). */
export function misses(
  tokens: readonly TreebankToken[],
  classes: readonly WordClass[],
  split: Split,
  keysOf: KeysOf,
): { falseMerges: string[]; missed: string[] } {
  const items = formsOf(tokens, classes, split);
  const falseMerges: string[] = [];
  const byKey = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const key of new Set(keysOf(item.form))) {
      const list = byKey.get(key);
      if (list) list.push(i);
      else byKey.set(key, [i]);
    }
  });
  for (const [key, ids] of byKey) {
    const lemmas = new Set(ids.map((i) => (items[i] as { lemma: string }).lemma));
    if (lemmas.size > 1)
      falseMerges.push(`${key}: ${ids.map((i) => `${items[i]?.form}(${items[i]?.lemma})`).join(' ')}`);
  }
  const byLemma = new Map<string, string[]>();
  for (const item of items) {
    const list = byLemma.get(item.lemma);
    if (list) list.push(item.form);
    else byLemma.set(item.lemma, [item.form]);
  }
  const missed: string[] = [];
  for (const [lemma, forms] of byLemma) {
    if (forms.length < 2) continue;
    // Forms that reach each other through shared keys form one component; more than one is a miss.
    const parent = forms.map((_, i) => i);
    const find = (i: number): number => {
      let r = i;
      while (parent[r] !== r) r = parent[r] as number;
      return r;
    };
    const owner = new Map<string, number>();
    forms.forEach((f, i) => {
      for (const k of keysOf(f)) {
        const j = owner.get(k);
        if (j === undefined) owner.set(k, i);
        else parent[find(i)] = find(j);
      }
    });
    const groups = new Map<number, string[]>();
    forms.forEach((f, i) => {
      const root = find(i);
      const g = groups.get(root);
      const shown = `${f}[${keysOf(f).join('|')}]`;
      if (g) g.push(shown);
      else groups.set(root, [shown]);
    });
    if (groups.size > 1) missed.push(`${lemma}: ${[...groups.values()].map((g) => g.join(',')).join('  ')}`);
  }
  return { falseMerges, missed };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      conllu: { type: 'string' },
      misses: { type: 'string' },
      classes: { type: 'string', default: 'NOUN,PROPN,ADJ' },
    },
  });
  if (values.misses) {
    // Only the tuning split is ever listed: the held-out half stays unseen while rules are written.
    const { fallbackAnalyzer } = await import('../src/search/analyzer.ts');
    const a = fallbackAnalyzer();
    const tokens = readTreebank(readFileSync(values.conllu ?? DEFAULT_CONLLU, 'utf8'));
    const classes = values.classes.split(',') as WordClass[];
    const m = misses(tokens, classes, 'tuning', (w) => a.analyze(w).lemmas);
    const out = values.misses === 'false' ? m.falseMerges : m.missed;
    console.log(out.join('\n'));
    return;
  }
  console.log(formatTreebankTable(await benchTreebank({ conllu: values.conllu })));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
