/**
 * Entity resolution: which project a question is about (by code, name or part of it, a misspelt
 * name, the organisation or the contact person in either name order) and which places it names.
 * Never guesses silently: when several projects fit equally, all of them are returned as candidates.
 */
import type { ProjectRecord } from '../records/schema.ts';
import type { Catalog } from '../search/catalog.ts';
import { tokenize, tokenizeWritten } from '../search/terms.ts';
import { vocabularyFor } from './vocabulary.ts';

const CODE_IN_TEXT = /\b([SA])\s?-?(\d{5})\b/gi;

export type Resolution =
  | { kind: 'none' }
  | {
      kind: 'one';
      record: ProjectRecord;
      others: ProjectRecord[];
      via: 'code' | 'name';
      /** Found only by the relaxed rule: the best of the projects whose names hold a question word. */
      loose?: boolean;
    }
  | { kind: 'ambiguous'; candidates: ProjectRecord[]; query: string }
  | { kind: 'unknown-code'; code: string; suggestions: ProjectRecord[] };

/** Project codes written in the text ("S21154", "s21154", "S 21154"), upper-cased. */
export function codesIn(text: string): string[] {
  return [...new Set([...text.matchAll(CODE_IN_TEXT)].map((m) => `${m[1]?.toUpperCase()}${m[2]}`))];
}

/** A question word that may name a project, as the reader hands it over. */
export interface NameWord {
  /** Lower-cased ("kanto" for "KANTO-hankkeen": a generic last part is dropped by the reader). */
  token: string;
  /** As written ("KANTOn"), for acronyms. */
  written: string;
  /** Written as a name: all capitals ("POLKU"), or capitalised after the question's first word. */
  named: boolean;
  /** Part of a place name the reader found. */
  place: boolean;
  /** In a relative clause about the project ("the project where …"): a topic word, not a name. */
  describes?: boolean;
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
  /** The name begins with an acronym the question writes in capitals. */
  acronym: boolean;
  /** Question words found in the project's name itself (a place in "Merijärven KANTO" outweighs a place in the region). */
  inName: number;
}

const IDENTITY_FIELDS = ['name', 'applicant', 'contact'] as const;
/** The best candidate wins outright only when it scores this much more than the next one. */
const CLEAR_LEAD = 1.6;

/**
 * Finds the project a question names (by code, or by the words the reader left as possible names).
 * A wrapper over `resolveWords` for callers holding a plain string, such as a command's option.
 */
export function resolveProject(text: string, catalog: Catalog): Resolution {
  const codes = codesIn(text);
  if (codes.length) return resolveCodes(codes, catalog);
  return resolveWords(nameWordsOf(text, catalog), catalog);
}

/** Codes written in a question: the first known one, the rest as others; unknown with suggestions. */
export function resolveCodes(codes: readonly string[], catalog: Catalog): Resolution {
  const known = codes.map((code) => catalog.get(code)).filter((r): r is ProjectRecord => !!r);
  const [first, ...others] = known;
  if (first) return { kind: 'one', record: first, others, via: 'code' };
  return { kind: 'unknown-code', code: codes[0] as string, suggestions: catalog.suggest(codes[0] as string) };
}

/** The words of a plain string that may name a project: no field, question or function words. */
export function nameWordsOf(text: string, catalog: Catalog): NameWord[] {
  const vocabulary = vocabularyFor(catalog.terms);
  const written = tokenizeWritten(text.replace(CODE_IN_TEXT, ' '));
  const tokens = written.map(({ token }) => vocabulary.token(token));
  const used = new Set<number>();
  for (const match of vocabulary.match(tokens)) {
    for (let i = match.start; i < match.end; i++) used.add(i);
  }
  const places = new Set<number>();
  const placeTerms = written.map(({ token, written: w }) =>
    catalog.gazetteer.placeTerms(token, isAcronym(w)),
  );
  for (const found of catalog.gazetteer.findInTerms(
    placeTerms,
    written.map((w) => w.token),
  )) {
    for (let i = found.start; i < found.end; i++) places.add(i);
  }
  return written.flatMap(({ token, written: w }, index) => {
    const name = nameToken(token, vocabulary);
    if ((used.has(index) && name === token) || !name || !catalog.terms.terms(name).length) return [];
    return [{ token: name, written: w, named: isNamed(w, index), place: places.has(index) }];
  });
}

/** "KANTO-hankkeen" names KANTO: a last part that names nothing is dropped. Other hyphenated words stay whole. */
export function nameToken(token: string, vocabulary: ReturnType<typeof vocabularyFor>): string {
  const parts = token.split(/[-–]/);
  if (parts.length < 2) return token;
  // Only a word that names nothing ("-hankkeen", "-hankkeita") is cut; "Pilke-sparrausmalli" is a name.
  const last = vocabulary
    .match([vocabulary.token(parts.at(-1) as string)])
    .filter(
      (match) => match.strength >= 1000 && (match.family === 'function' || match.family === 'operation'),
    );
  return last.length ? parts.slice(0, -1).join('-') : token;
}

/** An acronym in capitals ("PORE"): never a place name, though it may look like an inflected one (Pori). */
export function isAcronym(written: string): boolean {
  return /^\p{Lu}{2,}(?![\p{Ll}])/u.test(written);
}

/** Written as a name: all capitals, or capitalised after the first word of the question. */
export function isNamed(written: string, index: number): boolean {
  const head = written.split(/[-–]/)[0] as string;
  return /^\p{Lu}{3,}/u.test(head) || (index > 0 && /^\p{Lu}/u.test(head));
}

/**
 * Finds the project among the words that may name one.
 */
export function resolveWords(
  nameWords: readonly NameWord[],
  catalog: Catalog,
  options: { relaxed?: boolean; preferAcronym?: boolean } = {},
): Resolution {
  const preferAcronym = options.preferAcronym ?? true;
  const tokens = nameWords.map((word) => word.token);
  if (!tokens.length) return { kind: 'none' };
  // A hyphenated word identifies by its whole form only: the part "Pihlaja" of "Pihlaja-toimintamalli"
  // is not the contact person Pihlaja.
  const tokenTerms = tokens.map((token) => {
    const terms = catalog.terms.terms(token);
    return token.includes('-') ? terms.filter((term) => term.includes('-')) : terms;
  });
  const isPlace = nameWords.map((word) => word.place);

  // Common words are left out of the query, except words written as names ("UUSI", "Silta").
  const named = new Set(nameWords.filter((word) => word.named).map((word) => word.token));
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
  // A word's own base forms, without its compound parts: "Voimaverkko" is not "Elinvoimaa" though
  // both have the part "voima".
  const ownTerms = tokens.map((token, index) => {
    const own = new Set([token, ...catalog.terms.lemmas(token)]);
    return (tokenTerms[index] ?? []).filter((term) => own.has(term));
  });
  const ownSets = leading.map((result) => exactTokens(result.terms, ownTerms));
  // Document frequency over all fields: a verb found in a few names is still common in the texts.
  // The most frequent of a word's own forms counts: an unusual inflected form of a common word is
  // not rare.
  const frequency = ownTerms.map((terms) =>
    Math.max(0, ...terms.map((term) => catalog.documentFrequency(term))),
  );
  const rare = Math.max(3, catalog.records.length * 0.01);
  const candidates: Candidate[] = [];
  const loose: Candidate[] = [];
  leading.forEach((result, position) => {
    const record = catalog.records[result.doc];
    if (!record) return;
    const exact = exactSets[position] as Set<number>;
    const own = ownSets[position] as Set<number>;
    const matchedTerms = new Set(result.queryTerms);
    const matched = new Set<number>();
    tokenTerms.forEach((terms, index) => {
      if (terms.some((term) => matchedTerms.has(term))) matched.add(index);
    });
    const specificExact = [...exact].filter((index) => !isPlace[index]);
    const specificOwn = [...own].filter((index) => !isPlace[index]);
    const full = specificExact.length >= 1 && namedInFull(record, tokens, tokenTerms, catalog);
    // One rare word (an acronym, a surname) or two words identify a project; one common word
    // ("kehittäminen") does not.
    const identifies =
      specificOwn.some((index) => (frequency[index] ?? 0) <= rare) ||
      specificExact.length >= 2 ||
      // A name and a place together ("Kolarin MAJAKKA") pick the project that has both.
      (specificExact.length >= 1 && exact.size >= 2) ||
      full;
    const candidate: Candidate = {
      record,
      score: result.score,
      matched,
      specific: specificOwn.length,
      full,
      acronym: leadsWithAcronym(record, nameWords),
      inName: wordsInName(record, tokenTerms, catalog),
    };
    if (identifies) candidates.push(candidate);
    else if (specificOwn.length) loose.push(candidate);
  });
  let relaxed = false;
  if (!candidates.length && options.relaxed && loose.length) {
    candidates.push(...loose);
    relaxed = true;
  }
  // A misspelt name ("lähövoimaa") matches by typo only: a clear leader is taken, loosely.
  if (!candidates.length && options.relaxed && leading.length) {
    const [first, second] = leading;
    const record = first ? catalog.records[first.doc] : undefined;
    // Every word that could name it must meet it: one stray typo match is no name.
    const namesIt =
      first &&
      tokenTerms.every((terms, index) => isPlace[index] || terms.some((t) => first.queryTerms.includes(t)));
    if (record && namesIt && (!second || first.score >= 2 * second.score)) {
      return { kind: 'one', record, others: [], via: 'name', loose: true };
    }
  }
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
    // The one name that begins with the acronym as written wins over names that merely contain the word.
    const leaders = records.filter((record) => leadsWithAcronym(record, nameWords));
    if (leaders.length === 1 && preferAcronym) {
      const leader = leaders[0] as ProjectRecord;
      return {
        kind: 'one',
        record: leader,
        others: records.filter((r) => r !== leader).slice(0, 5),
        via: 'name',
      };
    }
    if (records.length >= 2) {
      return { kind: 'ambiguous', candidates: records, query: tokens.filter((t) => named.has(t)).join(' ') };
    }
  }
  if (!candidates.length) return { kind: 'none' };
  // Prefer the project named in full, then by more of its own words, then by more words explained
  // (a place with the name: "Kolarin MAJAKKA"), then the one whose name begins with the acronym
  // written ("POLKU" over "Startup-polku").
  const rank = (a: Candidate, b: Candidate) =>
    Number(b.full) - Number(a.full) ||
    b.specific - a.specific ||
    b.matched.size - a.matched.size ||
    b.inName - a.inName ||
    (preferAcronym ? Number(b.acronym) - Number(a.acronym) : 0) ||
    b.score - a.score;
  candidates.sort(rank);
  const [best, ...rest] = candidates as [Candidate, ...Candidate[]];
  const ties = rest.filter(
    (candidate) =>
      candidate.full === best.full &&
      candidate.specific === best.specific &&
      candidate.matched.size === best.matched.size &&
      candidate.inName === best.inName,
  );
  // The acronym decides only when one name alone begins with it.
  const acronymDecides = preferAcronym && best.acronym && ties.every((candidate) => !candidate.acronym);
  const close = ties.some((candidate) => candidate.score * CLEAR_LEAD > best.score);
  if (ties.length && !acronymDecides && (close || !preferAcronym)) {
    // Several names begin with the acronym: those are the candidates, not names that merely hold the word.
    const listed = preferAcronym && best.acronym ? ties.filter((c) => c.acronym) : ties;
    return { kind: 'ambiguous', candidates: [best, ...listed].map((c) => c.record), query: tokens.join(' ') };
  }
  const others = rest.filter((c) => c.matched.size === best.matched.size).map((c) => c.record);
  return {
    kind: 'one',
    record: best.record,
    others: others.slice(0, 5),
    via: 'name',
    ...(relaxed ? { loose: true } : {}),
  };
}

/** How many question words (each as its terms) the project's name holds. */
function wordsInName(
  record: ProjectRecord,
  tokenTerms: ReadonlyArray<readonly string[]>,
  catalog: Catalog,
): number {
  // The name's own words, not their compound parts: "kyky" is not in "työkyky" for this count.
  const nameTerms = new Set(
    tokenize(record.name ?? '').flatMap((token) => [
      token,
      ...catalog.terms.lemmas(token),
      ...token.split(/[-–]/),
    ]),
  );
  return tokenTerms.filter((terms) => terms.some((term) => nameTerms.has(term))).length;
}

/** The project's name begins with an acronym in capitals that the question writes so ("POLKUa" for "POLKU – …"). */
export function leadsWithAcronym(record: ProjectRecord, words: readonly NameWord[]): boolean {
  // The acronym leads the name, or follows the place it is of ("Lappeenrannan OIVA Plus", "Joensuun
  // KAKE 2.0"): a name's first word in capitals.
  const name = record.name ?? '';
  const [lead, second] = [...name.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
  const isAcronym = (word: string | undefined): word is string =>
    !!word && word.length >= 2 && word === word.toLocaleUpperCase('fi') && !/^\d+$/.test(word);
  const placeFirst = !!lead && /^\p{Lu}\p{Ll}+n$/u.test(lead);
  const first = isAcronym(lead) ? lead : placeFirst && isAcronym(second) ? second : null;
  if (!first) return false;
  return words.some(
    (word) => word.written.startsWith(first) && !/^\p{Lu}/u.test(word.written.slice(first.length)),
  );
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
