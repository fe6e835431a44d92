/**
 * Organisations named in a question: an applicant's whole registered name, word by word in any
 * inflection ("Oulun yliopiston", "Itä-Suomen yliopistolla", "Rantaverstas ry:n"), and names of
 * organisations that no document holds ("Tampereen Teknologiakeskus Oy"), so that the answer can
 * say so instead of showing a project of another organisation.
 */
import type { Catalog } from '../search/catalog.ts';
import { INSTITUTION_NOUNS, LEGAL_FORMS } from './words.ts';

interface OrganisationName {
  /** As the records write it. */
  name: string;
  /** The forms of each word of the name, its legal form left out. */
  words: ReadonlySet<string>[];
}

export interface OrganisationSpan {
  name: string;
  start: number;
  /** Exclusive. */
  end: number;
}

export interface OrganisationsFound {
  /** Applicants named in full, with the question words that name them. */
  spans: OrganisationSpan[];
  /** An organisation's name the question writes that no applicant or implementer has; null if none. */
  unknown: { name: string; start: number; end: number } | null;
}

/** A word without its case ending after a colon ("ry:n" → "ry") and its own forms, lower-cased. */
function formsOf(catalog: Catalog, word: string): Set<string> {
  const lower = word.toLocaleLowerCase('fi').replace(/:\p{L}*$/u, '');
  return new Set([lower, ...catalog.terms.lemmas(lower)]);
}

function wordsOf(name: string): string[] {
  return name
    .split(/[\s,()]+/)
    .map((word) => word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
    .filter(Boolean);
}

const indexes = new WeakMap<Catalog, Map<string, OrganisationName[]>>();

/** The applicants' and implementers' names, keyed by every form of their first word; built once per catalog. */
function organisationIndex(catalog: Catalog): Map<string, OrganisationName[]> {
  let index = indexes.get(catalog);
  if (index) return index;
  index = new Map();
  const names = new Set<string>();
  for (const record of catalog.records) {
    if (record.applicant.name) names.add(record.applicant.name);
    for (const implementer of record.card?.implementers ?? []) names.add(implementer);
  }
  for (const name of names) {
    const words = wordsOf(name);
    while (words.length > 1 && LEGAL_FORMS.has((words.at(-1) as string).toLocaleLowerCase('fi'))) words.pop();
    if (!words.length) continue;
    const entry = { name, words: words.map((word) => formsOf(catalog, word)) };
    for (const form of entry.words[0] as Set<string>) {
      const list = index.get(form);
      if (list) list.push(entry);
      else index.set(form, [entry]);
    }
  }
  indexes.set(catalog, index);
  return index;
}

const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((form) => b.has(form));

/**
 * The organisations a question names. `free[i]` tells whether token i may be part of a name (no
 * question word, code or number claims it). A name counts when it is written whole and has two
 * words at least (a legal form written counts as one): one word alone is a project's name as often.
 */
export function organisationsIn(
  catalog: Catalog,
  tokens: readonly string[],
  free: readonly boolean[],
): OrganisationsFound {
  const index = organisationIndex(catalog);
  const forms = tokens.map((token) => formsOf(catalog, token));
  const legal = tokens.map((token) => LEGAL_FORMS.has(token.replace(/:\p{L}*$/u, '')));
  const spans: OrganisationSpan[] = [];
  for (let start = 0; start < tokens.length; start++) {
    if (!free[start]) continue;
    const found: OrganisationSpan[] = [];
    const seen = new Set<OrganisationName>();
    for (const form of forms[start] as Set<string>) {
      for (const entry of index.get(form) ?? []) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        let end = start + 1;
        while (
          end - start < entry.words.length &&
          end < tokens.length &&
          free[end] &&
          meets(forms[end] as Set<string>, entry.words[end - start] as Set<string>)
        )
          end++;
        if (end - start < entry.words.length) continue;
        if (end < tokens.length && legal[end]) end++;
        if (end - start >= 2) found.push({ name: entry.name, start, end });
      }
    }
    if (!found.length) continue;
    const longest = Math.max(...found.map((span) => span.end));
    spans.push(...found.filter((span) => span.end === longest));
    start = longest - 1;
  }
  return { spans, unknown: spans.length ? null : unknownOrganisation(catalog, tokens, free, forms, legal) };
}

/**
 * "Tampereen Teknologiakeskus Oy", "tampereen yliopisto": a legal form or an institution noun with the
 * free words before it, when no known organisation's name holds all those words.
 */
function unknownOrganisation(
  catalog: Catalog,
  tokens: readonly string[],
  free: readonly boolean[],
  forms: readonly Set<string>[],
  legal: readonly boolean[],
): OrganisationsFound['unknown'] {
  for (let end = 1; end < tokens.length; end++) {
    const institution = !legal[end] && [...(forms[end] as Set<string>)].some((f) => INSTITUTION_NOUNS.has(f));
    if (!free[end] || !(legal[end] || institution)) continue;
    let start = end;
    while (start > 0 && end - start < 3 && free[start - 1] && !legal[start - 1]) start--;
    if (start === end) continue;
    const words = forms.slice(start, institution ? end + 1 : end);
    const known = [...organisationIndex(catalog).values()].some((entries) =>
      entries.some((entry) => words.every((word) => entry.words.some((own) => meets(word, own)))),
    );
    if (known || inOneName(catalog, words)) continue;
    return { name: tokens.slice(start, end + 1).join(' '), start, end: end + 1 };
  }
  return null;
}

/** True when one project's name holds every word ("Tulevaisuuden yliopisto" may be a project). */
function inOneName(catalog: Catalog, words: readonly Set<string>[]): boolean {
  let docs = null as Set<number> | null;
  for (const word of words) {
    const found = new Set([...word].flatMap((form) => catalog.identity.documentsWith(form, 'name')));
    const previous: Set<number> | null = docs;
    docs = previous ? new Set([...previous].filter((doc) => found.has(doc))) : found;
    if (!docs.size) return false;
  }
  return true;
}
