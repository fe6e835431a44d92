/**
 * Term analysis for Finnish (and the odd English word): the tokenizer and the term processor that
 * the index and the queries share.
 *
 * - Project codes ("S21154"), hyphenated names ("Pohjois-Karjala") and numbers stay whole, and the
 *   parts of a hyphenated word are indexed too.
 * - Lower-casing keeps å, ä and ö: folding them would merge different words (tuli / tüli, määrä / maara).
 * - Inflected forms are reduced to base forms by the analyzer (Voikko when installed, the built-in
 *   suffix stripper otherwise). Both are asked, so a name Voikko does not know still meets its
 *   inflected forms through the stripper.
 */
import { type Analyzer, type DetailedAnalyzer, fallbackAnalyzer } from './analyzer.ts';
import { ENGLISH_TO_FINNISH } from './glossary.ts';

/** Bumped whenever tokenization or term processing changes, so cached indexes are rebuilt. */
export const TERMS_VERSION = 5;

/**
 * A token is a run of letters and digits, possibly joined by an apostrophe, colon, full stop or
 * hyphen to further runs ("thl:n", "Pohjois-Karjala", "1.2"). The definition, kept for reference:
 * `/[\p{L}\p{N}]+(?:['’:.\-–][\p{L}\p{N}]+)*\/gu`. `tokenize` scans by hand instead, because the
 * regular expression was most of the time spent finding answer sentences.
 */
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** Per BMP character: 0 not yet known, 1 a letter or digit, 2 anything else (filled on first sight). */
const CHARACTER_CLASS = new Uint8Array(0x10000);

function isWordChar(code: number): boolean {
  if (code > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(code));
  let known = CHARACTER_CLASS[code] as number;
  if (known === 0) {
    known = LETTER_OR_NUMBER.test(String.fromCharCode(code)) ? 1 : 2;
    CHARACTER_CLASS[code] = known;
  }
  return known === 1;
}

/** Apostrophes, colon, full stop, hyphen and en dash. */
function isJoiner(code: number): boolean {
  return (
    code === 0x2d || code === 0x2e || code === 0x3a || code === 0x27 || code === 0x2019 || code === 0x2013
  );
}

/** The tokens of lower-cased text, by the definition above. */
function scanTokens(text: string): string[] {
  const tokens: string[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    let code = text.codePointAt(i) as number;
    if (!isWordChar(code)) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    for (;;) {
      // A run of letters and digits.
      while (i < length) {
        code = text.codePointAt(i) as number;
        if (!isWordChar(code)) break;
        i += code > 0xffff ? 2 : 1;
      }
      // A joiner continues the token only when a letter or digit follows it.
      if (i + 1 < length && isJoiner(text.charCodeAt(i)) && isWordChar(text.codePointAt(i + 1) as number)) {
        i += 1;
        continue;
      }
      break;
    }
    tokens.push(text.slice(start, i));
  }
  return tokens;
}

const CODE = /^[sa]\d{5}$/;
const NUMBER_GROUPS = /\b(\d{1,3})((?:[ \u00a0\u202f]\d{3})+)\b/g;

/** Words too common to tell documents apart, Finnish and English. */
export const STOPWORDS = new Set(
  (
    'ja tai sekä eli että on ovat oli olivat ollut olla ei en et emme ette eivät se ne sen niiden jo myös kun kuin mutta ' +
    'joka jotka jonka joita jossa joiden mikä mitkä mitä mille missä mistä mihin kuka ketkä kenen kenelle keille ' +
    'hän he me te minä sinä tämä nämä tuo nuo siis vain voi sitä sille siitä siihen niin nyt myös mukaan kanssa ' +
    'the a an and or of to in on for by with at from is are was were be been it its this that these those as ' +
    'what which who whom whose how do does did has have had about into than then there their'
  ).split(/\s+/),
);

/** Splits text into surface tokens, lower-cased the Finnish way; "1 319 685" becomes "1319685". */
export function tokenize(text: string): string[] {
  const joined = text.replace(
    NUMBER_GROUPS,
    (_match, head: string, rest: string) => head + rest.replace(/\D/g, ''),
  );
  return scanTokens(joined.toLocaleLowerCase('fi'));
}

/**
 * The tokens of `tokenize` with each one's spelling as written, for readers that care about capitals
 * ("POLKU", "Silta" written as names). Lower-casing keeps lengths in Finnish and English text; where
 * it would not, the written forms fall back to the lower-cased ones.
 */
export function tokenizeWritten(text: string): { token: string; written: string }[] {
  const joined = text.replace(
    NUMBER_GROUPS,
    (_match, head: string, rest: string) => head + rest.replace(/\D/g, ''),
  );
  const lower = joined.toLocaleLowerCase('fi');
  const tokens = scanTokens(lower);
  if (lower.length !== joined.length) return tokens.map((token) => ({ token, written: token }));
  const written = scanTokens(joined);
  return tokens.map((token, i) => ({
    token,
    written: written[i]?.toLocaleLowerCase('fi') === token ? (written[i] as string) : token,
  }));
}

/**
 * Term processing shared by indexing and querying, memoised because the same words recur across
 * tens of thousands of documents.
 */
export class TermProcessor {
  private readonly cache = new Map<string, readonly string[]>();
  private readonly textCache = new Map<string, readonly string[]>();
  private readonly fallback: Analyzer;

  constructor(readonly analyzer: Analyzer) {
    this.fallback = analyzer.name === 'fallback' ? analyzer : fallbackAnalyzer();
  }

  /** Cache key part: what makes the index's terms what they are. */
  get version(): string {
    return `terms-${TERMS_VERSION}/${this.analyzer.version}/${this.fallback.version}`;
  }

  /** The index terms of one token (empty for stopwords). */
  terms(token: string): readonly string[] {
    let terms = this.cache.get(token);
    if (!terms) {
      terms = this.compute(token);
      if (this.cache.size > 200_000) this.cache.clear();
      this.cache.set(token, terms);
    }
    return terms;
  }

  /**
   * The terms a long text field is indexed under: the analyser's base forms only. Texts hold most of
   * the index, and a query word brings all its alternatives anyway, so the extra keys (the word as
   * written, the built-in stemmer's key for a word Voikko knows) would only cost memory and time.
   */
  textTerms(token: string): readonly string[] {
    let terms = this.textCache.get(token);
    if (!terms) {
      terms = this.computeText(token);
      if (this.textCache.size > 200_000) this.textCache.clear();
      this.textCache.set(token, terms);
    }
    return terms;
  }

  private computeText(token: string): readonly string[] {
    if (CODE.test(token) || /^\d/.test(token) || /['’.\-–:]/.test(token)) return this.terms(token);
    if (STOPWORDS.has(token) || token.length < 2) return [];
    const detailed = this.analyzer as Partial<DetailedAnalyzer>;
    if (this.fallback !== this.analyzer && detailed.analyze) {
      const analysis = detailed.analyze(token);
      if (analysis.known) return [...new Set([...analysis.lemmas, ...analysis.parts])];
    }
    return this.forms(token);
  }

  /**
   * The base forms of a word itself, from both analyzers, without the parts of a compound: what a
   * fixed vocabulary (the question words of the answer layer) is matched on, so "hankekoodi" does
   * not stand for every word with "hanke" in it.
   */
  lemmas(word: string): string[] {
    if (word.length < 2 || /^\d/.test(word)) return [word];
    const own = (analyzer: Analyzer) => {
      const detailed = analyzer as Partial<DetailedAnalyzer>;
      return detailed.analyze ? detailed.analyze(word).lemmas : analyzer.baseForms(word);
    };
    const forms = new Set<string>(own(this.analyzer));
    if (this.fallback !== this.analyzer) for (const form of own(this.fallback)) forms.add(form);
    return [...forms];
  }

  /** The base forms of one plain word, from both analyzers. */
  forms(word: string): string[] {
    if (word.length < 2 || /^\d/.test(word)) return [word];
    const forms = new Set<string>(this.analyzer.baseForms(word));
    if (this.fallback !== this.analyzer) for (const form of this.fallback.baseForms(word)) forms.add(form);
    return [...forms];
  }

  private compute(token: string): readonly string[] {
    if (CODE.test(token) || /^\d/.test(token)) return [token];
    // "thl:n", "kanto:n": the colon marks an inflected abbreviation.
    const colon = token.indexOf(':');
    if (colon > 0) return this.compute(token.slice(0, colon));
    if (STOPWORDS.has(token)) return [];
    if (/['’.\-–]/.test(token)) {
      const whole = token.replace(/–/g, '-');
      const parts = whole.split(/['’.-]/).filter((part) => part.length > 1 && !STOPWORDS.has(part));
      const terms = new Set<string>([whole, ...this.forms(whole)]);
      for (const part of parts) for (const form of this.forms(part)) terms.add(form);
      return [...terms];
    }
    // The word as written is indexed too, so a half-typed word still meets it by prefix
    // ("porukal" → porukalla, whose stem "poruk" is shorter than what was typed).
    const forms = this.forms(token);
    return forms.includes(token) ? forms : [...forms, token];
  }

  /**
   * Tokens and their terms, for a query: stopwords dropped, each word keeping its alternatives
   * together. An English word also brings its Finnish equivalents, since the documents are Finnish.
   */
  queryWords(text: string): { token: string; terms: readonly string[] }[] {
    return tokenize(text)
      .map((token) => {
        const finnish = finnishFor(token);
        const terms = finnish
          ? [...new Set([...this.terms(token), ...finnish.flatMap((word) => this.terms(word))])]
          : this.terms(token);
        return { token, terms };
      })
      .filter((word) => word.terms.length > 0);
  }

  /**
   * A question word's own base forms, without the parts of a compound, an English word bringing its
   * Finnish equivalents' own forms: what a text must hold to speak of that very thing ("henkilöstömäärä"
   * is not "määrä").
   */
  wholeTerms(token: string): string[] {
    const words = [token, ...(finnishFor(token) ?? [])];
    return [...new Set(words.flatMap((word) => [word, ...this.lemmas(word)]))];
  }
}

/** The glossary's Finnish words for an English word; a plural meets its singular ("volunteers"). */
function finnishFor(token: string): readonly string[] | undefined {
  const singular = token.endsWith('ies') ? `${token.slice(0, -3)}y` : token.replace(/s$/, '');
  return ENGLISH_TO_FINNISH[token] ?? (singular.length > 2 ? ENGLISH_TO_FINNISH[singular] : undefined);
}
