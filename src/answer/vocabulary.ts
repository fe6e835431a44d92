/**
 * The question vocabulary compiled once per analyser: every word of the field table and of the
 * question-word tables (`./fields.ts`, `./words.ts`) as analysed keys, matched against a question's
 * words. Finnish words meet through the analyser's base forms (so "yhteyshenkilön" meets
 * "yhteyshenkilö") and through compound parts written into one word ("sähköpostiosoitteen" begins
 * with "sähköposti"); English words through a light suffix folding ("started" meets "start").
 * Phrases ("business id", "kuinka monta") match consecutive words.
 */
import type { TermProcessor } from '../search/terms.ts';
import { tokenize } from '../search/terms.ts';
import { FIELD_TABLE, GROUP_TABLE, type Words } from './fields.ts';
import {
  AMOUNT_WORDS,
  BREAKDOWN_WORDS,
  DATE_WORDS,
  FUNCTION_WORDS,
  FUND_WORDS,
  GENERIC_HEADS,
  OPERATION_WORDS,
  REFERENCE_WORDS,
  STATUS_WORDS,
} from './words.ts';

/** What a vocabulary word stands for. */
export type Sense =
  | { kind: 'group'; id: string; weight: number }
  | { kind: 'field'; id: string; weight: number }
  | { kind: 'qualifier'; id: string }
  | { kind: 'operation'; id: string }
  | { kind: 'breakdown'; id: string }
  | { kind: 'status'; id: string }
  | { kind: 'fund'; id: string }
  | { kind: 'date'; id: string }
  | { kind: 'amount'; id: 'amount' }
  | { kind: 'reference'; id: 'reference' }
  | { kind: 'function'; id: 'function' };

/** Senses compete within their family: a word is read as one field word, but may also be an operation. */
export type Family =
  | 'field'
  | 'qualifier'
  | 'operation'
  | 'breakdown'
  | 'filter'
  | 'amount'
  | 'reference'
  | 'function';

const FAMILY: Record<Sense['kind'], Family> = {
  group: 'field',
  field: 'field',
  qualifier: 'qualifier',
  operation: 'operation',
  breakdown: 'breakdown',
  status: 'filter',
  fund: 'filter',
  date: 'filter',
  amount: 'amount',
  reference: 'reference',
  function: 'function',
};

interface Entry {
  lang: 'fi' | 'en';
  /** Per word of the phrase, its keys. */
  keys: ReadonlyArray<ReadonlySet<string>>;
  /** The word as written (one-word Finnish entries), for compound matching. */
  surface: string | null;
  /** The phrase's words as written: a word typed exactly so reads more surely than a folded one. */
  words: readonly string[];
  /** Matches only as written ("=toiminnassa"). */
  verbatim?: boolean;
  sense: Sense;
}

/** A question word as the vocabulary sees it. */
export interface VocabularyToken {
  token: string;
  fiKeys: ReadonlySet<string>;
  enKeys: ReadonlySet<string>;
}

export interface VocabularyMatch {
  start: number;
  /** Exclusive. */
  end: number;
  sense: Sense;
  family: Family;
  /** How much of the words the entry explains: exact phrase > exact word > compound part. */
  strength: number;
}

/** English suffix folding: enough to meet "started", "targets", "companies" with their table words. */
export function englishKeys(word: string): Set<string> {
  const keys = new Set([word]);
  const base = word.replace(/['’]s$/, '');
  keys.add(base);
  if (base.length > 4 && base.endsWith('ies')) keys.add(`${base.slice(0, -3)}y`);
  if (base.length > 3 && base.endsWith('s') && !base.endsWith('ss')) keys.add(base.slice(0, -1));
  if (base.length > 5 && base.endsWith('ing')) keys.add(base.slice(0, -3));
  if (base.length > 4 && base.endsWith('ed')) {
    keys.add(base.slice(0, -2));
    keys.add(base.slice(0, -1));
  }
  return keys;
}

export function finnishKeys(word: string, terms: TermProcessor): Set<string> {
  return new Set([word, ...terms.lemmas(word)]);
}

export class Vocabulary {
  private readonly entries: Entry[] = [];
  /** Entries by the first word's keys, per language. */
  private readonly byKey = { fi: new Map<string, Entry[]>(), en: new Map<string, Entry[]>() };
  /** One-word Finnish entries long enough to be a compound's part. */
  private readonly parts: Entry[] = [];
  /** Superlatives by their stem ("pienin" → pieni-: pienimmän, pienimpiä). */
  private readonly superlatives: { stem: string; entry: Entry }[] = [];
  /** Verbs by their stem, which their participles keep ("hallinnoida" → hallinnoinut, hallinnoimat). */
  private readonly stems: { stem: string; entry: Entry }[] = [];
  /** The keys of the heads after which a compound still asks for its first part. */
  private readonly genericHeads: Set<string>;

  constructor(private readonly terms: TermProcessor) {
    this.genericHeads = new Set(GENERIC_HEADS.flatMap((word) => [...finnishKeys(word, terms)]));
    const add = (words: Words | undefined, sense: Sense) => {
      if (!words) return;
      for (const lang of ['fi', 'en'] as const) {
        for (const phrase of words[lang]) this.addEntry(lang, phrase, sense);
      }
    };
    for (const group of GROUP_TABLE) {
      add(group.words, { kind: 'group', id: group.id, weight: 1 });
      add(group.weak, { kind: 'group', id: group.id, weight: 0.4 });
    }
    for (const field of FIELD_TABLE) {
      add(field.words, { kind: 'field', id: field.id, weight: 1 });
      add(field.weak, { kind: 'field', id: field.id, weight: 0.4 });
      add(field.qualifiers, { kind: 'qualifier', id: field.id });
    }
    for (const [id, words] of Object.entries(OPERATION_WORDS)) add(words, { kind: 'operation', id });
    for (const [id, words] of Object.entries(BREAKDOWN_WORDS)) add(words, { kind: 'breakdown', id });
    for (const [id, words] of Object.entries(STATUS_WORDS)) add(words, { kind: 'status', id });
    for (const [id, words] of Object.entries(FUND_WORDS)) add(words, { kind: 'fund', id });
    for (const [id, words] of Object.entries(DATE_WORDS)) add(words, { kind: 'date', id });
    add(AMOUNT_WORDS, { kind: 'amount', id: 'amount' });
    add(REFERENCE_WORDS, { kind: 'reference', id: 'reference' });
    add(FUNCTION_WORDS, { kind: 'function', id: 'function' });
  }

  private addEntry(lang: 'fi' | 'en', phrase: string, sense: Sense): void {
    if (phrase.startsWith('>')) {
      // A superlative ("pienin", "pisin") by its own endings: its base form (pieni) means something else.
      const word = phrase.slice(1);
      this.superlatives.push({
        stem: word.slice(0, -1),
        entry: { lang, keys: [new Set([word])], surface: null, words: [word], sense },
      });
      return;
    }
    // Short closed-class words ("se", "ne", "sen") match only as written: their base forms meet
    // names ("Silta", "Niina") under the built-in stemmer. (The tables mark inflected pronouns
    // "=missä", "=kenelle" so: by base form they would be every "mikä", every "kuka".)
    const closedClass = (sense.kind === 'function' || sense.kind === 'reference') && phrase.length < 5;
    const verbatim = phrase.startsWith('=') || closedClass;
    const text = phrase.startsWith('=') ? phrase.slice(1) : phrase;
    const words = text.includes(' ') ? tokenize(text) : [text.toLocaleLowerCase('fi')];
    if (!words.length) return;
    const keys = words.map((word) =>
      // English table words are matched as written; the question's words are folded to meet them.
      verbatim || lang === 'en' ? new Set([word]) : finnishKeys(word, this.terms),
    );
    const surface = lang === 'fi' && words.length === 1 && !verbatim ? (words[0] as string) : null;
    const entry: Entry = { lang, keys, surface, words, sense, verbatim };
    this.entries.push(entry);
    const index = this.byKey[lang];
    for (const key of keys[0] as Set<string>) {
      const listed = index.get(key);
      if (listed) listed.push(entry);
      else index.set(key, [entry]);
    }
    if (
      surface &&
      surface.length >= 5 &&
      (sense.kind === 'field' || sense.kind === 'group' || sense.kind === 'qualifier')
    ) {
      this.parts.push(entry);
      const stem = verbStem(surface);
      if (stem) this.stems.push({ stem, entry });
    }
  }

  /** True when what follows a compound's first part (past a linking -n or -s) is a generic head. */
  private genericRest(form: string, part: string): boolean {
    const rest = form.slice(part.length);
    const heads = /^[ns]./.test(rest) ? [rest, rest.slice(1)] : [rest];
    return heads.some(
      (head) =>
        head.length >= 4 && [...finnishKeys(head, this.terms)].some((key) => this.genericHeads.has(key)),
    );
  }

  /** Whether the word is one of the table's words in each language (as the vocabulary matches it). */
  languagesOf(token: VocabularyToken): { fi: boolean; en: boolean } {
    const known = (lang: 'fi' | 'en', keys: ReadonlySet<string>) =>
      [...keys].some((key) => this.byKey[lang].has(key));
    return { fi: known('fi', token.fiKeys), en: known('en', token.enKeys) };
  }

  /** The keys a question word is matched on. */
  token(token: string): VocabularyToken {
    return { token, fiKeys: finnishKeys(token, this.terms), enKeys: englishKeys(token) };
  }

  /**
   * Every sense the words carry. Within a family, a word keeps only its strongest reading: a phrase
   * over its single words, an exact word over a compound part, a longer part over a shorter one.
   */
  match(tokens: readonly VocabularyToken[]): VocabularyMatch[] {
    const found: VocabularyMatch[] = [];
    tokens.forEach((token, start) => {
      for (const lang of ['fi', 'en'] as const) {
        const keys = lang === 'fi' ? token.fiKeys : token.enKeys;
        const seen = new Set<Entry>();
        for (const key of keys) {
          for (const entry of this.byKey[lang].get(key) ?? []) {
            if (seen.has(entry)) continue;
            seen.add(entry);
            const end = start + entry.keys.length;
            if (end > tokens.length) continue;
            let fits = true;
            for (let i = 1; i < entry.keys.length && fits; i++) {
              const next = tokens[start + i] as VocabularyToken;
              const nextKeys = lang === 'fi' ? next.fiKeys : next.enKeys;
              fits = [...nextKeys].some((k) => (entry.keys[i] as Set<string>).has(k));
            }
            if (!fits) continue;
            const verbatim = entry.words.every((word, i) => tokens[start + i]?.token === word);
            if (entry.verbatim && !verbatim) continue;
            found.push({
              start,
              end,
              sense: entry.sense,
              family: FAMILY[entry.sense.kind],
              strength: 1000 * entry.keys.length + (verbatim ? 1 : 0),
            });
          }
        }
      }
      // Compound parts: a field word at the end of a longer word (its head), or at the start when the
      // head is a generic one ("rahoitustiedot"). A hyphenated word is a name ("Pilke-sparrausmalli"),
      // not a compound asking for a field.
      const forms = token.token.includes('-') ? [] : [token.token, ...token.fiKeys];
      for (const entry of this.parts) {
        const part = entry.surface as string;
        const length = part.length;
        const long = (form: string) => form.length >= length + 3;
        // The head as written or by its keys: a built-in stem drops the vowel ("-organisaati").
        const heads = [part, ...[...(entry.keys[0] ?? [])].filter((key) => key.length >= 5)];
        const head = forms.some((form) => long(form) && heads.some((h) => form.endsWith(h)));
        if (
          head ||
          forms.some((form) => long(form) && form.startsWith(part) && this.genericRest(form, part))
        ) {
          found.push({
            start,
            end: start + 1,
            sense: entry.sense,
            family: FAMILY[entry.sense.kind],
            // The head decides what a compound is: "yhteyshenkilönpuhelin" is a phone number.
            strength: length + (head ? 100 : 0),
          });
        }
      }
      for (const { stem, entry } of this.superlatives) {
        if (token.token.startsWith(stem) && SUPERLATIVE_ENDINGS.has(token.token.slice(stem.length))) {
          found.push({
            start,
            end: start + 1,
            sense: entry.sense,
            family: FAMILY[entry.sense.kind],
            strength: 1000,
          });
        }
      }
      for (const { stem, entry } of this.stems) {
        if (forms.some((form) => form.length > stem.length && form.startsWith(stem))) {
          found.push({
            start,
            end: start + 1,
            sense: entry.sense,
            family: FAMILY[entry.sense.kind],
            strength: stem.length,
          });
        }
      }
    });
    return strongest(found);
  }
}

/** The endings of a superlative after its stem ("pieni" + n, mmän, mpiä …). */
const SUPERLATIVE_ENDINGS = new Set(
  'n ntä ntä nta mman mmän mmat mmät mmalla mmällä mmalle mmälle mmasta mmästä mmaksi mmäksi mpi mpaa mpää mpaan mpään mpana mpänä mpia mpiä mpien mmissa mmissä mmista mmistä mmille'.split(
    ' ',
  ),
);

/**
 * The stem a Finnish verb keeps in its participles and other forms: "hallinnoida" → "hallinnoi",
 * "toteuttaa" → "toteutta", "päättyä" → "päätty". Null when the word is no verb of these types or the
 * stem is too short to be told from other words.
 */
export function verbStem(word: string): string | null {
  let stem: string | null = null;
  if (/[oöuyie]d[aä]$/.test(word)) stem = word.slice(0, -2);
  else if (/[aeiouyäö][aä]$/.test(word)) stem = word.slice(0, -1);
  return stem && stem.length >= 5 ? stem : null;
}

/** Keeps, per word and family, the matches of the greatest strength (phrases claim all their words). */
function strongest(matches: VocabularyMatch[]): VocabularyMatch[] {
  const best = new Map<string, number>();
  for (const match of matches) {
    for (let i = match.start; i < match.end; i++) {
      const key = `${i}|${match.family}`;
      best.set(key, Math.max(best.get(key) ?? 0, match.strength));
    }
  }
  return matches.filter((match) => {
    for (let i = match.start; i < match.end; i++) {
      if ((best.get(`${i}|${match.family}`) ?? 0) > match.strength) return false;
    }
    return true;
  });
}

const compiled = new WeakMap<TermProcessor, Vocabulary>();

/** The vocabulary for an analyser, compiled on first use. */
export function vocabularyFor(terms: TermProcessor): Vocabulary {
  let vocabulary = compiled.get(terms);
  if (!vocabulary) {
    vocabulary = new Vocabulary(terms);
    compiled.set(terms, vocabulary);
  }
  return vocabulary;
}
