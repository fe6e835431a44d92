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
export const FALLBACK_VERSION = 'fallback-2';

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
  return { lemmas: stemFinnish(pieces[0] as string), parts: [] };
}

/** Stem keys of one Finnish word (letters only): one key, or two when the ending is ambiguous. */
export function stemFinnish(word: string): string[] {
  if (word.length <= 2) return [word];
  let w = stripClitic(word);
  w = stripPossessive(w);
  const out: string[] = [];
  for (const c of stripEnding(w)) {
    for (const key of normaliseStem(c)) out.push(K_GRADATION[key] ?? key);
  }
  return unique(out);
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
  /(ssa|ssä|sta|stä|lla|llä|lta|ltä|na|nä|tta|ttä|ta|tä|lle|ine|a|ä)(?:en|an|än)$/;

function stripPossessive(w: string): string {
  // Third person on a case ending doubles its vowel: alueellaan, toiminnassaan, yhteistyötään.
  const m = CASE_BEFORE_POSSESSIVE.exec(w);
  if (m && w.length - 2 >= 5) {
    const ending = m[1] as string;
    const vowelDoubled = ending.endsWith('e') ? w.endsWith('en') : w.endsWith(`${ending.slice(-1)}n`);
    if (vowelDoubled) return w.slice(0, -2);
  }
  for (const p of ['nsa', 'nsä', 'mme']) {
    if (w.endsWith(p) && w.length - 3 >= 4 && isVowel(w[w.length - 4])) {
      const stem = w.slice(0, -3);
      // The suffix replaced a genitive -n: tarpeidensa, jäsentensä.
      return /(?:[dt]e|[ij]e)$/.test(stem) ? `${stem}n` : stem;
    }
  }
  return w;
}

/** A case-stripped stem and what the ending told about it. */
interface Stem {
  stem: string;
  /** The ending was a plural one: an o/ö before it may stand for a nominative a/ä (asioita ← asia). */
  plural?: boolean;
  /** The -si/-de- noun test must not look at this stem (the ending took a vowel: asia → asi-a). */
  noSi?: boolean;
}

interface CaseRule {
  suffix: string;
  /** Minimum length of what remains (default 3). */
  min?: number;
  /** Extra condition on what remains. */
  when?: (stem: string) => boolean;
  /** Replacement for the suffix (default ''). */
  to?: string;
  plural?: boolean;
  noSi?: boolean;
}

const endsVowel = (s: string) => isVowel(s[s.length - 1]);
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
  ...['ssa', 'ssä', 'sta', 'stä', 'lla', 'llä', 'lta', 'ltä', 'lle', 'ksi'].map(
    (suffix): CaseRule => ({ suffix }),
  ),
  { suffix: 'tse', when: endsVowel },
  // essive
  { suffix: 'na', when: endsVowel },
  { suffix: 'nä', when: endsVowel },
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
  for (const rule of CASE_RULES) {
    if (!w.endsWith(rule.suffix)) continue;
    const stem = w.slice(0, w.length - rule.suffix.length);
    if (stem.length < (rule.min ?? 3) || !hasVowel(stem)) continue;
    if (rule.when && !rule.when(stem)) continue;
    const sfx = rule.suffix;
    if (sfx === 'sta' || sfx === 'stä') {
      // -usta/-ystä: partitive of an -us noun (rahoitusta), except after l, v or a long vowel where it
      // is the elative of a u-final noun (palvelusta, kasvusta, Joensuusta).
      if (/[^luvy][uy]$/.test(stem) && stem.length >= 4) return [{ stem: `${stem}s` }];
      // -ista/-istä: elative plural (kunnista) or partitive of an -inen adjective (sosiaalista).
      if (stem.endsWith('i') && stem.length >= 4) return [{ stem, plural: true }, { stem: `${stem}s` }];
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
    if (rule.plural) out.plural = true;
    if (rule.noSi) out.noSi = true;
    return [out];
  }
  return [{ stem: w }];
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
  const keys = stripVowels(s, c.plural === true);
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
function stripVowels(stem: string, pluralEnding: boolean): string[] {
  let s = stem;
  let plural = pluralEnding;
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
