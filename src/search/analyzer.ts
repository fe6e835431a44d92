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
  /** Engine + dictionary version, e.g. 'voikko-4.3.1/fi-2.5/r1' or 'fallback-1'; goes into index cache keys. */
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
      const analysis = compute(word);
      if (analysis.lemmas.length === 0) analysis.lemmas = [word];
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
const VOIKKO_ADAPTER_REVISION = 'r1';

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
  const fromEnv = process.env.HANKEBOTTI_LIBVOIKKO?.trim();
  const names = [
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
  return fromEnv ? [fromEnv, ...names] : names;
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
    const valueOf = lib.func(
      'const wchar_t *voikko_mor_analysis_value_ucs4(void *analysis, const char *key)',
    );
    const getVersion = lib.func('const char *voikkoGetVersion()');
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
            baseform: valueOf(analysis, 'BASEFORM') as string | null,
            wordbases: valueOf(analysis, 'WORDBASES') as string | null,
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
interface Morpheme {
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
    for (const r of kept) for (const c of r.components) if (c.length > 1 && !lemmas.includes(c)) parts.push(c);
  }
  return { lemmas, parts: unique(parts) };
}

const WORD_CHARS = /[\p{L}]/u;

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
  if (word.length < 5 || !WORD_CHARS.test(word) || /\d/.test(word)) {
    return { lemmas: [word], parts: [], known: false };
  }
  const stems = fallback(word).lemmas;
  return { lemmas: unique([word, ...stems]), parts: [], known: false };
}

let sharedFallbackCompute: ((word: string) => WordAnalysis) | undefined;

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
  sharedFallbackCompute ??= fallbackCompute;
  const compute = analyzeWithVoikko(native, sharedFallbackCompute);
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
export const FALLBACK_VERSION = 'fallback-1';

/** The pure TypeScript analyser (no native code). */
export function fallbackAnalyzer(options: { cacheSize?: number } = {}): DetailedAnalyzer {
  return makeAnalyzer('fallback', FALLBACK_VERSION, fallbackCompute, options.cacheSize);
}

function fallbackCompute(word: string): WordAnalysis {
  return { lemmas: [word], parts: [] };
}
