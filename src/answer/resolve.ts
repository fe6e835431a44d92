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
  // "KANTO-hankkeen": the parts count separately, so the generic part cannot match every project.
  return tokenize(text.replace(CODE_IN_TEXT, ' '))
    .flatMap((token) => (/[-–]/.test(token) && !/^\d/.test(token) ? token.split(/[-–]/) : [token]))
    .filter((token) => token.length > 0 && !isQuestionWord(token) && catalog.terms.terms(token).length > 0);
}

interface Candidate {
  record: ProjectRecord;
  score: number;
  /** Indexes of the content tokens that matched this project's identity fields. */
  matched: Set<number>;
  /** Matched tokens that are not place names (a place alone does not identify a project). */
  specific: number;
}

const IDENTITY_FIELDS = ['name', 'applicant', 'contact'] as const;
/** The best candidate wins outright only when it scores this much more than the next one. */
const CLEAR_LEAD = 1.6;

/**
 * Finds the project the question is about.
 *
 * @param places places already found in the question; a match on a place name alone does not count
 */
export function resolveProject(question: string, catalog: Catalog, places: readonly Place[] = []): Resolution {
  const codes = codesIn(question);
  if (codes.length) {
    const known = codes.map((code) => catalog.get(code)).filter((r): r is ProjectRecord => !!r);
    const [first, ...others] = known;
    if (first) return { kind: 'one', record: first, others, via: 'code' };
    return { kind: 'unknown-code', code: codes[0] as string, suggestions: catalog.suggest(codes[0] as string) };
  }
  const tokens = contentTokens(question, catalog);
  if (!tokens.length) return { kind: 'none' };
  const placeTerms = new Set(places.flatMap((place) => place.key.split(' ')));
  const tokenTerms = tokens.map((token) => catalog.terms.terms(token));
  const isPlace = tokenTerms.map((terms) => terms.some((term) => placeTerms.has(term)));

  const query = catalog.termQuery(tokens.join(' '), 'OR');
  if (!query) return { kind: 'none' };
  const results = catalog.index.search(query, {
    fields: [...IDENTITY_FIELDS],
    boost: { name: 3, applicant: 1.5, contact: 2 },
  });
  // How many projects each word matches exactly: a rare word (an acronym, a surname) identifies a
  // project on its own; a common one ("osallisuus") only together with others.
  const exactSets = results.map((result) => exactTokens(result.terms, tokenTerms));
  const frequency = tokens.map((_, index) => exactSets.filter((set) => set.has(index)).length);
  const rare = Math.max(3, catalog.records.length * 0.02);
  const candidates: Candidate[] = [];
  results.slice(0, 50).forEach((result, position) => {
    const record = catalog.get(result.id as string);
    if (!record) return;
    const exact = exactSets[position] as Set<number>;
    const matchedTerms = new Set(result.queryTerms);
    const matched = new Set<number>();
    tokenTerms.forEach((terms, index) => {
      if (terms.some((term) => matchedTerms.has(term))) matched.add(index);
    });
    const specificExact = [...exact].filter((index) => !isPlace[index]);
    const identifies =
      specificExact.some((index) => (frequency[index] ?? 0) <= rare) ||
      specificExact.length >= 2 ||
      (specificExact.length >= 1 && nameCoverage(record, tokens, catalog) >= 0.5) ||
      (exact.size > 0 && nameCoverage(record, tokens, catalog) === 1);
    if (identifies) {
      candidates.push({ record, score: result.score, matched, specific: specificExact.length });
    }
  });
  if (!candidates.length) return { kind: 'none' };
  // Prefer the projects that explain the most question words, then the best score.
  candidates.sort((a, b) => b.matched.size - a.matched.size || b.score - a.score);
  const [best, ...rest] = candidates as [Candidate, ...Candidate[]];
  const rivals = rest.filter(
    (candidate) => candidate.matched.size === best.matched.size && candidate.score * CLEAR_LEAD > best.score,
  );
  if (rivals.length) {
    return { kind: 'ambiguous', candidates: [best, ...rivals].map((c) => c.record), query: tokens.join(' ') };
  }
  const others = rest.filter((c) => c.matched.size === best.matched.size).map((c) => c.record);
  return { kind: 'one', record: best.record, others: others.slice(0, 5), via: 'name' };
}

/** Indexes of the question words that one of the document's own terms matches exactly (not by typo or prefix). */
function exactTokens(documentTerms: readonly string[], tokenTerms: ReadonlyArray<readonly string[]>): Set<number> {
  const terms = new Set(documentTerms);
  const exact = new Set<number>();
  tokenTerms.forEach((alternatives, index) => {
    if (alternatives.some((term) => terms.has(term))) exact.add(index);
  });
  return exact;
}

/** The share of the project name's words that stand in the question (in any inflected form). */
function nameCoverage(record: ProjectRecord, tokens: readonly string[], catalog: Catalog): number {
  if (!record.name) return 0;
  const questionTerms = new Set(tokens.flatMap((token) => catalog.terms.terms(token)));
  const nameWords = tokenize(record.name).filter((token) => catalog.terms.terms(token).length);
  if (!nameWords.length) return 0;
  return nameWords.filter((word) => catalog.terms.terms(word).some((t) => questionTerms.has(t))).length / nameWords.length;
}
