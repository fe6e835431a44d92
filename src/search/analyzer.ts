/**
 * Finnish word analyser: reduces one lower-cased word to the keys it is indexed and searched under.
 *
 * Two interchangeable engines:
 * - `voikko`: the Voikko morphological analyser (Debian packages `libvoikko1` + `voikko-fi`), called
 *   through koffi. Returns dictionary base forms (hankkeessa → hanke, nuoria → nuori | nuora) plus the
 *   parts of compounds (kansalaistoimijalähtöinen → kansalainen, toimija, lähtöinen).
 * - `fallback`: a hand-written suffix stripper in plain TypeScript. Returns normalised stems, not
 *   dictionary words (hankkeessa → "hank", kunnissa → "kunn"); what matters is that the inflected forms
 *   of one word meet on one key and different words do not. It is what a plain `npm ci` install gets.
 *
 * Keys of the two engines are not comparable with each other: an index must be built and queried with
 * the same engine, which is why `version` goes into index cache keys.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { splitCompound } from './compound.ts';
import { finnishWordList, type WordList } from './wordlist.ts';

export interface Analyzer {
  readonly name: string; // 'voikko' | 'fallback'
  /** Engine + dictionary version, e.g. 'voikko-4.3.1/fi-2.5/r2' or 'fallback-2'; goes into index cache keys. */
  readonly version: string;
  /** Base forms of one lower-cased word (no spaces). Always non-empty; includes compound parts for Voikko. Deterministic. */
  baseForms(word: string): string[];
}

/** The keys of one word, split into the word's own base forms and the parts of a compound. */
export interface WordAnalysis {
  /** Base forms (Voikko) or stem keys (fallback) of the whole word; non-empty. */
  lemmas: string[];
  /** Base forms of the parts of a compound or hyphenated word, when it has several; else empty. */
  parts: string[];
  /** False when the engine did not recognise the word (Voikko: not in the dictionary). */
  known?: boolean;
}

/** An analyser that also tells which keys are the word's own and which come from its parts. */
export interface DetailedAnalyzer extends Analyzer {
  analyze(word: string): WordAnalysis;
}

export type AnalyzerEngine = 'auto' | 'voikko' | 'fallback';

export interface AnalyzerOptions {
  engine?: AnalyzerEngine;
  /** Entries kept in the memo of word → keys (default 200,000). */
  cacheSize?: number;
}

const DEFAULT_CACHE_SIZE = 200_000;
const ENGINES: readonly AnalyzerEngine[] = ['auto', 'voikko', 'fallback'];

/**
 * The analyser to use. `engine` defaults to env HANKEBOTTI_ANALYZER, else 'auto': Voikko when the shared
 * library and the Finnish dictionary load, else the fallback. An explicit 'voikko' (option or env) that
 * cannot be loaded throws.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const engine = options.engine ?? engineFromEnv();
  const cacheSize = options.cacheSize;
  if (engine === 'fallback') return fallbackAnalyzer({ cacheSize });
  const voikko = voikkoAnalyzer({ cacheSize });
  if (voikko) return voikko;
  if (engine === 'voikko') {
    throw new Error(
      `Voikko analyser requested but not available (${voikkoLoadError ?? 'unknown error'}); ` +
        'install the Debian packages libvoikko1 and voikko-fi, or use engine "fallback"',
    );
  }
  return fallbackAnalyzer({ cacheSize });
}

function engineFromEnv(): AnalyzerEngine {
  const raw = process.env.HANKEBOTTI_ANALYZER?.trim().toLowerCase();
  if (!raw) return 'auto';
  if ((ENGINES as readonly string[]).includes(raw)) return raw as AnalyzerEngine;
  throw new Error(`HANKEBOTTI_ANALYZER must be one of ${ENGINES.join(', ')}; got "${raw}"`);
}

// ---------------------------------------------------------------------------------------------------
// Shared: memoisation and the word → keys wrapper
// ---------------------------------------------------------------------------------------------------

interface CacheEntry {
  analysis: WordAnalysis;
  forms: string[];
}

/** Map with FIFO eviction: cheap, and words that repeat a lot are re-inserted soon after eviction. */
class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  set(key: string, value: V): void {
    if (this.max <= 0) return;
    if (this.map.size >= this.max) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
    this.map.set(key, value);
  }
  get size(): number {
    return this.map.size;
  }
}

function makeAnalyzer(
  name: string,
  version: string,
  compute: (word: string) => WordAnalysis,
  cacheSize: number = DEFAULT_CACHE_SIZE,
): DetailedAnalyzer {
  const cache = new BoundedCache<CacheEntry>(cacheSize);
  const lookup = (word: string): CacheEntry => {
    let entry = cache.get(word);
    if (entry === undefined) {
      const normalised = word.normalize('NFC').toLowerCase();
      const analysis = compute(normalised);
      if (analysis.lemmas.length === 0) analysis.lemmas = [normalised];
      entry = { analysis, forms: unique([...analysis.lemmas, ...analysis.parts]) };
      cache.set(word, entry);
    }
    return entry;
  };
  return {
    name,
    version,
    baseForms: (word) => lookup(word).forms.slice(),
    analyze: (word) => {
      const { analysis } = lookup(word);
      const copy: WordAnalysis = { lemmas: analysis.lemmas.slice(), parts: analysis.parts.slice() };
      if (analysis.known !== undefined) copy.known = analysis.known;
      return copy;
    },
  };
}

function unique(items: string[]): string[] {
  if (items.length < 2) return items;
  return [...new Set(items)];
}

// ---------------------------------------------------------------------------------------------------
// Voikko engine
// ---------------------------------------------------------------------------------------------------

/** Bumped when the way Voikko's output is turned into keys changes. */
const VOIKKO_ADAPTER_REVISION = 'r2';

type Koffi = typeof import('koffi').default;

interface RawAnalysis {
  baseform: string | null;
  wordbases: string | null;
}

interface VoikkoNative {
  libraryVersion: string;
  dictionaryVersion: string;
  analyze(word: string): RawAnalysis[];
}

let voikkoNative: VoikkoNative | null | undefined;
let voikkoLoadError: string | undefined;

function libraryCandidates(): string[] {
  // An explicit path is the only one tried (a bad one disables Voikko: useful to test the fallback).
  const fromEnv = process.env.HANKEBOTTI_LIBVOIKKO?.trim();
  if (fromEnv) return [fromEnv];
  return [
    'libvoikko.so.1',
    '/usr/lib/x86_64-linux-gnu/libvoikko.so.1',
    '/usr/lib/aarch64-linux-gnu/libvoikko.so.1',
    '/usr/lib64/libvoikko.so.1',
    '/usr/lib/libvoikko.so.1',
    '/usr/local/lib/libvoikko.so.1',
    'libvoikko.so',
    'libvoikko.1.dylib',
    '/opt/homebrew/lib/libvoikko.1.dylib',
    '/usr/local/lib/libvoikko.1.dylib',
    'libvoikko-1.dll',
  ];
}

function loadVoikkoNative(): VoikkoNative | null {
  if (voikkoNative !== undefined) return voikkoNative;
  voikkoNative = null;
  let koffi: Koffi;
  try {
    koffi = createRequire(import.meta.url)('koffi') as Koffi;
  } catch (err) {
    voikkoLoadError = `koffi could not be loaded: ${(err as Error).message}`;
    return null;
  }
  let lib: ReturnType<Koffi['load']> | undefined;
  const errors: string[] = [];
  for (const candidate of libraryCandidates()) {
    try {
      lib = koffi.load(candidate);
      break;
    } catch (err) {
      errors.push(`${candidate}: ${(err as Error).message}`);
    }
  }
  if (!lib) {
    voikkoLoadError = `libvoikko not found (${errors[0] ?? 'no candidates'})`;
    return null;
  }
  try {
    const voikkoInit = lib.func(
      'void *voikkoInit(_Out_ const char **error, const char *langcode, const char *path)',
    );
    const analyzeWord = lib.func('void *voikkoAnalyzeWordCstr(void *handle, const char *word)');
    const freeAnalysis = lib.func('void voikko_free_mor_analysis(void *analysis)');
    // The UCS-4 value is owned by the analysis and freed with it: no per-value free call needed.
    const morValue = lib.func(
      'const wchar_t *voikko_mor_analysis_value_ucs4(void *analysis, const char *key)',
    );
    const getVersion = lib.func('const char *voikkoGetVersion()');
    const terminate = lib.func('void voikkoTerminate(void *handle)');
    const error: (string | null)[] = [null];
    const handle = voikkoInit(error, 'fi', null) as bigint | null;
    if (!handle) {
      voikkoLoadError = `voikkoInit failed: ${error[0] ?? 'no Finnish dictionary'}`;
      return null;
    }
    const pointerSize = koffi.sizeof('void *');
    const analyze = (word: string): RawAnalysis[] => {
      const list = analyzeWord(handle, word) as bigint | null;
      if (!list) return [];
      const out: RawAnalysis[] = [];
      try {
        for (let i = 0; ; i++) {
          const analysis = koffi.decode(list, i * pointerSize, 'void *') as bigint | null;
          if (!analysis) break;
          out.push({
            baseform: morValue(analysis, 'BASEFORM') as string | null,
            wordbases: morValue(analysis, 'WORDBASES') as string | null,
          });
        }
      } finally {
        freeAnalysis(list);
      }
      return out;
    };
    // Probe: a dictionary that loads but cannot analyse a basic word is as good as none.
    if (!analyze('hankkeessa').some((a) => a.baseform === 'hanke')) {
      voikkoLoadError = 'the Finnish dictionary does not analyse "hankkeessa"';
      terminate(handle);
      return null;
    }
    voikkoNative = {
      libraryVersion: String(getVersion() ?? 'unknown'),
      dictionaryVersion: findDictionaryVersion(),
      analyze,
    };
    return voikkoNative;
  } catch (err) {
    voikkoLoadError = `libvoikko could not be initialised: ${(err as Error).message}`;
    return null;
  }
}

/** "fi-2.5" from the SM-Version of the first Finnish dictionary on libvoikko's search path. */
function findDictionaryVersion(): string {
  const roots = [
    ...(process.env.VOIKKO_DICTIONARY_PATH?.split(':').filter(Boolean) ?? []),
    join(homedir(), '.voikko'),
    '/etc/voikko',
    '/usr/lib/voikko',
    '/usr/share/voikko',
    '/usr/local/lib/voikko',
    '/usr/local/share/voikko',
    '/opt/homebrew/lib/voikko',
  ];
  for (const root of roots) {
    const dir = join(root, '5');
    if (!existsSync(dir)) continue;
    let variants: string[];
    try {
      variants = readdirSync(dir)
        .filter((d) => d.startsWith('mor-'))
        .sort((a, b) => (a === 'mor-standard' ? -1 : b === 'mor-standard' ? 1 : a.localeCompare(b)));
    } catch {
      continue;
    }
    for (const variant of variants) {
      try {
        const index = readFileSync(join(dir, variant, 'index.txt'), 'utf8');
        if (!/^Language:\s*fi\b/m.test(index)) continue;
        const version = /^SM-Version:\s*(\S+)/m.exec(index)?.[1];
        return `fi-${version ?? 'unknown'}`;
      } catch {}
    }
  }
  return 'fi-unknown';
}

/** One morpheme of WORDBASES: its text in the word (roughly) and its base form; '+x' bases are affixes. */
export interface Morpheme {
  surface: string;
  base: string | null;
}

/**
 * Parses Voikko's WORDBASES, e.g. "+kansalais(kansalainen)+toimi(toimia)+ja(+ja)+lähtö(lähtö)+inen(+inen)",
 * "+pohjois(pohjoinen)+-+karjala(karjala)", "+sosiaali+rahasto(rahasto)",
 * "+työllist(työllistää)y(+yä)+m+ä(+ä)", "+Joensuu(Joen=suu)".
 * A morpheme ends at a top-level '+' or after its "(base)"; the '+' inside a base marks an affix.
 */
export function parseWordbases(wordbases: string): Morpheme[] {
  const out: Morpheme[] = [];
  let surface = '';
  let i = 0;
  while (i < wordbases.length) {
    const ch = wordbases[i] as string;
    if (ch === '+') {
      if (surface) out.push({ surface, base: null });
      surface = '';
      i++;
    } else if (ch === '(') {
      const close = wordbases.indexOf(')', i + 1);
      const end = close < 0 ? wordbases.length : close;
      out.push({ surface, base: wordbases.slice(i + 1, end) });
      surface = '';
      i = end + 1;
    } else {
      surface += ch;
      i++;
    }
  }
  if (surface) out.push({ surface, base: null });
  return out;
}

/**
 * Groups morphemes into compound components and gives each its base form: a free morpheme starts a
 * component, affixes ('+ja', '+inen', '+us', short base-less fillers) extend it, '-' separates.
 * A derived component's base is its morphemes' text with the last one's base form:
 * toimi(toimia)+ja(+ja) → toimija, rahoit(rahoittaa)+us(+us) → rahoitus, osa+llinen(+nen) → osallinen.
 */
export function compoundComponents(morphemes: Morpheme[]): string[] {
  const groups: Morpheme[][] = [];
  let current: Morpheme[] | null = null;
  for (let i = 0; i < morphemes.length; i++) {
    const m = morphemes[i] as Morpheme;
    if (m.surface === '-' && m.base === null) {
      current = null;
      continue;
    }
    // A base-less morpheme is a free compound part ("sosiaali") unless it is short or leads into
    // an affix ("lli" in osa+lli+nen(+nen)).
    const next = morphemes[i + 1];
    const isAffix =
      m.base === null
        ? m.surface.length < 3 || (next?.base?.startsWith('+') ?? false)
        : m.base.startsWith('+');
    if (isAffix && current) current.push(m);
    else {
      current = [m];
      groups.push(current);
    }
  }
  return groups.map(componentBase).filter((b) => b.length > 0);
}

function componentBase(group: Morpheme[]): string {
  const clean = (s: string) => s.replace(/[=+]/g, '').toLowerCase();
  const first = group[0] as Morpheme;
  if (group.length === 1) return clean(first.base ?? first.surface);
  const last = group[group.length - 1] as Morpheme;
  const stem = group
    .slice(0, -1)
    .map((m) => m.surface)
    .join('');
  const lastBase = last.base === null ? last.surface : clean(last.base);
  const lastText = last.surface.toLowerCase().endsWith(lastBase) ? last.surface : lastBase;
  return clean(stem + lastText);
}

function normaliseBaseform(baseform: string): string {
  // Prefixes such as "työ-" ("työ- ja toimintakyky") are searched as the word itself.
  return baseform
    .toLowerCase()
    .replace(/^-+|-+$/g, '')
    .replace(/=/g, '');
}

/** Lemmas and compound parts from Voikko's analyses; analyses with fewest compound parts win. */
function fromVoikkoAnalyses(analyses: RawAnalysis[]): WordAnalysis | null {
  const readings: { lemma: string; components: string[] }[] = [];
  for (const a of analyses) {
    if (!a.baseform) continue;
    const lemma = normaliseBaseform(a.baseform);
    if (!lemma) continue;
    const components = a.wordbases ? compoundComponents(parseWordbases(a.wordbases)) : [];
    readings.push({ lemma, components });
  }
  if (readings.length === 0) return null;
  // Prefer the readings with the fewest compound parts: Joensuu (place) over joen+suu (river mouth),
  // kansalaistoimija over kansalais+toimi+joki. A reading without WORDBASES (some proper names)
  // does not count as one part when another reading of the same lemma has its parts.
  const size = (r: { lemma: string; components: string[] }) =>
    r.components.length > 0
      ? r.components.length
      : Math.max(1, ...readings.filter((o) => o.lemma === r.lemma).map((o) => o.components.length));
  const fewest = Math.min(...readings.map(size));
  const kept = readings.filter((r) => size(r) === fewest);
  const lemmas = unique(kept.map((r) => r.lemma));
  const parts: string[] = [];
  if (fewest > 1) {
    for (const r of kept)
      for (const c of r.components) if (c.length > 1 && !lemmas.includes(c)) parts.push(c);
  }
  return { lemmas, parts: unique(parts) };
}

/** Letters, with hyphens between them: what the suffix rules apply to. */
const PLAIN_WORD = /^[\p{L}]+(?:-[\p{L}]+)*$/u;

function analyzeWithVoikko(native: VoikkoNative, fallback: (word: string) => WordAnalysis) {
  const analyzeOne = (word: string): WordAnalysis | null => fromVoikkoAnalyses(native.analyze(word));
  return (word: string): WordAnalysis => {
    if (!word) return { lemmas: [word], parts: [], known: false };
    const direct = analyzeOne(word);
    if (direct) return direct;
    // Abbreviation or code with a case ending: "s21154:n", "esr:n" → the part before the colon.
    const colon = word.indexOf(':');
    if (colon > 0) {
      const head = word.slice(0, colon);
      const inner = analyzeOne(head);
      return inner ?? { lemmas: [head], parts: [], known: false };
    }
    // Unknown hyphenated word ("kanto-hankkeen", "esr-hanke"): analyse the parts on their own.
    const pieces = word.split('-').filter((p) => p.length > 0);
    if (pieces.length > 1) {
      const analysed = pieces.map((p) => analyzeOne(p) ?? unknownWord(p, fallback));
      const lastLemmas = (analysed[analysed.length - 1] as WordAnalysis).lemmas;
      const prefix = pieces.slice(0, -1).join('-');
      const lemmas = lastLemmas.map((l) => `${prefix}-${l}`);
      const parts = analysed.flatMap((a) => a.lemmas);
      return {
        lemmas: unique(lemmas),
        parts: unique(parts.filter((p) => !lemmas.includes(p))),
        known: analysed.every((a) => a.known !== false),
      };
    }
    return unknownWord(word, fallback);
  };
}

/** A word Voikko does not know (name, code, typo): itself, plus the fallback's stem for longer words. */
function unknownWord(word: string, fallback: (word: string) => WordAnalysis): WordAnalysis {
  if (word.length < 5 || !PLAIN_WORD.test(word)) {
    return { lemmas: [word], parts: [], known: false };
  }
  const stems = fallback(word).lemmas;
  return { lemmas: unique([word, ...stems]), parts: [], known: false };
}

/** The Voikko analyser, or null when libvoikko.so.1 or the Finnish dictionary is missing. Never throws. */
export function voikkoAnalyzer(options: { cacheSize?: number } = {}): DetailedAnalyzer | null {
  let native: VoikkoNative | null;
  try {
    native = loadVoikkoNative();
  } catch (err) {
    voikkoLoadError = (err as Error).message;
    native = null;
  }
  if (!native) return null;
  const compute = analyzeWithVoikko(native, fallbackCompute);
  const version = `voikko-${native.libraryVersion}/${native.dictionaryVersion}/${VOIKKO_ADAPTER_REVISION}`;
  return makeAnalyzer('voikko', version, compute, options.cacheSize);
}

/** Why the Voikko engine is unavailable, when it is (for logs). */
export function voikkoUnavailableReason(): string | undefined {
  loadVoikkoNative();
  return voikkoNative ? undefined : voikkoLoadError;
}

// ---------------------------------------------------------------------------------------------------
// Fallback engine
// ---------------------------------------------------------------------------------------------------

/** Bump whenever the fallback's output for any word changes (index caches are keyed on it). */
export const FALLBACK_VERSION = 'fallback-4';

/** The pure TypeScript analyser (no native code). */
export function fallbackAnalyzer(options: { cacheSize?: number } = {}): DetailedAnalyzer {
  return makeAnalyzer('fallback', FALLBACK_VERSION, fallbackCompute, options.cacheSize);
}

const VOWELS = 'aeiouyäöå';
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.includes(ch);
const hasVowel = (s: string): boolean => {
  for (const ch of s) if (VOWELS.includes(ch)) return true;
  return false;
};

function fallbackCompute(word: string): WordAnalysis {
  if (word.length === 0) return { lemmas: [word], parts: [] };
  // Abbreviation or number with a case ending after a colon: "eu:n", "esr:ssä", "2018:ssa".
  const colon = word.indexOf(':');
  if (colon > 0) return { lemmas: [word.slice(0, colon)], parts: [] };
  // Codes, numbers, e-mail and web addresses stay as they are.
  if (!PLAIN_WORD.test(word)) return { lemmas: [word], parts: [] };
  const pieces = word.split('-').filter((p) => p.length > 0);
  if (pieces.length > 1) {
    // Pohjois-Karjalassa → "pohjois-" + stem(karjalassa); the parts are searchable on their own.
    const prefix = pieces.slice(0, -1).join('-');
    const lastStems = stemFinnish(pieces[pieces.length - 1] as string);
    const lemmas = lastStems.map((s) => `${prefix}-${s}`);
    const parts = pieces.flatMap((p) => stemFinnish(p));
    return { lemmas, parts: unique(parts.filter((p) => !lemmas.includes(p))) };
  }
  if (pieces.length === 0) return { lemmas: [word], parts: [] };
  const lemmas = stemFinnish(pieces[0] as string);
  return { lemmas, parts: compoundPartKeys(pieces[0] as string, lemmas) };
}

/** Keys of a compound's parts (nuorisotyöllä → the keys of nuoriso and työllä), minus the word's own. */
function compoundPartKeys(word: string, lemmas: string[]): string[] {
  const words = finnishWordList();
  const parts = splitCompound(word, words);
  if (parts.length === 0) return [];
  const keys: string[] = [];
  for (const part of parts) {
    // kansalais-, pohjois-: the compound form of an -inen word is keyed as the word.
    const inen = part.endsWith('is') && words.hasExact(`${part.slice(0, -2)}inen`);
    // Keys of two letters (jo ← joiden, da ← idaan) come from cuts through suffixes, not from parts.
    for (const key of stemFinnish(inen ? `${part.slice(0, -2)}inen` : part)) {
      if (key.length >= 3 && !lemmas.includes(key)) keys.push(key);
    }
  }
  return unique(keys);
}

/** Stem keys of one Finnish word (letters only): one key, or two when the ending is ambiguous. */
export function stemFinnish(word: string): string[] {
  if (word.length <= 2) return [word];
  let w = stripClitic(word);
  w = stripPossessive(w);
  const out: string[] = [];
  const weakEnding = WEAK_GRADE_ENDING.test(w);
  for (const c0 of stripEnding(w)) {
    const stems: Stem[] = [degreeBase(c0) ?? verbStem(c0, w) ?? c0];
    if (weakEnding) for (const strong of strongGrades(c0.stem)) stems.push({ ...c0, stem: strong });
    for (const c of stems) for (const key of normaliseStem(c)) out.push(K_GRADATION[key] ?? key);
  }
  return unique(out);
}

/**
 * Comparatives and superlatives reduced to the adjective's stem: suuremmissa, korkeampaa,
 * vanhemmasta → suur-, korkea-, vanh-; suurimmat, voimakkaimpia → suur-, voimakka-. Only when the
 * nominative (suurempi, suurin) is a word, so that nouns ending in -mma, -mpi (summa, lampi) stay.
 */
function degreeBase(c: Stem): Stem | null {
  const s = c.stem;
  // hyvä is the one adjective compared with another stem: parempi, paras, parhaimmat.
  if (/^(?:paremp|paremm|parha|paras)/.test(s)) return { stem: 'hyvä', noSi: true };
  // Ordinals: kolmas/kolmannen/kolmansien, seitsemäs/seitsemäntenä → kolmas, seitsemäs.
  const ordinal = /^(.{3,}[aä])n(?:ne|te|si|n|t)$/.exec(s);
  if (ordinal && finnishWordList().has(`${ordinal[1]}s`)) return { stem: `${ordinal[1]}s` };
  if (s.length < 6 || !/m[mp][aäi]$/.test(s)) return null;
  const words = finnishWordList();
  const superlative = /^(.{2,}[aeiouyäö]?)i(?:mm|mp)[aäi]$/.exec(s);
  if (superlative && words.has(`${superlative[1]}in`)) return { stem: superlative[1] as string };
  const comparative = /^(.{2,}[aeiouyäö])(?:mm|mp)[aäi]$/.exec(s);
  if (comparative && words.has(`${comparative[1]}mpi`)) {
    const p = comparative[1] as string;
    // The -e- of suure-mpi, vanhe-mpi is the comparative's own (suuri, vanha); korkea-mpi keeps its a.
    const base = p.endsWith('e') && !isVowel(p[p.length - 2]) ? p.slice(0, -1) : p;
    return { stem: base, noSi: true };
  }
  return null;
}

/**
 * Verb forms whose stem the case rules leave with a participle or mood marker, reduced to the verb
 * stem: tuleva/tulevat, antamaan (tule-, anta- when tulee, antaa is a word); antanut, tullut, tehnyt;
 * annettu, säädetty, tehty, suoritettava; tulisi, antaisi. A noun that merely ends so (kova, asema,
 * ohjelma) has no third person tulee/antaa beside it.
 */
function verbStem(c: Stem, word: string): Stem | null {
  const s = c.stem;
  if (s.length < 4) return null;
  const words = finnishWordList();
  if (words.size === 0) return null;
  const third = (m: string) => words.has(`${m}${m[m.length - 1]}`);
  // present and agent participles, third infinitive: tuleva, koskevien, antamaan, katsomassa
  // (not a participle that became an adjective of its own: sopiva, toimiva, elävä compare, sopivampi)
  const vm = /^(.{2,}[aeiouyäö])([vm])(?:a|ä|i|e)?$/.exec(s);
  if (vm && third(vm[1] as string)) {
    const m = vm[1] as string;
    const harmony = /[aou]/.test(m) ? 'a' : 'ä';
    if (vm[2] === 'v' && !words.has(`${m}v${harmony}mpi`)) return { stem: m, noSi: true };
    if (vm[2] === 'm' && MA_INFINITIVE.test(word)) return { stem: m, noSi: true };
  }
  // passive participles: annettu, säädetty, esitetyn, valmistetusta, suoritettava
  const passive = /^(.{2,}e)t?t(?:[uy]|av[aei]?|äv[äei]?)$/.exec(s);
  if (
    passive &&
    (third(passive[1] as string) || words.has(`${passive[1]}tään`) || words.has(`${passive[1]}taan`))
  )
    return { stem: passive[1] as string, noSi: true };
  // tehty, tehdyn, nähty: the -hd- verbs (tehdä, nähdä)
  const hd = /^(.{1,}h)[td][uy]$/.exec(s);
  if (hd && (words.has(`${hd[1]}dä`) || words.has(`${hd[1]}da`))) return { stem: `${hd[1]}d`, noSi: true };
  // past active participle: antanut, tehnyt, tullut, purrut, noussut (the consonant doubled)
  const past = /^(.{2,}?)([lrs]?)\2?(n?)([uy])$/.exec(s);
  if (past && /(?:ll|rr|ss|n)[uy]$/.test(s) && words.has(`${s}t`)) {
    const head = s.slice(0, -2);
    const base = head.endsWith('h')
      ? `${head}d`
      : /([lrs])\1$/.test(`${head}${s[s.length - 2]}`)
        ? head
        : head;
    if (base.length >= 2)
      return { stem: base.endsWith('n') && s.endsWith(`n${s[s.length - 1]}`) ? base : base, noSi: true };
  }
  // conditional: tulisi, antaisin, haluaisivat
  const conditional = /^(.{1,}?)isi$/.exec(s);
  if (conditional && (words.has(`${s}vat`) || words.has(`${s}vät`)))
    return { stem: conditional[1] as string, noSi: true };
  return null;
}

/**
 * Third-infinitive endings (antamaan, tekemättä): only these reduce an -mA stem to the verb, since the
 * other cases (elämässä, elämästä) are as often those of a noun in -mA.
 */
const MA_INFINITIVE = /m(?:aan|ään|atta|ättä|aisillaan|äisillään)$/;

/** Endings that put the stem in the weak grade (closed syllable): turun, ajassa, tuella, ruoasta. */
const WEAK_GRADE_ENDING = /(?:[^aeiouyäö]|[aeiouyäö])(?:n|t|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi)$/;

/**
 * The strong grade of a stem whose k was lost or became j (Turun ← Turku, haun ← haku, tuen ← tuki,
 * ruoan ← ruoka, ajan ← aika, pojan ← poika, jäljen ← jälki), when the word list has it. A weak stem
 * that is a word of its own (ajan: also "I drive") keeps its own key beside it, which the caller
 * does by keeping the weak stem too.
 */
function strongGrades(stem: string): string[] {
  if (stem.length < 2 || stem.length > 12) return [];
  const words = finnishWordList();
  if (words.size === 0) return [];
  const out: string[] = [];
  // The partitive is in the strong grade (turkua, hakua, tukea, aikaa): a verb form that happens to
  // look like the strong stem (tulko ← tulo) has none.
  const isWord = (t: string) => words.has(`${t}${/[aou]/.test(t) ? 'a' : 'ä'}`);
  const n = stem.length;
  // k ~ ∅ between vowels or after l, r, h: tu(k)e, hau → haku, tur(k)u, ruo(k)a; not in a stem that
  // is a word itself (työ-llä is no tykö).
  for (let p = n - 1; p >= Math.max(1, n - 2) && !words.hasExact(stem); p--) {
    const ch = stem[p] as string;
    const prev = stem[p - 1] as string;
    if (!isVowel(ch) || !(isVowel(prev) || 'lrh'.includes(prev))) continue;
    if (isVowel(prev) && prev === ch) continue; // a long vowel is not a lost consonant (maa, puu)
    const t = `${stem.slice(0, p)}k${stem.slice(p)}`;
    if (isWord(t)) out.push(t);
  }
  // k ~ j: aja → aika, poja → poika, jälje → jälke-.
  const j = /^(.*?)([aeiouyäölrh])j([aeiouyäö])$/.exec(stem);
  if (j) {
    const head = j[1] as string;
    const before = j[2] as string;
    const t = isVowel(before) ? `${head}${before}ik${j[3]}` : `${head}${before}k${j[3]}`;
    if (isWord(t)) out.push(t);
  }
  return out;
}

/**
 * The k/∅ gradation cannot be undone by rule (tuen could be tue-n or tu(k)e-n): the weak keys of a few
 * frequent words are mapped to their strong keys. tuki/tuen/tuetaan, haku/haun, jako/jaon.
 */
const K_GRADATION: Record<string, string> = { tue: 'tuk', hau: 'haku', jao: 'jako' };

function stripClitic(w: string): string {
  for (const c of ['kaan', 'kään', 'kin']) {
    if (w.endsWith(c) && w.length - c.length >= 3 && hasVowel(w.slice(0, -c.length))) {
      return w.slice(0, -c.length);
    }
  }
  return w;
}

const CASE_BEFORE_POSSESSIVE =
  /(ssa|ssä|sta|stä|lla|llä|lta|ltä|na|nä|tta|ttä|ta|tä|lle|ine|kse|a|ä)(?:en|an|än)$/;

function stripPossessive(w: string): string {
  // Third person on a case ending doubles its vowel: alueellaan, toiminnassaan, yhteistyötään.
  const m = CASE_BEFORE_POSSESSIVE.exec(w);
  if (m && w.length - 2 >= 5) {
    const ending = m[1] as string;
    const vowelDoubled = ending.endsWith('e') ? w.endsWith('en') : w.endsWith(`${ending.slice(-1)}n`);
    // -kseen: a translative + possessive (omakseen) or the illative of an -s noun (rahoitukseen,
    // whose stem rahoitukse- takes other cases too).
    const sNoun =
      ending === 'kse' &&
      (finnishWordList().has(`${w.slice(0, -2)}ssa`) || finnishWordList().has(`${w.slice(0, -2)}ssä`));
    // -taan, -saan after a long vowel: the genitive of an -as/-es noun (rantaverstaan ← rantaverstas,
    // kirkkaan ← kirkas), not a partitive with a possessive, when the list knows that nominative.
    const asNoun = /([aeiouyäö])\1n$/.test(w) && isWordOrCompound(`${w.slice(0, -2)}s`);
    if (vowelDoubled && !sNoun && !asNoun) return w.slice(0, -2);
  }
  for (const p of ['nsa', 'nsä', 'mme']) {
    if (w.endsWith(p) && w.length - 3 >= 4 && isVowel(w[w.length - 4])) {
      return beforePossessive(w.slice(0, -3));
    }
  }
  // -ni, -si, -nne (mielestäni, kirjasi, tehtävänne) also end plain words (Kajaani, vuosi, kuusi):
  // stripped only when what remains is a word form and the whole is not a plain nominative.
  for (const p of ['nne', 'ni', 'si']) {
    if (!w.endsWith(p) || w.length - p.length < 4 || !isVowel(w[w.length - p.length - 1])) continue;
    const stem = w.slice(0, -p.length);
    const before = beforePossessive(stem);
    const words = finnishWordList();
    if (!words.has(before) && !words.has(stem)) continue;
    if (p === 'nne' ? words.has(`${w}tta`) || words.has(`${w}ttä`) : looksLikeNominative(w, stem, words))
      continue;
    return before;
  }
  return w;
}

/** A word of the list, or a compound whose parts are (rantaverstas = ranta + verstas). */
function isWordOrCompound(word: string): boolean {
  const words = finnishWordList();
  return words.has(word) || splitCompound(word, words).length > 0;
}

/**
 * What a possessive suffix replaced: a genitive -n after a consonant + e (lapseni ← lapsen,
 * tarpeidensa) and the -n of an illative after a long vowel (silmiini ← silmiin, hihaani ← hihaan).
 */
function beforePossessive(stem: string): string {
  const words = finnishWordList();
  const last = stem[stem.length - 1];
  const genitiveLike = /[^aeiouyäö]e$|[dt]e$|[ij]e$/.test(stem);
  const illativeLike = last !== undefined && stem[stem.length - 2] === last && isVowel(last);
  if (!genitiveLike && !illativeLike) return stem;
  // kielelle-ni is an allative, lapse-ni a genitive: the list tells which of the two is a word.
  if (words.size > 0 && words.has(stem) && !words.has(`${stem}n`)) return stem;
  return `${stem}n`;
}

/** Kajaani, vuosi, kuusi, uusi: a word ending in -ni/-si whose stem with it is the dictionary word. */
function looksLikeNominative(w: string, stem: string, words: WordList): boolean {
  // A plain noun has a genitive of its own (kajaanin, vuoden); a possessive form has none (kirjasin?).
  if (words.has(`${w}n`)) return true;
  if (w.endsWith('si') && words.has(`${w.slice(0, -2)}den`)) return true;
  return !words.has(stem) && !words.has(`${stem}n`) && words.has(w) && w.length <= 5;
}

/** A case-stripped stem and what the ending told about it. */
interface Stem {
  stem: string;
  /** The ending was a plural one: an o/ö before it may stand for a nominative a/ä (asioita ← asia). */
  plural?: boolean;
  /** The -si/-de- noun test must not look at this stem (the ending took a vowel: asia → asi-a). */
  noSi?: boolean;
  /** The stem is an e-noun's nominative or partitive (kohde, kohde-tta): its final e stays. */
  eNoun?: boolean;
}

interface CaseRule {
  suffix: string;
  /** Minimum length of what remains (default 3). */
  min?: number;
  /** Extra condition on what remains (and the whole word). */
  when?: (stem: string, word: string) => boolean;
  /** Replacement for the suffix (default ''). */
  to?: string;
  plural?: boolean;
  noSi?: boolean;
}

const endsVowel = (s: string) => isVowel(s[s.length - 1]);
/** Whether a vowel stem takes case endings: its genitive or inessive is a word form. */
const hasCaseForms = (s: string, word: string): boolean => {
  const words = finnishWordList();
  // A word the list does not know (a name, a new compound) gets the benefit of the doubt.
  if (words.size === 0 || !words.has(word)) return true;
  const back = /[aou]/.test(s);
  return (
    words.has(s) ||
    words.has(`${s}n`) ||
    words.has(`${s}${back ? 'ssa' : 'ssä'}`) ||
    words.has(`${s}${back ? 'a' : 'ä'}`)
  );
};
const endsConsonant = (s: string) => !endsVowel(s);
const LONG_VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö'];

const CASE_RULES: CaseRule[] = [
  // plural genitive
  { suffix: 'iden', min: 2, plural: true },
  { suffix: 'itten', min: 2, plural: true },
  { suffix: 'iten', min: 2, plural: true },
  { suffix: 'ien', min: 2 },
  { suffix: 'jen', when: endsVowel, plural: true },
  { suffix: 'ten', when: endsConsonant },
  // illative
  { suffix: 'seen', when: (s: string) => s.endsWith('e') },
  { suffix: 'siin', when: (s: string) => s.endsWith('i'), plural: true },
  ...LONG_VOWELS.map(
    (v): CaseRule => ({
      suffix: `h${v}n`,
      when: (s: string) => s.endsWith(v) || (s.endsWith('i') && v !== 'i'),
    }),
  ),
  // -VVn: illative (kuntaan) or genitive of a long-vowel stem (Joensuun): both keep the vowel.
  ...LONG_VOWELS.map((v): CaseRule => ({ suffix: `${v}${v}n`, to: `${v}${v}` })),
  // comitative
  { suffix: 'ine', when: endsVowel },
  // locative cases
  ...['ssa', 'ssä', 'sta', 'stä', 'ksi'].map((suffix): CaseRule => ({ suffix })),
  // translative before a possessive suffix (omakseen, tarpeekseen → omakse-, tarpeekse-)
  { suffix: 'kse', min: 2 },
  // (not the -lta, -lla of valta, kulta, tasavalta, silta, kalla: the stem must take other cases)
  ...['lla', 'llä', 'lta', 'ltä', 'lle'].map((suffix): CaseRule => ({ suffix, when: hasCaseForms })),
  { suffix: 'tse', min: 4, when: endsVowel },
  // essive (not the -na of omena, ihana: the essive's stem has a genitive of its own)
  { suffix: 'na', when: (s: string, w: string) => endsVowel(s) && hasCaseForms(s, w) },
  { suffix: 'nä', when: (s: string, w: string) => endsVowel(s) && hasCaseForms(s, w) },
  // abessive; partitive of -e stems (hanketta)
  { suffix: 'tta', when: endsVowel },
  { suffix: 'ttä', when: endsVowel },
  // partitive (not after n or l: kunta, toiminta, hinta, valta are nominatives)
  { suffix: 'ta', when: (s: string) => endsVowel(s) || /[^n]s$|r$/.test(s) },
  { suffix: 'tä', when: (s: string) => endsVowel(s) || /[^n]s$|r$/.test(s) },
  // plural partitive -ja after o, ö, e (taloja, järjestöjä, malleja); see stripEnding for u, y
  { suffix: 'ja', when: (s: string) => /[oeuy]$/.test(s), plural: true },
  { suffix: 'jä', when: (s: string) => /[öeuy]$/.test(s), plural: true },
  { suffix: 'a', noSi: true },
  { suffix: 'ä', noSi: true },
  // genitive / plural nominative
  { suffix: 'n', when: endsVowel },
  { suffix: 't', when: endsVowel },
  // adverbs from -inen adjectives: aktiivisesti
  { suffix: 'sti', when: (s: string) => s.endsWith('se') },
  // verb forms that would otherwise keep a noun-like ending (kehitetään, toteutettiin, kehitetty)
  ...[
    { suffix: 'taan', when: (s: string) => s.endsWith('e') },
    { suffix: 'tään', when: (s: string) => s.endsWith('e') },
    { suffix: 'ttiin', when: (s: string) => s.endsWith('e') },
    { suffix: 'tty', when: (s: string) => s.endsWith('e') },
    { suffix: 'ttu', when: (s: string) => s.endsWith('e') },
    { suffix: 'tyt', when: (s: string) => s.endsWith('e') },
    { suffix: 'tut', when: (s: string) => s.endsWith('e') },
    { suffix: 'ivat', min: 4, to: 'i' },
    { suffix: 'ivät', min: 4, to: 'i' },
    { suffix: 'nut', min: 4, when: endsVowel },
    { suffix: 'nyt', min: 4, when: endsVowel },
    { suffix: 'neet', min: 4, when: endsVowel },
    { suffix: 'en', min: 5, when: (s: string) => /[aä]$/.test(s) },
  ],
].sort((a, b) => b.suffix.length - a.suffix.length);

/** Case-stripped stems of a word: usually one, two when the ending is ambiguous. */
function stripEnding(w: string): Stem[] {
  // Nominative of the -nen class: ihminen, lähtöinen, Turunen (not pienen, the genitive of pieni).
  if (w.endsWith('nen') && w.length >= 6 && isVowel(w[w.length - 4]) && w[w.length - 4] !== 'e') {
    return [{ stem: `${w.slice(0, -3)}s` }];
  }
  // -in/-ime- nouns after a diphthong: avain/avaimen, eläin/eläimen, kerroin/kertoimen.
  if (/[aäoö]in$/.test(w) && w.length >= 5) return [{ stem: `${w.slice(0, -1)}me` }];
  // Caritive adjectives: työtön/työttömän (or the genitive of a -to noun: keiton).
  if (/[aeiouyäö]t[oö]n$/.test(w) && w.length >= 6) {
    const o = w[w.length - 2] as string;
    const stem = w.slice(0, -2);
    return [{ stem: `${stem}t${o}m${o === 'o' ? 'a' : 'ä'}` }, { stem }];
  }
  // A nominative in -a/-ä whose partitive and essive add to it (ihana/ihanaa/ihanana, paita,
  // tasavalta, omena): its -na, -ta, -lta are part of the word, not endings. (A case form plus a
  // vowel can be a verb, mahdollista/mahdollistaa, but has no essive.)
  const last = w[w.length - 1];
  if (
    (last === 'a' || last === 'ä') &&
    w.length >= 4 &&
    finnishWordList().has(`${w}${last}`) &&
    finnishWordList().has(`${w}n${last}`)
  ) {
    return [{ stem: w.slice(0, -1), noSi: true }];
  }
  // Illatives of -us/-ys nouns with a -ute- stem: yhteyteen, maatalouteen, terveyteen.
  const ute = /^(.+[aeiouyäö][uy])teen$/.exec(w);
  if (ute) return [{ stem: `${ute[1]}s` }];
  // mies/miehen/miehet: the -h- stem of -ies nouns (not the illative -hen of tie → tiehen).
  const ies = /^(.*[^aeiouyäö]?ie)h(e|i)(.*)$/.exec(w);
  if (ies && ies[1] !== undefined && ies[1].length >= 2 && finnishWordList().has(`${ies[1]}s`)) {
    return [{ stem: `${ies[1]}s` }];
  }
  // Nominatives of consonant stems: rikas/rikkaan, kuningas/kuninkaan, valmis/valmiin, kallis/kalliin.
  if (/[^aeiouyäö][aäi]s$/.test(w) && w.length >= 5) return [{ stem: w }, { stem: w.slice(0, -2) }];
  // A nominative in -en, -an whose genitive adds -en (jäsen/jäsenen, ahven, Theron/Theronin) is a
  // consonant stem, not a genitive.
  if (
    /[aeiouyäö][^aeiouyäö]*[aeo]n$/.test(w) &&
    w.length >= 5 &&
    finnishWordList().has(`${w}en`) &&
    (finnishWordList().has(`${w}essa`) || finnishWordList().has(`${w}essä`))
  ) {
    return [{ stem: w }];
  }
  // Illatives of -inen words: nykyisiin, mukaiseen (-siin, -seen would leave nykyi-, mukai-).
  const inen = /^(.{2,})is(?:iin|een)$/.exec(w);
  if (inen && finnishWordList().has(`${inen[1]}inen`)) return [{ stem: `${inen[1]}is` }];
  // -in nouns outside the nominative: eläinten, istuinten (eläimen, istuimen).
  if (/[aäoöuy]inten$/.test(w) && w.length >= 8) return [{ stem: `${w.slice(0, -4)}me` }];
  // Partitive of e-stem nouns after l, n, r: kieltä, mieltä, suolta, pientä (ablative of a vowel stem
  // otherwise: talolta, kunnalta).
  const partitive = /^(.+[lnr])t[aä]$/.exec(w);
  if (
    partitive &&
    (partitive[1] as string).length <= 5 &&
    finnishWordList().has(`${partitive[1]}i`) &&
    (finnishWordList().has(`${partitive[1]}essa`) || finnishWordList().has(`${partitive[1]}essä`))
  ) {
    const stem = `${partitive[1]}i`;
    const own = w.endsWith('ltä') || w.endsWith('lta') ? [{ stem: w.slice(0, -3) }] : [];
    return [{ stem }, ...own.filter((o) => o.stem.length >= 3 && hasVowel(o.stem))];
  }
  for (const rule of CASE_RULES) {
    if (!w.endsWith(rule.suffix)) continue;
    const stem = w.slice(0, w.length - rule.suffix.length);
    if (stem.length < (rule.min ?? 3) || !hasVowel(stem)) continue;
    if (rule.when && !rule.when(stem, w)) continue;
    const sfx = rule.suffix;
    if (sfx === 'sta' || sfx === 'stä') {
      // -usta/-ystä: partitive of an -us noun (rahoitusta), except after l, v or a long vowel where it
      // is the elative of a u-final noun (palvelusta, kasvusta, Joensuusta).
      if (/[^luvy][uy]$/.test(stem) && stem.length >= 4) {
        const words = finnishWordList();
        // kutsusta is kutsu's elative (kutsussa is a word too); tulosta is both tulo's and tulos'.
        const elative = words.has(`${stem}ssa`) || words.has(`${stem}ssä`);
        if (!elative) return [{ stem: `${stem}s` }];
        if (words.has(`${stem}s`)) return [{ stem }, { stem: `${stem}s` }];
      }
      // -ista/-istä: elative plural (kunnista) or partitive of an -inen adjective (sosiaalista, toista).
      if (stem.endsWith('i') && (stem.length >= 4 || isVowel(stem[stem.length - 2])))
        return [{ stem, plural: true }, { stem: `${stem}s` }];
      // Partitive of an -s word (miestä, kaunista) rather than an elative (talosta).
      if (finnishWordList().has(`${stem}s`)) {
        const words = finnishWordList();
        const elative = words.has(`${stem}ssa`) || words.has(`${stem}ssä`);
        return elative ? [{ stem }, { stem: `${stem}s` }] : [{ stem: `${stem}s` }];
      }
    }
    // -uutta/-yyttä/-eyttä: partitive of -us/-ys nouns with a -ut- stem (mahdollisuutta, yhteyttä).
    if ((sfx === 'tta' || sfx === 'ttä') && /[aeiouyäö][uy]$/.test(stem)) return [{ stem: `${stem}s` }];
    // -tta/-ttä after a short vowel stem: partitive of a -si noun (vuotta, uutta ← vuosi, uusi).
    if ((sfx === 'tta' || sfx === 'ttä') && stem.length <= 4 && !stem.endsWith('e'))
      return [{ stem: `${stem}si` }];
    // -uja/-yjä: plural partitive (palveluja) or an agent noun (osallistuja).
    if ((sfx === 'ja' || sfx === 'jä') && /[uy]$/.test(stem)) {
      return [
        { stem, plural: true },
        { stem: `${stem}j`, noSi: true },
      ];
    }
    // -ien after -Vs: the -si nouns (uusien, vuosien).
    if (sfx === 'ien' && /[aeouyäö]s$/.test(stem)) return [{ stem: `${stem}i` }];
    const out: Stem = { stem: stem + (rule.to ?? '') };
    if ((sfx === 'tta' || sfx === 'ttä') && /[^aeiouyäö]e$/.test(stem)) out.eNoun = true;
    if (rule.plural) out.plural = true;
    if (rule.noSi) out.noSi = true;
    return [out];
  }
  // A nominative ending in consonant + e is an e-noun's (hanke, kohde, tiede, kirje).
  return [/[^aeiouyäö]e$/.test(w) ? { stem: w, eNoun: true } : { stem: w }];
}

const ROUNDED = 'oöuy';

/** Vowel-stripped, class- and gradation-normalised keys of a case-stripped stem. */
function normaliseStem(c: Stem): string[] {
  let s = c.stem;
  // Verbal nouns: kehittäminen/kehittämisen/kehittämistä → the verb stem kehittä-.
  const verbal = /^(.{3,}[aeiuyä])mis(?:e|ee|i)?$/.exec(s);
  if (verbal) {
    s = verbal[1] as string;
    // A long vowel stays: osaaminen → "osaa", not "os" (osa), lisääminen → "lisää" (not lisä).
    if (s[s.length - 1] === s[s.length - 2]) return [gradation(s)];
  }
  // -si nouns have -de-/-t- stems: vuosi/vuoden/vuotta, uusi/uuden, käsi/käden.
  const siNoun = c.noSi ? /(?:uu|uo|au|ou|yy|yö|äy|öy)si$/.test(s) : /[aeouyäö]si$/.test(s);
  const keys = stripVowels(s, c.plural === true, c.eNoun === true && s === c.stem);
  return keys.map((k0) => {
    let k = k0;
    if (siNoun && k.endsWith('s')) k = `${k.slice(0, -1)}d`;
    // -s/-kse- nouns: rahoitus/rahoituksen, yhdistys/yhdistyksiä.
    if (/[aeiouyäö]ks$/.test(k)) k = `${k.slice(0, -2)}s`;
    // -us/-ude-/-ut- nouns: mahdollisuus/mahdollisuuden/mahdollisuutena, talous/talouden, yhteys/yhteyden
    // (not the verb stem toteut-).
    else if (/(?:[aeiouyäö][uy]d|uut|yyt)$/.test(k) && k.length >= 5) k = `${k.slice(0, -1)}s`;
    return gradation(k);
  });
}

const canStrip = (x: string) => x.length > 1 && isVowel(x[x.length - 1]) && hasVowel(x.slice(0, -1));

/**
 * Removes the stem's final vowels: a plural -i-, then any a/ä/e/i (they alternate within one word:
 * kunta/kunnissa, nuori/nuoret, hanke/hankkeet); a rounded final vowel stays (talo, järjestö,
 * palvelu) but a long one is shortened (Joensuu/Joensuun).
 */
function stripVowels(stem: string, pluralEnding: boolean, eNoun = false): string[] {
  let s = stem;
  let plural = pluralEnding;
  // e-stem nouns keep their e, so that kohde/kohteen stays apart from kohta/kohdan (and tiede from
  // tieto, kirje from kirja): hankkee-n, kohtee-ssa, kohtei-ta, kohde-tta, kohde. An i-noun's illative
  // looks the same (nuoreen ← nuori): it is the e-noun only when its inessive is a word too.
  if (/[^aeiouyäö]e[ei]?$/.test(s) && s.length >= 4) {
    const e = /[ei]$/.test(s) && s[s.length - 2] === 'e' ? s.slice(0, -1) : s;
    if (eNoun) return [e];
    const words = finnishWordList();
    if (words.size === 0 ? e !== s : words.has(`${e}essa`) || words.has(`${e}essä`)) {
      // suure-: the e-noun suure or the i-noun suuri (suuren, suurella): both keys.
      if (e !== s || !words.has(`${e.slice(0, -1)}i`)) return [e];
      return [e, ...stripVowels(e.slice(0, -1), pluralEnding)];
    }
  }
  // plural -i- after a stem vowel: hankkei-, taloi-, järjestöi-.
  if (s.length > 3 && s.endsWith('i') && isVowel(s[s.length - 2]) && hasVowel(s.slice(0, -2))) {
    s = s.slice(0, -1);
    plural = true;
  }
  const last = s[s.length - 1];
  if (last !== undefined && ROUNDED.includes(last)) {
    if (s[s.length - 2] === last && canStrip(s)) s = s.slice(0, -1);
    // a-stems take -o- in the plural (aikoja, toimintoja, asioita): also give the o-less key.
    // (ä only turns into ö after j: tekijä/tekijöitä, not järjestö/järjestöjä.)
    if (plural && (last === 'o' || s.endsWith('jö')) && canStrip(s)) {
      let t = s.slice(0, -1);
      while (canStrip(t) && 'aäei'.includes(t[t.length - 1] as string)) t = t.slice(0, -1);
      return [s, t];
    }
    return [s];
  }
  // An e after a vowel is kept (alue/alueen/alueita → "alue", apart from alku/alussa → "alu").
  if (s.endsWith('ee') && isVowel(s[s.length - 3])) s = s.slice(0, -1);
  while (canStrip(s) && 'aäei'.includes(s[s.length - 1] as string)) {
    if (s.endsWith('e') && isVowel(s[s.length - 2]) && s[s.length - 2] !== 'e') break;
    s = s.slice(0, -1);
  }
  return [s];
}

const GRADATION: [string, string][] = [
  ['nk', 'ng'],
  ['mp', 'mm'],
  ['nt', 'nn'],
  ['lt', 'll'],
  ['rt', 'rr'],
  ['ht', 'hd'],
  ['lp', 'lv'],
  ['rp', 'rv'],
];

/**
 * Maps the strong and weak grade of the stem's last consonant cluster to one form:
 * kunt/kunn → kunn, hankk/hank → hang, tavoitt/tavoit → tavoid, tarp/tarv → tarv.
 */
function gradation(stem: string): string {
  const m = /([^aeiouyäöå]+)([aeiouyäöå]*)$/.exec(stem);
  if (!m || m.index === 0) return stem;
  const head = stem.slice(0, m.index);
  const tail = m[2] as string;
  let cluster = m[1] as string;
  cluster = cluster.replace(/(kk|pp|tt)$/, (x) => x[0] as string);
  let mapped = false;
  for (const [from, to] of GRADATION) {
    if (cluster.endsWith(from)) {
      cluster = cluster.slice(0, -from.length) + to;
      mapped = true;
      break;
    }
  }
  if (!mapped && cluster.length === 1) {
    if (cluster === 't') cluster = 'd';
    else if (cluster === 'p') cluster = 'v';
    // kyky/kyvyn, luku/luvun
    else if (
      cluster === 'k' &&
      tail.startsWith(head[head.length - 1] ?? '-') &&
      'uy'.includes(tail[0] ?? '-')
    ) {
      cluster = 'v';
    }
  }
  return head + cluster + tail;
}
