/**
 * The search benchmark: our Finnish-aware MiniSearch catalog side by side with `lunr` + `lunr-languages`
 * (Finnish) and `flexsearch`, on the same generated corpora, the same records, the same fields and the
 * same question strings.
 *
 * Per corpus size:
 * 1. The corpus is written once with `bench/corpus.ts` under `bench/out/corpus-<n>-<seed>/` (reused when
 *    its ground-truth file is present) and parsed once with `loadFolder`; the records go to an NDJSON
 *    file that every engine's processes read, so all three index exactly the same records.
 * 2. Lookup questions are generated from the ground truth (deterministic): by code in lower case, by
 *    name words, by a misspelt name, by organisation, by contact person surname first, by acronym +
 *    municipality in the inessive ("POLKU Joensuussa"), and by a planted topic phrase. Each question has
 *    exactly one right project: questions whose identifying words fit several projects are not asked.
 * 3. Per engine, one child process builds the index and writes its serialized form; a second, fresh
 *    child loads the records, forces GC, takes a baseline, restores the index from disk (cache load
 *    time), forces GC again and reports heap/RSS growth; it then answers every question (quality, which
 *    also warms up) and times repeated passes (latency). Engines never share a process, so one engine's
 *    garbage does not distort another's figures.
 *
 * Run: `npx tsx bench/search.ts --sizes 1000,10000` (see `--help`).
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ask } from '../src/answer/ask.ts';
import { codesIn } from '../src/answer/resolve.ts';
import { loadFolder } from '../src/records/index.ts';
import type { ProjectRecord } from '../src/records/schema.ts';
import { type AnalyzerEngine, createAnalyzer } from '../src/search/analyzer.ts';
import { Catalog, FIELD_BOOSTS, fieldText, type IndexField } from '../src/search/catalog.ts';
import { STOPWORDS, TermProcessor } from '../src/search/terms.ts';
import { GENERATOR_VERSION, type GeneratedTruth, Rng, writeCorpusFiles } from './corpus.ts';

// ---------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------

export type EngineId = 'minisearch' | 'lunr' | 'flexsearch';
export const ENGINES: readonly EngineId[] = ['minisearch', 'lunr', 'flexsearch'];
export const ENGINE_LABELS: Record<EngineId, string> = {
  minisearch: 'ours (term index)',
  lunr: 'lunr + lunr.fi',
  flexsearch: 'flexsearch',
};

export const QUESTION_KINDS = [
  'code',
  'name',
  'misspelt',
  'organisation',
  'contact',
  'acronym-place',
  'topic',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** One generated lookup question and the one project that answers it. */
export interface Question {
  kind: QuestionKind;
  text: string;
  code: string;
}

/** Milliseconds. */
export interface Latency {
  p50: number;
  p99: number;
  mean: number;
  samples: number;
}

export interface Accuracy {
  /** Share of questions whose expected project is the first hit. */
  top1: number;
  /** Share whose expected project is among the first five. */
  recall5: number;
  n: number;
}

export interface Quality extends Accuracy {
  byKind: Partial<Record<QuestionKind, Accuracy>>;
}

export interface MemoryFigures {
  /** Growth of `heapUsed` from loading the index (after forced GC), MB. */
  heapMB: number;
  /** Growth of RSS from loading the index (after forced GC), MB. */
  rssMB: number;
  /** RSS of the whole process (records + loaded index), MB. */
  totalRssMB: number;
  /** RSS with only the records loaded, MB. */
  baselineRssMB: number;
}

export interface EngineResult {
  engine: EngineId;
  /** Set when a phase failed (e.g. a serialized index too large for a string); figures may be partial. */
  error: string | null;
  buildMs: number | null;
  /** Size of the serialized index on disk. */
  indexBytes: number | null;
  /** Reading the serialized index from disk and restoring it, in a fresh process. */
  cacheLoadMs: number | null;
  memory: MemoryFigures | null;
  latency: {
    /** Ours: the `catalog.get` path (`codesIn` + `get`) that `ask` takes; the others: their search. */
    code: Latency | null;
    /** Ours only: the code through `catalog.search`, for an apples-to-apples figure. */
    codeViaSearch: Latency | null;
    /** Every non-code question through the engine's search, top 10. */
    search: Latency | null;
    /** Ours only: every question through `ask()`. */
    ask: Latency | null;
  };
  /** Every question through the engine's search. */
  quality: Quality | null;
  /** Ours only: every question through `ask()`, judged on `answer.codes`. */
  askQuality: Quality | null;
}

export interface TargetCheck {
  target: string;
  value: string;
  met: boolean | null;
}

export interface SizeResult {
  size: number;
  seed: number;
  /** Set when the size could not be run at all; the engines then hold no figures. */
  error: string | null;
  /** Projects (records) parsed from the documents. */
  records: number;
  /** Parse errors reported by `loadFolder`. */
  parseErrors: number;
  parseMs: number;
  corpusReused: boolean;
  questions: number;
  questionsByKind: Partial<Record<QuestionKind, number>>;
  engines: Record<EngineId, EngineResult>;
  /** Only at 10,000 documents, the size the issue sets targets for. */
  targets: TargetCheck[] | null;
}

export interface SearchBenchResult {
  seed: number;
  analyzer: string;
  node: string;
  configs: Record<EngineId, string>;
  sizes: SizeResult[];
}

export interface SearchBenchOptions {
  sizes: number[];
  /** Questions per size (default 300). */
  queries?: number;
  /** Our analyser engine (default 'auto': Voikko when installed). */
  engine?: AnalyzerEngine;
  /** Corpus and question seed (default 1). */
  seed?: number;
  /** Where corpora, records, indexes and child results go (default `bench/out`). */
  outDir?: string;
  /** Time budget of the timed passes per latency figure and engine (default 4000 ms; always ≥ 1 pass). */
  latencyBudgetMs?: number;
  /** Progress lines (default: stderr). */
  log?: (line: string) => void;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const DEFAULT_SIZES = [1000, 10_000, 50_000];
const TARGET_SIZE = 10_000;
const FIELDS = Object.keys(FIELD_BOOSTS) as IndexField[];

export const ENGINE_CONFIGS: Record<EngineId, string> = {
  minisearch:
    'Catalog: Finnish term processing (Voikko base forms + compound parts, or the fallback), ' +
    'field boosts code 12 / name 6 / applicant 3 / contact 3 / region 2 / targets 1.5 / body 1; two TermIndexes ' +
    "(postings in typed arrays, scored with MiniSearch's BM25+ to the bit): an exact index of every field (AND " +
    'then OR, terms in > 30 % of documents left out) plus an identity index (code, name, organisation, contact, ' +
    "region) with prefix (terms ≥ 5 chars) and fuzzy 0.2 matching through MiniSearch's SearchableMap",
  lunr:
    'lunr 2 + lunr.stemmer.support + lunr.fi (Snowball Finnish stemmer, Finnish stopwords, trimmer), same fields ' +
    'and boosts; query per word: stemmed term (boost 10) + trailing wildcard ≥ 4 chars (boost 2) + edit distance 1 ' +
    '≥ 5 chars (boost 1), OR-ed, BM25',
  flexsearch:
    'flexsearch 0.8 Document: encoder lower-cases with fi locale (ä/ö kept, no letter dedupe, numbers not split), ' +
    'same stopwords, light case-ending stripper (-ssa -ssä -sta -stä -lla -llä -lta -ltä -lle -ksi -n); ' +
    "tokenize 'forward' on code/name/applicant/contact/region, 'strict' on targets/body (forward on body costs " +
    'too much memory); suggest on; per-field ranks fused with the same boosts (Σ boost / (rank + 1))',
};

// ---------------------------------------------------------------------------------------------------
// The benchmark
// ---------------------------------------------------------------------------------------------------

/**
 * Runs the search benchmark over each size in turn.
 *
 * @example
 *   const result = await benchSearch({ sizes: [1000, 10_000] });
 *   console.log(formatSearchTable(result));
 */
export async function benchSearch(options: SearchBenchOptions): Promise<SearchBenchResult> {
  const seed = options.seed ?? 1;
  const queries = options.queries ?? 300;
  const engine: AnalyzerEngine = options.engine ?? 'auto';
  const outDir = resolve(options.outDir ?? join(ROOT, 'bench', 'out'));
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const latencyBudgetMs = options.latencyBudgetMs ?? 4000;
  const analyzer = createAnalyzer({ engine });
  const result: SearchBenchResult = {
    seed,
    analyzer: new TermProcessor(analyzer).version,
    node: process.version,
    configs: ENGINE_CONFIGS,
    sizes: [],
  };
  await mkdir(outDir, { recursive: true });

  for (const size of options.sizes) {
    try {
      result.sizes.push(await benchSize(size, { seed, queries, engine, outDir, log, latencyBudgetMs }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`[search ${size}] FAILED ${message}`);
      result.sizes.push(failedSize(size, seed, message));
    }
  }
  return result;
}

interface SizeContext {
  seed: number;
  queries: number;
  engine: AnalyzerEngine;
  outDir: string;
  log: (line: string) => void;
  latencyBudgetMs: number;
}

/** One corpus size: corpus, parse, questions, then every engine in its own processes. */
async function benchSize(size: number, context: SizeContext): Promise<SizeResult> {
  const { seed, queries, engine, outDir, log, latencyBudgetMs } = context;
  const stem = join(outDir, `corpus-${size}-${seed}`);
  log(`[search ${size}] corpus …`);
  const corpus = await ensureCorpus(stem, size, seed);
  log(`[search ${size}] ${corpus.reused ? 'reusing' : 'wrote'} ${stem}; parsing with loadFolder …`);
  const parseStarted = performance.now();
  const load = await loadFolder(stem);
  const parseMs = performance.now() - parseStarted;
  const recordsPath = `${stem}.records.ndjson`;
  await writeRecords(recordsPath, load.records);
  const codes = new Set(load.records.map((record) => record.code));
  const parseErrors = load.diagnostics.filter((d) => d.severity === 'error').length;
  log(
    `[search ${size}] ${load.records.length} records in ${(parseMs / 1000).toFixed(1)} s (${parseErrors} errors)`,
  );

  const questions = makeQuestions(corpus.truths, codes, queries, seed);
  const questionsPath = `${stem}.questions-${queries}.json`;
  await writeFile(questionsPath, JSON.stringify(questions, null, 1));
  const questionsByKind: Partial<Record<QuestionKind, number>> = {};
  for (const question of questions)
    questionsByKind[question.kind] = (questionsByKind[question.kind] ?? 0) + 1;

  const engines = {} as Record<EngineId, EngineResult>;
  for (const id of ENGINES) {
    const spec: ChildSpec = {
      phase: 'build',
      engine: id,
      analyzer: engine,
      recordsPath,
      questionsPath,
      indexPath: join(outDir, `index-${id}-${size}-${seed}.${id === 'flexsearch' ? 'ndjson' : 'json'}`),
      resultPath: '',
      latencyBudgetMs,
    };
    const entry = emptyResult(id);
    log(`[search ${size}] ${id}: building …`);
    const built = await runChild({ ...spec, phase: 'build' }, outDir);
    if (built.ok) {
      entry.buildMs = built.value.buildMs ?? null;
      entry.indexBytes = built.value.indexBytes ?? null;
      log(
        `[search ${size}] ${id}: built in ${fmtMs(entry.buildMs)}, ${fmtMB((entry.indexBytes ?? 0) / 2 ** 20)}; loading + querying …`,
      );
      const loaded = await runChild({ ...spec, phase: 'load' }, outDir);
      if (loaded.ok) {
        Object.assign(entry, loaded.value, {
          engine: id,
          buildMs: entry.buildMs,
          indexBytes: entry.indexBytes,
        });
      } else entry.error = loaded.error;
    } else entry.error = built.error;
    if (entry.error) log(`[search ${size}] ${id}: FAILED ${entry.error}`);
    engines[id] = entry;
    await rm(spec.indexPath, { force: true });
  }
  const sizeResult: SizeResult = {
    size,
    seed,
    error: null,
    records: load.records.length,
    parseErrors,
    parseMs,
    corpusReused: corpus.reused,
    questions: questions.length,
    questionsByKind,
    engines,
    targets: null,
  };
  sizeResult.targets = size === TARGET_SIZE ? checkTargets(sizeResult) : null;
  return sizeResult;
}

/** A size that could not be run at all (e.g. the generator cannot make that many documents). */
function failedSize(size: number, seed: number, error: string): SizeResult {
  const engines = Object.fromEntries(ENGINES.map((id) => [id, emptyResult(id)])) as Record<
    EngineId,
    EngineResult
  >;
  return {
    size,
    seed,
    error,
    records: 0,
    parseErrors: 0,
    parseMs: 0,
    corpusReused: false,
    questions: 0,
    questionsByKind: {},
    engines,
    targets: null,
  };
}

function emptyResult(engine: EngineId): EngineResult {
  return {
    engine,
    error: null,
    buildMs: null,
    indexBytes: null,
    cacheLoadMs: null,
    memory: null,
    latency: { code: null, codeViaSearch: null, search: null, ask: null },
    quality: null,
    askQuality: null,
  };
}

/** The issue's targets at 10,000 documents. */
function checkTargets(size: SizeResult): TargetCheck[] {
  const ours = size.engines.minisearch;
  const lunr = size.engines.lunr;
  const checks: TargetCheck[] = [];
  const askP99 = ours.latency.ask?.p99 ?? null;
  checks.push({
    target: '`ask` p99 < 10 ms',
    value: fmtMs(askP99),
    met: askP99 === null ? null : askP99 < 10,
  });
  checks.push({
    target: 'cache load < 1 s',
    value: fmtMs(ours.cacheLoadMs),
    met: ours.cacheLoadMs === null ? null : ours.cacheLoadMs < 1000,
  });
  const rss = ours.memory?.totalRssMB ?? null;
  checks.push({
    target: 'resident memory < 400 MB (whole process: records + index)',
    value: rss === null ? '–' : `${fmtMB(rss)} (index alone +${fmtMB(ours.memory?.rssMB ?? 0)} RSS)`,
    met: rss === null ? null : rss < 400,
  });
  const pairs: [string, Latency | null, Latency | null][] = [
    ['free-text search', ours.latency.search, lunr.latency.search],
    ['code lookup', ours.latency.code, lunr.latency.code],
  ];
  for (const [name, a, b] of pairs) {
    checks.push({
      target: `ahead of lunr: ${name} p50 and p99`,
      value: a && b ? `${fmtMs(a.p50)}/${fmtMs(a.p99)} vs ${fmtMs(b.p50)}/${fmtMs(b.p99)}` : '–',
      met: a && b ? a.p50 < b.p50 && a.p99 < b.p99 : null,
    });
  }
  const t1 = ours.quality?.top1 ?? null;
  const lt1 = lunr.quality?.top1 ?? null;
  checks.push({
    target: 'ahead of lunr: top-1 (search)',
    value: `${fmtPct(t1)} vs ${fmtPct(lt1)}`,
    met: t1 === null || lt1 === null ? null : t1 > lt1,
  });
  const at1 = ours.askQuality?.top1 ?? null;
  checks.push({
    target: 'ahead of lunr: top-1 (ours through ask)',
    value: `${fmtPct(at1)} vs ${fmtPct(lt1)}`,
    met: at1 === null || lt1 === null ? null : at1 > lt1,
  });
  return checks;
}

// ---------------------------------------------------------------------------------------------------
// Corpus, records and questions
// ---------------------------------------------------------------------------------------------------

interface TruthFile {
  generatorVersion: number;
  size: number;
  seed: number;
  truths: GeneratedTruth[];
}

/** Writes the corpus unless this generator version already wrote it; returns one truth per project. */
async function ensureCorpus(
  dir: string,
  size: number,
  seed: number,
): Promise<{ truths: GeneratedTruth[]; reused: boolean }> {
  const truthPath = `${dir}.truth.json`;
  if (existsSync(truthPath) && existsSync(dir)) {
    try {
      const saved = JSON.parse(await readFile(truthPath, 'utf8')) as TruthFile;
      if (saved.generatorVersion === GENERATOR_VERSION && saved.size === size && saved.seed === seed) {
        return { truths: saved.truths, reused: true };
      }
    } catch {
      // Rewrite below.
    }
  }
  await rm(truthPath, { force: true });
  await rm(dir, { recursive: true, force: true });
  const byCode = new Map<string, GeneratedTruth>();
  await writeCorpusFiles(dir, { count: size, seed }, (document) => {
    // A project with a description and a card shares one truth; the card's has `card` set.
    const known = byCode.get(document.truth.code);
    if (!known || document.truth.card) byCode.set(document.truth.code, document.truth);
  });
  const truths = [...byCode.values()];
  const file: TruthFile = { generatorVersion: GENERATOR_VERSION, size, seed, truths };
  await writeFile(truthPath, JSON.stringify(file));
  return { truths, reused: false };
}

/** NDJSON, so that 50,000 records never need one string longer than V8 allows. */
async function writeRecords(path: string, records: readonly ProjectRecord[]): Promise<void> {
  await writeFile(path, '');
  for (let i = 0; i < records.length; i += 1000) {
    const lines = records
      .slice(i, i + 1000)
      .map((record) => `${JSON.stringify(record)}\n`)
      .join('');
    await appendFile(path, lines);
  }
}

async function readLines(path: string): Promise<string[]> {
  const lines: string[] = [];
  const reader = createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of reader) if (line) lines.push(line);
  return lines;
}

async function readRecords(path: string): Promise<ProjectRecord[]> {
  return (await readLines(path)).map((line) => JSON.parse(line) as ProjectRecord);
}

/** Lower-cased words of a text, for uniqueness checks (not any engine's tokenizer). */
function plainWords(text: string): string[] {
  return text
    .toLocaleLowerCase('fi')
    .split(/[^\p{L}\p{N}.]+/u)
    .map((word) => word.replace(/^\.+|\.+$/g, ''))
    .filter(Boolean);
}

/** The words of a project name a user would type, the acronym left out when enough words remain. */
function nameQuery(truth: GeneratedTruth): string[] {
  const words = truth.name
    .replace(/\s[-–]\s|:/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const withoutAcronym = truth.acronym ? words.filter((word) => word !== truth.acronym) : words;
  return withoutAcronym.length >= 3 ? withoutAcronym : words;
}

const BACK_VOWELS = /[aou]/;

/** The inessive of a place name by a simple rule ("Joensuu" → "Joensuussa", "Lahti" → "Lahdessa"). */
export function inessive(place: string): string {
  const irregular: Record<string, string> = {
    Helsinki: 'Helsingissä',
    Turku: 'Turussa',
    Lahti: 'Lahdessa',
    Hanko: 'Hangossa',
    Tampere: 'Tampereella',
    Vantaa: 'Vantaalla',
    Kerava: 'Keravalla',
    Rovaniemi: 'Rovaniemellä',
    Seinäjoki: 'Seinäjoella',
    Lappeenranta: 'Lappeenrannassa',
    Uusikaupunki: 'Uudessakaupungissa',
  };
  const known = irregular[place];
  if (known) return known;
  const harmony = (stem: string) => (BACK_VOWELS.test(stem.toLowerCase().split('-').pop() ?? '') ? 'a' : 'ä');
  const rules: [string, string, string][] = [
    ['niemi', 'niem', 'ellä'],
    ['lahti', 'lahde', 'ssa'],
    ['järvi', 'järv', 'ellä'],
    ['joki', 'joe', 'lla'],
    ['koski', 'koske', 'lla'],
    ['mäki', 'mäe', 'llä'],
    ['saari', 'saare', 'ssa'],
    ['ranta', 'ranna', 'ssa'],
    ['inen', 'isi', 'ss'],
  ];
  for (const [ending, stem, suffix] of rules) {
    if (place.endsWith(ending)) {
      const base = place.slice(0, -ending.length) + stem;
      return suffix === 'ss' ? `${base}ss${harmony(base)}` : base + suffix;
    }
  }
  if (/us$/.test(place)) return `${place.slice(0, -1)}dess${harmony(place)}`;
  if (/s$/.test(place)) return `${place}ess${harmony(place)}`.replace(/sess/, 'ksess');
  if (/[^aeiouyäö]$/i.test(place)) return `${place}iss${harmony(place)}`;
  return `${place}ss${harmony(place)}`;
}

/**
 * Lookup questions with known answers, `count` in all, spread evenly over the kinds. A question is
 * only asked when its identifying words fit exactly one project of the corpus.
 */
export function makeQuestions(
  truths: readonly GeneratedTruth[],
  codes: ReadonlySet<string>,
  count: number,
  seed: number,
): Question[] {
  const pool = truths.filter((truth) => codes.has(truth.code)).sort((a, b) => a.code.localeCompare(b.code));
  const rng = new Rng(seed * 7919 + pool.length);
  const tally = (keys: string[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const applicants = tally(pool.map((t) => t.applicant.name.toLocaleLowerCase('fi')));
  const contacts = tally(pool.map((t) => t.contact.name.toLocaleLowerCase('fi')));
  const acronymPlaces = tally(
    pool.flatMap((t) =>
      t.acronym ? [...new Set(t.region.municipalities)].map((m) => `${t.acronym}|${m}`) : [],
    ),
  );
  const nameSets = pool.map((t) => new Set(plainWords(t.name)));
  const uniqueName = (words: string[]) => {
    const wanted = plainWords(words.join(' '));
    let matches = 0;
    for (const set of nameSets) if (wanted.every((word) => set.has(word)) && ++matches > 1) return false;
    return matches === 1;
  };
  const misspell = (words: string[]): string[] | null => {
    let longest = -1;
    words.forEach((word, i) => {
      if (/^\p{L}{6,}$/u.test(word) && (longest < 0 || word.length > (words[longest] as string).length))
        longest = i;
    });
    if (longest < 0) return null;
    const word = words[longest] as string;
    const at = rng.int(1, word.length - 2);
    const letters = 'aeiouyäklmnrst'.split('').filter((letter) => letter !== word[at]?.toLowerCase());
    const changed = word.slice(0, at) + rng.pick(letters) + word.slice(at + 1);
    return words.map((w, i) => (i === longest ? changed : w));
  };

  const make = (kind: QuestionKind, truth: GeneratedTruth): string | null => {
    switch (kind) {
      case 'code':
        return truth.code.toLowerCase();
      case 'name': {
        const words = nameQuery(truth);
        return uniqueName(words) ? words.join(' ').toLocaleLowerCase('fi') : null;
      }
      case 'misspelt': {
        const words = nameQuery(truth);
        const changed = uniqueName(words) ? misspell(words) : null;
        return changed ? changed.join(' ') : null;
      }
      case 'organisation':
        return applicants.get(truth.applicant.name.toLocaleLowerCase('fi')) === 1
          ? truth.applicant.name
          : null;
      case 'contact': {
        if (contacts.get(truth.contact.name.toLocaleLowerCase('fi')) !== 1) return null;
        const space = truth.contact.name.lastIndexOf(' ');
        return `${truth.contact.name.slice(space + 1)} ${truth.contact.name.slice(0, space)}`;
      }
      case 'acronym-place': {
        if (!truth.acronym) return null;
        const place = truth.region.municipalities.find(
          (m) => acronymPlaces.get(`${truth.acronym}|${m}`) === 1,
        );
        return place ? `${truth.acronym} ${inessive(place)}` : null;
      }
      case 'topic': {
        const phrase = truth.phrases[rng.int(0, truth.phrases.length - 1)];
        return phrase ? phrase.toLocaleLowerCase('fi') : null;
      }
    }
  };

  const questions: Question[] = [];
  if (!pool.length) return questions;
  QUESTION_KINDS.forEach((kind, k) => {
    const quota = Math.floor(count / QUESTION_KINDS.length) + (k < count % QUESTION_KINDS.length ? 1 : 0);
    const used = new Set<string>();
    for (let attempt = 0, made = 0; made < quota && attempt < quota * 200; attempt++) {
      const truth = rng.pick(pool);
      if (used.has(truth.code)) continue;
      const text = make(kind, truth);
      if (!text) continue;
      used.add(truth.code);
      questions.push({ kind, text, code: truth.code });
      made++;
    }
  });
  return questions;
}

// ---------------------------------------------------------------------------------------------------
// Engines
// ---------------------------------------------------------------------------------------------------

interface EngineAdapter {
  build(records: readonly ProjectRecord[]): void;
  /** Writes the serialized index; returns its size in bytes. */
  save(path: string): Promise<number>;
  /** Reads and restores the serialized index. */
  load(path: string, records: readonly ProjectRecord[]): Promise<void>;
  /** Codes of the best hits, best first. */
  search(text: string, limit: number): string[];
  /** The code lookup path. */
  lookupCode(text: string): unknown;
  /** Ours only. */
  catalog?(): Catalog;
}

async function createAdapter(engine: EngineId, analyzer: AnalyzerEngine): Promise<EngineAdapter> {
  if (engine === 'minisearch') return miniSearchAdapter(analyzer);
  if (engine === 'lunr') return lunrAdapter();
  return flexSearchAdapter();
}

function miniSearchAdapter(engine: AnalyzerEngine): EngineAdapter {
  const terms = new TermProcessor(createAnalyzer({ engine }));
  let catalog: Catalog | null = null;
  const current = () => {
    if (!catalog) throw new Error('no index');
    return catalog;
  };
  return {
    build(records) {
      catalog = Catalog.build(records, terms);
    },
    async save(path) {
      const data = current().serialize();
      await writeFile(path, data);
      return data.byteLength;
    },
    async load(path, records) {
      catalog = Catalog.deserialize(records, terms, await readFile(path));
    },
    search: (text, limit) =>
      current()
        .search(text, {}, limit)
        .map((hit) => hit.code),
    lookupCode: (text) => codesIn(text).map((code) => current().get(code)),
    catalog: current,
  };
}

type Lunr = typeof import('lunr');

async function lunrAdapter(): Promise<EngineAdapter> {
  const lunr = (await import('lunr')).default as Lunr;
  const support = (await import('lunr-languages/lunr.stemmer.support.js')).default;
  const finnish = (await import('lunr-languages/lunr.fi.js')).default;
  support(lunr);
  finnish(lunr);
  const fi = (lunr as unknown as { fi: lunr.Builder.Plugin }).fi;
  let index: lunr.Index | null = null;
  const current = () => {
    if (!index) throw new Error('no index');
    return index;
  };
  const search = (text: string, limit: number) => {
    const idx = current();
    const { pipeline } = idx as unknown as { pipeline: lunr.Pipeline };
    const words = text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const results = idx.query((query) => {
      for (const word of words) {
        // The Finnish pipeline drops stopwords: skip their wildcard and fuzzy variants too.
        if (!pipeline.runString(word).length) continue;
        query.term(word, { usePipeline: true, boost: 10 });
        if (/\d/.test(word)) continue;
        if (word.length >= 4)
          query.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 2 });
        if (word.length >= 5) query.term(word, { usePipeline: false, editDistance: 1, boost: 1 });
      }
    });
    return results.slice(0, limit).map((result) => result.ref);
  };
  return {
    build(records) {
      index = lunr(function () {
        this.use(fi);
        this.ref('code');
        for (const field of FIELDS) {
          this.field(field, {
            boost: FIELD_BOOSTS[field],
            extractor: (doc: object) => fieldText(doc as ProjectRecord, field),
          });
        }
        for (const record of records) this.add(record);
      });
    },
    async save(path) {
      const json = JSON.stringify(current());
      await writeFile(path, json);
      return Buffer.byteLength(json);
    },
    async load(path) {
      index = lunr.Index.load(JSON.parse(await readFile(path, 'utf8')));
    },
    search,
    lookupCode: (text) => search(text, 10),
  };
}

/** Common Finnish case endings; flexsearch strips them repeatedly while any matches. */
const FLEX_STEMMER: [string, string][] = [
  'ssa',
  'ssä',
  'sta',
  'stä',
  'lla',
  'llä',
  'lta',
  'ltä',
  'lle',
  'ksi',
  'n',
].map((ending) => [ending, '']);
const FLEX_FORWARD: ReadonlySet<IndexField> = new Set(['code', 'name', 'applicant', 'contact', 'region']);

async function flexSearchAdapter(): Promise<EngineAdapter> {
  const { Document, Encoder } = await import('flexsearch');
  const encoder = new Encoder({
    normalize: (text: string) => text.toLocaleLowerCase('fi'),
    split: /[^\p{L}\p{N}]+/u,
    numeric: false,
    dedupe: false,
    filter: STOPWORDS,
    stemmer: new Map(FLEX_STEMMER),
  });
  type FlexDoc = Record<IndexField, string>;
  const create = () =>
    new Document<FlexDoc>({
      document: {
        id: 'code',
        index: FIELDS.map((field) => ({
          field,
          tokenize: FLEX_FORWARD.has(field) ? ('forward' as const) : ('strict' as const),
          encoder,
        })),
      },
    });
  let index: InstanceType<typeof Document<FlexDoc>> | null = null;
  const current = () => {
    if (!index) throw new Error('no index');
    return index;
  };
  const search = (text: string, limit: number) => {
    const perField = current().search(text, { limit: 50, suggest: true }) as unknown as {
      field: IndexField;
      result: (string | number)[];
    }[];
    const scores = new Map<string, number>();
    for (const { field, result } of perField) {
      const boost = FIELD_BOOSTS[field] ?? 1;
      result.forEach((id, rank) => {
        scores.set(String(id), (scores.get(String(id)) ?? 0) + boost / (rank + 1));
      });
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([id]) => id);
  };
  return {
    build(records) {
      index = create();
      for (const record of records) {
        const doc = {} as FlexDoc;
        for (const field of FIELDS) doc[field] = fieldText(record, field);
        index.add(doc);
      }
    },
    async save(path) {
      await writeFile(path, '');
      let bytes = 0;
      const lines: string[] = [];
      await current().export((key, data) => {
        const line = `${JSON.stringify([key, data])}\n`;
        bytes += Buffer.byteLength(line);
        lines.push(line);
      });
      for (let i = 0; i < lines.length; i += 100) await appendFile(path, lines.slice(i, i + 100).join(''));
      return bytes;
    },
    async load(path) {
      index = create();
      for (const line of await readLines(path)) {
        const [key, data] = JSON.parse(line) as [string, string];
        index.import(key, data);
      }
    },
    search,
    lookupCode: (text) => search(text, 10),
  };
}

// ---------------------------------------------------------------------------------------------------
// Child processes
// ---------------------------------------------------------------------------------------------------

interface ChildSpec {
  phase: 'build' | 'load';
  engine: EngineId;
  analyzer: AnalyzerEngine;
  recordsPath: string;
  questionsPath: string;
  indexPath: string;
  resultPath: string;
  latencyBudgetMs: number;
}

type ChildValue = Partial<Omit<EngineResult, 'error'>> & { error?: string };
type ChildOutcome = { ok: true; value: ChildValue } | { ok: false; error: string };

async function runChild(spec: ChildSpec, outDir: string): Promise<ChildOutcome> {
  const base = join(outDir, `child-${spec.engine}-${spec.phase}-${process.pid}`);
  const full: ChildSpec = { ...spec, resultPath: `${base}.result.json` };
  await writeFile(`${base}.spec.json`, JSON.stringify(full));
  await rm(full.resultPath, { force: true });
  const args = [
    '--import',
    'tsx',
    '--expose-gc',
    '--max-old-space-size=12288',
    SELF,
    '--child',
    `${base}.spec.json`,
  ];
  const stderr: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr.push(chunk);
      if (stderr.length > 200) stderr.shift();
    });
    child.on('error', fail);
    child.on('close', done);
  });
  try {
    const value = JSON.parse(await readFile(full.resultPath, 'utf8')) as ChildValue;
    if (value.error) return { ok: false, error: value.error };
    return { ok: true, value };
  } catch {
    const tail = stderr.join('').trim().split('\n').slice(-3).join(' | ');
    return { ok: false, error: `child exited with ${code}: ${tail || 'no output'}` };
  } finally {
    await rm(`${base}.spec.json`, { force: true });
    await rm(full.resultPath, { force: true });
  }
}

async function childMain(specPath: string): Promise<void> {
  const spec = JSON.parse(await readFile(specPath, 'utf8')) as ChildSpec;
  let value: ChildValue;
  try {
    value = spec.phase === 'build' ? await childBuild(spec) : await childLoad(spec);
  } catch (error) {
    value = { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  await writeFile(spec.resultPath, JSON.stringify(value));
}

async function childBuild(spec: ChildSpec): Promise<ChildValue> {
  const records = await readRecords(spec.recordsPath);
  const adapter = await createAdapter(spec.engine, spec.analyzer);
  const started = performance.now();
  adapter.build(records);
  const buildMs = performance.now() - started;
  const indexBytes = await adapter.save(spec.indexPath);
  return { buildMs, indexBytes };
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  for (let i = 0; i < 3; i++) gc();
}

const MB = 2 ** 20;

async function childLoad(spec: ChildSpec): Promise<ChildValue> {
  const records = await readRecords(spec.recordsPath);
  const questions = JSON.parse(await readFile(spec.questionsPath, 'utf8')) as Question[];
  collectGarbage();
  const before = process.memoryUsage();
  // The engine's module, analyser (Voikko for ours) and index all count towards its memory.
  const adapter = await createAdapter(spec.engine, spec.analyzer);
  const started = performance.now();
  await adapter.load(spec.indexPath, records);
  const cacheLoadMs = performance.now() - started;
  collectGarbage();
  const after = process.memoryUsage();
  const memory: MemoryFigures = {
    heapMB: (after.heapUsed - before.heapUsed) / MB,
    rssMB: (after.rss - before.rss) / MB,
    totalRssMB: after.rss / MB,
    baselineRssMB: before.rss / MB,
  };

  // Quality: every question once (which is also the warm-up of the latency passes).
  const quality = judge(questions, (q) => adapter.search(q.text, 10));
  const catalog = adapter.catalog?.();
  const askQuality = catalog ? judge(questions, (q) => ask(catalog, q.text).codes) : null;

  const budget = spec.latencyBudgetMs;
  const codeTexts = questions.filter((q) => q.kind === 'code').map((q) => q.text);
  const searchTexts = questions.filter((q) => q.kind !== 'code').map((q) => q.text);
  const latency: EngineResult['latency'] = {
    code: time(codeTexts, (text) => adapter.lookupCode(text), budget),
    codeViaSearch: catalog ? time(codeTexts, (text) => adapter.search(text, 10), budget) : null,
    search: time(searchTexts, (text) => adapter.search(text, 10), budget),
    ask: catalog
      ? time(
          questions.map((q) => q.text),
          (text) => ask(catalog, text),
          budget,
        )
      : null,
  };
  return { cacheLoadMs, memory, quality, askQuality, latency };
}

function judge(questions: readonly Question[], answer: (question: Question) => readonly string[]): Quality {
  const byKind: Partial<Record<QuestionKind, Accuracy>> = {};
  let top1 = 0;
  let recall5 = 0;
  for (const question of questions) {
    const codes = answer(question);
    const first = codes[0] === question.code ? 1 : 0;
    const inFive = codes.slice(0, 5).includes(question.code) ? 1 : 0;
    top1 += first;
    recall5 += inFive;
    const kind = byKind[question.kind] ?? { top1: 0, recall5: 0, n: 0 };
    byKind[question.kind] = kind;
    kind.top1 += first;
    kind.recall5 += inFive;
    kind.n++;
  }
  for (const kind of Object.values(byKind)) {
    kind.top1 /= kind.n;
    kind.recall5 /= kind.n;
  }
  const n = questions.length || 1;
  return { top1: top1 / n, recall5: recall5 / n, n: questions.length, byKind };
}

/** Warm passes over `texts` until the budget is spent (at least one full pass). */
function time(texts: readonly string[], run: (text: string) => unknown, budgetMs: number): Latency | null {
  if (!texts.length) return null;
  for (const text of texts.slice(0, 20)) run(text);
  const samples: number[] = [];
  const started = performance.now();
  const maxSamples = Math.max(texts.length, 5000);
  do {
    for (const text of texts) {
      const t0 = performance.now();
      run(text);
      samples.push(performance.now() - t0);
    }
  } while (performance.now() - started < budgetMs && samples.length < maxSamples);
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)] as number;
  return {
    p50: at(0.5),
    p99: at(0.99),
    mean: samples.reduce((sum, x) => sum + x, 0) / samples.length,
    samples: samples.length,
  };
}

// ---------------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------------

function fmtMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '–';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
}

function fmtMB(mb: number | null | undefined): string {
  if (mb === null || mb === undefined) return '–';
  return `${mb >= 100 ? Math.round(mb) : mb.toFixed(1)} MB`;
}

function fmtPct(share: number | null | undefined): string {
  if (share === null || share === undefined) return '–';
  return `${(share * 100).toFixed(1)} %`;
}

function ratio(value: number | null | undefined, base: number | null | undefined): string {
  if (value === null || value === undefined || base === null || base === undefined || base === 0) return '–';
  const r = value / base;
  return `${r >= 10 ? r.toFixed(0) : r >= 1 ? r.toFixed(2) : r.toFixed(3)}×`;
}

interface Row {
  label: string;
  value: (engine: EngineResult) => number | null | undefined;
  format: (value: number | null | undefined) => string;
}

const ROWS: Row[] = [
  { label: 'index build', value: (e) => e.buildMs, format: fmtMs },
  {
    label: 'serialized index',
    value: (e) => (e.indexBytes === null ? null : e.indexBytes / MB),
    format: fmtMB,
  },
  { label: 'cache load (read + restore)', value: (e) => e.cacheLoadMs, format: fmtMs },
  { label: 'memory: heap Δ of loaded index', value: (e) => e.memory?.heapMB, format: fmtMB },
  { label: 'memory: RSS Δ of loaded index', value: (e) => e.memory?.rssMB, format: fmtMB },
  { label: 'memory: RSS, records + index', value: (e) => e.memory?.totalRssMB, format: fmtMB },
  { label: 'code lookup p50', value: (e) => e.latency.code?.p50, format: fmtMs },
  { label: 'code lookup p99', value: (e) => e.latency.code?.p99, format: fmtMs },
  { label: 'code via search() p50 (ours)', value: (e) => e.latency.codeViaSearch?.p50, format: fmtMs },
  { label: 'code via search() p99 (ours)', value: (e) => e.latency.codeViaSearch?.p99, format: fmtMs },
  { label: 'free-text search p50', value: (e) => e.latency.search?.p50, format: fmtMs },
  { label: 'free-text search p99', value: (e) => e.latency.search?.p99, format: fmtMs },
  { label: 'ask p50', value: (e) => e.latency.ask?.p50, format: fmtMs },
  { label: 'ask p99', value: (e) => e.latency.ask?.p99, format: fmtMs },
  { label: 'top-1 (search)', value: (e) => e.quality?.top1, format: fmtPct },
  { label: 'recall@5 (search)', value: (e) => e.quality?.recall5, format: fmtPct },
  { label: 'top-1 (ask)', value: (e) => e.askQuality?.top1, format: fmtPct },
  { label: 'recall@5 (ask)', value: (e) => e.askQuality?.recall5, format: fmtPct },
];

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The results as Markdown tables: one per size, ratios against lunr, targets at 10,000. */
export function formatSearchTable(result: SearchBenchResult): string {
  const out: string[] = [];
  out.push(`Search benchmark — seed ${result.seed}, analyser ${result.analyzer}, node ${result.node}`);
  for (const engine of ENGINES) out.push(`- ${ENGINE_LABELS[engine]}: ${result.configs[engine]}`);
  for (const size of result.sizes) {
    const { minisearch: ours, lunr, flexsearch: flex } = size.engines;
    out.push('');
    if (size.error) {
      out.push(`### ${size.size.toLocaleString('en-US')} documents — not run: ${size.error}`);
      continue;
    }
    out.push(
      `### ${size.size.toLocaleString('en-US')} documents — ${size.records.toLocaleString('en-US')} projects ` +
        `(parsed in ${fmtMs(size.parseMs)}, ${size.parseErrors} parse errors), ${size.questions} questions`,
    );
    out.push('');
    const rows = ROWS.map((row) => {
      const [a, b, c] = [row.value(ours), row.value(lunr), row.value(flex)];
      return [row.label, row.format(a), row.format(b), row.format(c), ratio(a, b), ratio(c, b)];
    });
    out.push(
      table(
        [
          'metric',
          ENGINE_LABELS.minisearch,
          ENGINE_LABELS.lunr,
          ENGINE_LABELS.flexsearch,
          'ours/lunr',
          'flex/lunr',
        ],
        rows,
      ),
    );
    out.push('');
    const kindRows = QUESTION_KINDS.filter((kind) => size.questionsByKind[kind]).map((kind) => {
      const cell = (quality: Quality | null) => {
        const q = quality?.byKind[kind];
        return q ? `${fmtPct(q.top1)} / ${fmtPct(q.recall5)}` : '–';
      };
      return [
        kind,
        String(size.questionsByKind[kind] ?? 0),
        cell(ours.quality),
        cell(ours.askQuality),
        cell(lunr.quality),
        cell(flex.quality),
      ];
    });
    out.push(
      table(
        ['question kind (top-1 / recall@5)', 'n', 'ours search', 'ours ask', 'lunr', 'flexsearch'],
        kindRows,
      ),
    );
    for (const engine of ENGINES) {
      const error = size.engines[engine].error;
      if (error) out.push(`- ${ENGINE_LABELS[engine]} failed: ${error}`);
    }
    if (size.targets) {
      out.push('');
      out.push(`Targets at ${TARGET_SIZE.toLocaleString('en-US')} documents:`);
      for (const check of size.targets) {
        out.push(
          `- ${check.met === null ? 'n/a' : check.met ? 'MET ' : 'MISSED'} ${check.target}: ${check.value}`,
        );
      }
    }
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------------

const USAGE = `Usage: npx tsx bench/search.ts [--sizes 1000,10000,50000] [--queries 300] [--engine auto|fallback|voikko]
                                [--seed 1] [--budget 4000] [--json out.json]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: DEFAULT_SIZES.join(',') },
      queries: { type: 'string', default: '300' },
      engine: { type: 'string', default: 'auto' },
      seed: { type: 'string', default: '1' },
      budget: { type: 'string', default: '4000' },
      json: { type: 'string' },
      child: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.child) return childMain(values.child);
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const sizes = values.sizes.split(',').map((s) => Number(s.replace(/[_\s]/g, '')));
  if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n <= 0))
    throw new Error(`bad --sizes: ${values.sizes}`);
  if (!['auto', 'fallback', 'voikko'].includes(values.engine))
    throw new Error(`bad --engine: ${values.engine}`);
  const result = await benchSearch({
    sizes,
    queries: Number(values.queries),
    engine: values.engine as AnalyzerEngine,
    seed: Number(values.seed),
    latencyBudgetMs: Number(values.budget),
  });
  console.log(formatSearchTable(result));
  const jsonPath = values.json ?? join(ROOT, 'bench', 'out', `search-${sizes.join('-')}.json`);
  await writeFile(jsonPath, JSON.stringify(result, null, 2));
  console.error(`results: ${jsonPath}`);
}

if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
