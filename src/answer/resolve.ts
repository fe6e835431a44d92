/**
 * Entity resolution: which project a question is about (by code, name or part of it, a misspelt
 * name, the organisation or the contact person in either name order) and which places it names.
 * Never guesses silently: when several projects fit equally, all of them are returned as candidates.
 */
import type { ProjectRecord } from '../records/schema.ts';
import type { Catalog } from '../search/catalog.ts';
import type { Place } from '../search/gazetteer.ts';
import { tokenize } from '../search/terms.ts';
import { isQuestionWord } from './cues.ts';

const CODE_IN_TEXT = /\b([SA])\s?-?(\d{5})\b/gi;

export type Resolution =
  | { kind: 'none' }
  | { kind: 'one'; record: ProjectRecord; others: ProjectRecord[]; via: 'code' | 'name' }
  | { kind: 'ambiguous'; candidates: ProjectRecord[]; query: string }
  | { kind: 'unknown-code'; code: string; suggestions: ProjectRecord[] };

/** Project codes written in the text ("S21154", "s21154", "S 21154"), upper-cased. */
export function codesIn(text: string): string[] {
  return [...new Set([...text.matchAll(CODE_IN_TEXT)].map((m) => `${m[1]?.toUpperCase()}${m[2]}`))];
}

/** Tokens of the question that may name a project: no cue, generic or stop words, no code. */
export function contentTokens(text: string, catalog: Catalog): string[] {
  // "KANTO-hankkeen" names KANTO: a generic last part is dropped, so it cannot match every project.
  // Other hyphenated words stay whole: "Taimi-kehitysalusta" is not the project TAIMI.
  return tokenize(text.replace(CODE_IN_TEXT, ' '))
    .map((token) => {
      const parts = token.split(/[-–]/);
      return parts.length > 1 && isQuestionWord(parts.at(-1) as string)
        ? parts.slice(0, -1).join('-')
        : token;
    })
    .filter((token) => token.length > 0 && !isQuestionWord(token) && catalog.terms.terms(token).length > 0);
}

interface Candidate {
  record: ProjectRecord;
  score: number;
  /** Indexes of the content tokens that matched this project's identity fields. */
  matched: Set<number>;
  /** Matched tokens that are not place names (a place alone does not identify a project). */
  specific: number;
  /** The question names the project in full ("Datasta liiketoimintaa" over "TAITO - Datasta liiketoimintaa"). */
  full: boolean;
}

const IDENTITY_FIELDS = ['name', 'applicant', 'contact'] as const;
/** The best candidate wins outright only when it scores this much more than the next one. */
const CLEAR_LEAD = 1.6;

/**
 * Finds the project the question is about.
 *
 * @param places places already found in the question; a match on a place name alone does not count
 */
export function resolveProject(
  question: string,
  catalog: Catalog,
  places: readonly Place[] = [],
): Resolution {
  const codes = codesIn(question);
  if (codes.length) {
    const known = codes.map((code) => catalog.get(code)).filter((r): r is ProjectRecord => !!r);
    const [first, ...others] = known;
    if (first) return { kind: 'one', record: first, others, via: 'code' };
    return {
      kind: 'unknown-code',
      code: codes[0] as string,
      suggestions: catalog.suggest(codes[0] as string),
    };
  }
  const tokens = contentTokens(question, catalog);
  if (!tokens.length) return { kind: 'none' };
  const placeTerms = new Set(places.flatMap((place) => place.key.split(' ')));
  // A hyphenated word identifies by its whole form only: the part "Pihlaja" of "Pihlaja-toimintamalli"
  // is not the contact person Pihlaja.
  const tokenTerms = tokens.map((token) => {
    const terms = catalog.terms.terms(token);
    return token.includes('-') ? terms.filter((term) => term.includes('-')) : terms;
  });
  const isPlace = tokenTerms.map((terms) => terms.some((term) => placeTerms.has(term)));

  // Common words are left out of the query, except words written as names ("UUSI", "Silta").
  const named = nameWords(question);
  const words = tokens
    .map((token, index) => ({ token, terms: tokenTerms[index] ?? [] }))
    .filter((w) => w.terms.length);
  const queryWords = [
    ...words.filter((word) => named.has(word.token)),
    ...catalog.selective(words.filter((word) => !named.has(word.token))),
  ];
  if (!queryWords.length) return { kind: 'none' };
  // How a project matched is worked out for the 50 best only: the rest cannot become candidates.
  const { hits, matches } = catalog.identitySearch(
    queryWords,
    { fields: [...IDENTITY_FIELDS], boost: { name: 3, applicant: 1.5, contact: 2 } },
    50,
  );
  const leading = hits.map((hit) => ({ ...hit, ...matches.details(hit.doc) }));
  // How many projects each word matches exactly: a rare word (an acronym, a surname) identifies a
  // project on its own; a common one ("osallisuus") only together with others.
  const exactSets = leading.map((result) => exactTokens(result.terms, tokenTerms));
  // Document frequency over all fields: a verb found in a few names is still common in the texts.
  // The most frequent alternative counts: an unusual inflected form of a common word is not rare.
  const frequency = tokenTerms.map((terms) =>
    Math.max(0, ...terms.map((term) => catalog.documentFrequency(term))),
  );
  const rare = Math.max(3, catalog.records.length * 0.01);
  const candidates: Candidate[] = [];
  leading.forEach((result, position) => {
    const record = catalog.records[result.doc];
    if (!record) return;
    const exact = exactSets[position] as Set<number>;
    const matchedTerms = new Set(result.queryTerms);
    const matched = new Set<number>();
    tokenTerms.forEach((terms, index) => {
      if (terms.some((term) => matchedTerms.has(term))) matched.add(index);
    });
    const specificExact = [...exact].filter((index) => !isPlace[index]);
    // One rare word (an acronym, a surname) or two words identify a project; one common word
    // ("kehittäminen") does not.
    const identifies =
      specificExact.some((index) => (frequency[index] ?? 0) <= rare) ||
      specificExact.length >= 2 ||
      // A name and a place together ("Kolarin MAJAKKA") pick the project that has both.
      (specificExact.length >= 1 && exact.size >= 2) ||
      (specificExact.length >= 1 && namedInFull(record, tokens, tokenTerms, catalog));
    if (identifies) {
      const full = specificExact.length >= 1 && namedInFull(record, tokens, tokenTerms, catalog);
      candidates.push({ record, score: result.score, matched, specific: specificExact.length, full });
    }
  });
  if (!candidates.length) {
    // A word written as a name ("POLKU", "Silta") but common in the texts: the projects that carry it in
    // their name are meant. One is the answer; several are listed, never picked from.
    const inName = new Set<number>();
    tokens.forEach((token, index) => {
      if (!named.has(token) || isPlace[index]) return;
      for (const term of tokenTerms[index] ?? []) {
        if (!matches.expandedTerms.has(term)) continue;
        for (const doc of catalog.identity.documentsWith(term, 'name')) inName.add(doc);
      }
    });
    const positions = [...matches.docs.keys()].filter((i) => inName.has(matches.docs[i] as number));
    const records = catalog
      .rankIdentity(matches, positions)
      .map((hit) => catalog.records[hit.doc])
      .filter((r): r is ProjectRecord => !!r);
    if (records.length === 1)
      return { kind: 'one', record: records[0] as ProjectRecord, others: [], via: 'name' };
    if (records.length >= 2) {
      return { kind: 'ambiguous', candidates: records, query: tokens.filter((t) => named.has(t)).join(' ') };
    }
  }
  if (!candidates.length) return { kind: 'none' };
  // Prefer the projects that explain the most question words, then the best score.
  candidates.sort(
    (a, b) => Number(b.full) - Number(a.full) || b.matched.size - a.matched.size || b.score - a.score,
  );
  const [best, ...rest] = candidates as [Candidate, ...Candidate[]];
  const rivals = rest.filter(
    (candidate) =>
      candidate.full === best.full &&
      candidate.matched.size === best.matched.size &&
      candidate.score * CLEAR_LEAD > best.score,
  );
  if (rivals.length) {
    return { kind: 'ambiguous', candidates: [best, ...rivals].map((c) => c.record), query: tokens.join(' ') };
  }
  const others = rest.filter((c) => c.matched.size === best.matched.size).map((c) => c.record);
  return { kind: 'one', record: best.record, others: others.slice(0, 5), via: 'name' };
}

/** Indexes of the question words that one of the document's own terms matches exactly (not by typo or prefix). */
function exactTokens(
  documentTerms: readonly string[],
  tokenTerms: ReadonlyArray<readonly string[]>,
): Set<number> {
  const terms = new Set(documentTerms);
  const exact = new Set<number>();
  tokenTerms.forEach((alternatives, index) => {
    if (alternatives.some((term) => terms.has(term))) exact.add(index);
  });
  return exact;
}

/**
 * True when the question names the project in full: every word of its name (two or more) is matched
 * by a different question word ("Alajärven VALO"), not one word matching several ("POLKU - Kasvupolku").
 */
function namedInFull(
  record: ProjectRecord,
  tokens: readonly string[],
  tokenTerms: ReadonlyArray<readonly string[]>,
  catalog: Catalog,
): boolean {
  if (!record.name) return false;
  const nameTokens = tokenize(record.name).filter((token) => catalog.terms.terms(token).length);
  if (nameTokens.length < 2 || nameTokens.length > tokens.length) return false;
  const used = new Set<number>();
  return nameTokens.every((word) => {
    const wordTerms = new Set(catalog.terms.terms(word));
    const index = tokenTerms.findIndex(
      (terms, i) => !used.has(i) && terms.some((term) => wordTerms.has(term)),
    );
    if (index === -1) return false;
    used.add(index);
    return true;
  });
}

/** Words written as names in the question: all capitals ("POLKU"), or capitalised after the first word. */
function nameWords(question: string): Set<string> {
  const words = [...question.matchAll(/[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*/gu)].map((m) => m[0]);
  return new Set(
    words
      .filter((word, index) => /^\p{Lu}{3,}/u.test(word) || (index > 0 && /^\p{Lu}/u.test(word)))
      .map((word) => word.toLocaleLowerCase('fi').split(/[-–]/)[0] as string),
  );
}
