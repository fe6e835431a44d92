/**
 * The catalog: the records, a Finnish-aware MiniSearch index over them, and the gazetteer. Pure data
 * in, data out: loading files and the index cache happen in `./cache.ts`.
 */
import MiniSearch, { type AsPlainObject, type Options, type Query, type SearchResult } from 'minisearch';
import type { ProjectRecord } from '../records/schema.ts';
import { Gazetteer, REGIONS } from './gazetteer.ts';
import { type TermProcessor, tokenize } from './terms.ts';

/** The indexed fields and their boosts: identity fields outrank body text. */
export const FIELD_BOOSTS = {
  code: 12,
  name: 6,
  applicant: 3,
  contact: 3,
  region: 2,
  targets: 1.5,
  body: 1,
} as const;
export type IndexField = keyof typeof FIELD_BOOSTS;
const FIELDS = Object.keys(FIELD_BOOSTS) as IndexField[];

/** Extracts the text of one index field from a record. */
export function fieldText(record: ProjectRecord, field: IndexField): string {
  switch (field) {
    case 'code':
      return record.code;
    case 'name':
      return record.name ?? '';
    case 'applicant':
      return [record.applicant.name, record.applicant.city, record.applicant.orgType]
        .filter(Boolean)
        .join(' ');
    case 'contact':
      return [record.contact.name, record.contact.email?.split('@')[0]?.replace(/[._-]/g, ' ')]
        .filter(Boolean)
        .join(' ');
    case 'region': {
      const english = record.region.provinces.flatMap((p) => REGIONS.find((r) => r.fi === p)?.en ?? []);
      return [
        ...record.region.provinces,
        ...english,
        ...record.region.subRegions,
        ...record.region.municipalities,
      ].join(', ');
    }
    case 'targets':
      return [...record.targetGroups.primary, ...record.targetGroups.indirect].join('\n');
    case 'body': {
      const card = record.card;
      return [
        record.summary,
        record.finalReport,
        card?.background,
        card?.goals,
        card?.approach,
        card?.outputs.join('\n'),
        card?.practices,
        card?.results,
        card?.dissemination,
        card?.remarks,
      ]
        .filter(Boolean)
        .join('\n');
    }
  }
}

/** One ranked search result. */
export interface Hit {
  code: string;
  name: string | null;
  score: number;
  /** Query terms that matched, as MiniSearch reports them. */
  terms: string[];
}

export interface SearchFilters {
  /** A place name in any form ("Kainuu", "Pohjois-Karjalassa", "North Karelia"). */
  region?: string | null;
  /** "running" / "ended" / a status text. */
  status?: string | null;
  /** Only these fields. */
  fields?: IndexField[];
  /** Field boosts instead of FIELD_BOOSTS (e.g. to let body text count as much as names). */
  boost?: Partial<Record<IndexField, number>>;
}

/** "Toiminnassa" means running; every other status an ended or stopped project. */
export function isRunning(record: ProjectRecord): boolean {
  return (record.status ?? '').toLowerCase().startsWith('toiminnassa');
}

/** Fields of the small identity index, where typos and half-typed words are looked for. */
export const IDENTITY_FIELDS: readonly IndexField[] = ['code', 'name', 'applicant', 'contact', 'region'];
/** Long text fields: matched on base forms only, exactly, because their vocabulary is large. */
const TEXT_FIELDS = new Set<IndexField>(['targets', 'body']);
/** How much a typo or prefix match on a name counts next to an exact match anywhere. */
const IDENTITY_WEIGHT = 0.5;
const SERIALIZATION_VERSION = 3;
/** A term in more than this share of the documents is too common to be worth scoring. */
const COMMON_SHARE = 0.3;

type Serialized = { version: number; main: AsPlainObject; identity: AsPlainObject };

export class Catalog {
  readonly byCode: ReadonlyMap<string, ProjectRecord>;
  readonly gazetteer: Gazetteer;

  private constructor(
    readonly records: readonly ProjectRecord[],
    readonly terms: TermProcessor,
    /** Every field, exact terms: the ranking of free text. */
    readonly index: MiniSearch<ProjectRecord>,
    /** Code, name, organisation, contact and region, with prefix and typo matching (a small vocabulary). */
    readonly identity: MiniSearch<ProjectRecord>,
  ) {
    this.byCode = new Map(records.map((record) => [record.code, record]));
    this.gazetteer = new Gazetteer(records, terms);
  }

  /** MiniSearch options; the same at build and at load, which is why the analyzer is in the cache key. */
  static indexOptions(terms: TermProcessor, fields: readonly IndexField[] = FIELDS): Options<ProjectRecord> {
    return {
      idField: 'code',
      fields: [...fields],
      extractField: (record, field) => fieldText(record, field as IndexField),
      tokenize: (text) => tokenize(text),
      processTerm: (term, field) =>
        (TEXT_FIELDS.has(field as IndexField) ? terms.textTerms(term) : terms.terms(term)) as string[],
      // Queries arrive as trees of ready-made terms (see `termQuery`): no further processing.
      searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
    };
  }

  /** Builds the indexes over `records`. */
  static build(records: readonly ProjectRecord[], terms: TermProcessor): Catalog {
    const index = new MiniSearch<ProjectRecord>(Catalog.indexOptions(terms));
    index.addAll(records as ProjectRecord[]);
    const identity = new MiniSearch<ProjectRecord>(Catalog.indexOptions(terms, IDENTITY_FIELDS));
    identity.addAll(records as ProjectRecord[]);
    return new Catalog(records, terms, index, identity);
  }

  /** Both indexes as one JSON text (measured: JSON.parse restores this faster than V8's own format). */
  serialize(): string {
    const data: Serialized = {
      version: SERIALIZATION_VERSION,
      main: this.index.toJSON(),
      identity: this.identity.toJSON(),
    };
    return JSON.stringify(data);
  }

  /** Restores a catalog serialized over the same records with the same terms; throws on anything else. */
  static deserialize(records: readonly ProjectRecord[], terms: TermProcessor, json: string): Catalog {
    const data = JSON.parse(json) as Partial<Serialized>;
    if (data?.version !== SERIALIZATION_VERSION || !data.main || !data.identity) {
      throw new Error('Catalog: not a serialized catalog of this version');
    }
    const index = MiniSearch.loadJS<ProjectRecord>(data.main, Catalog.indexOptions(terms));
    const identity = MiniSearch.loadJS<ProjectRecord>(
      data.identity,
      Catalog.indexOptions(terms, IDENTITY_FIELDS),
    );
    if (index.documentCount !== records.length || identity.documentCount !== records.length) {
      throw new Error(
        `Catalog: the cached index has ${index.documentCount} documents, the data ${records.length}`,
      );
    }
    return new Catalog(records, terms, index, identity);
  }

  /**
   * The words with their very common alternatives dropped ("hanke" is in nearly every document):
   * they barely change the ranking but cost the most to score. A word left with no alternative is
   * dropped; if every word is, the query stays as it was, since the user asked for just that.
   */
  selective<W extends { terms: readonly string[] }>(words: readonly W[]): W[] {
    const cap = Math.max(50, this.records.length * COMMON_SHARE);
    const kept = words
      .map((word) => ({ ...word, terms: word.terms.filter((term) => this.documentFrequency(term) <= cap) }))
      .filter((word) => word.terms.length > 0);
    return kept.length ? kept : [...words];
  }

  /**
   * In how many documents a term occurs, in any field. MiniSearch keeps this in its inverted index but
   * has no public accessor, so it is read from there; should that ever change, 0 (rare) is returned.
   */
  documentFrequency(term: string): number {
    const inverted = (
      this.index as unknown as {
        _index?: { get(term: string): Map<number, Map<number, number>> | undefined };
      }
    )._index;
    const fields = inverted?.get(term);
    if (!fields) return 0;
    let most = 0;
    for (const documents of fields.values()) most = Math.max(most, documents.size);
    return most;
  }

  get(code: string): ProjectRecord | undefined {
    return this.byCode.get(code.toUpperCase());
  }

  /**
   * The query tree for `text`: each word's alternatives (its base forms) are OR-ed, and the words are
   * combined with `combineWith`. Prefix and fuzzy matching catch typos and half-typed words.
   */
  termQuery(text: string, combineWith: 'AND' | 'OR', loose = false): Query | null {
    return this.wordsQuery(this.terms.queryWords(text), combineWith, loose);
  }

  /**
   * The query tree for words already analysed (see `termQuery`). `loose` adds prefix and typo
   * matching, for the identity index only: over the texts' vocabulary it would touch too many terms.
   */
  wordsQuery(
    words: ReadonlyArray<{ token: string; terms: readonly string[] }>,
    combineWith: 'AND' | 'OR',
    loose = false,
  ): Query | null {
    if (!words.length) return null;
    return {
      combineWith,
      queries: words.map(({ token, terms }) => {
        // The parts of a hyphenated word count for less than the word itself, so a document with
        // "Kesä-oppimisympäristö" outranks one that merely mentions "ympäristö" often.
        const whole = token.includes('-') ? new Set(terms.filter((term) => term.includes('-'))) : null;
        // A code or a number must match exactly; so must short terms, whose expansions are many.
        const looseWord = loose && !/\d/.test(token);
        return {
          combineWith: 'OR' as const,
          queries: [...terms],
          prefix: looseWord ? (term: string) => token.length >= 4 && term.length >= 5 : false,
          fuzzy: looseWord ? (term: string) => (token.length >= 5 && term.length >= 5 ? 0.2 : false) : false,
          maxFuzzy: 2,
          ...(whole?.size ? { boostTerm: (term: string) => (whole.has(term) ? 1 : 0.25) } : {}),
        };
      }),
    };
  }

  /**
   * Ranked projects for free text. All words must match when some project has them all; otherwise the
   * projects matching most of them rank first.
   */
  search(text: string, filters: SearchFilters = {}, limit = 10): Hit[] {
    const filter = this.filterFor(filters);
    const keep = filter
      ? (result: SearchResult) => filter(this.byCode.get(result.id) as ProjectRecord)
      : undefined;
    const words = this.selective(this.terms.queryWords(text));
    const scores = new Map<string, { score: number; terms: Set<string> }>();
    const add = (results: SearchResult[], weight: number) => {
      for (const result of results) {
        const entry = scores.get(result.id) ?? { score: 0, terms: new Set<string>() };
        entry.score += result.score * weight;
        for (const term of result.terms) entry.terms.add(term);
        scores.set(result.id, entry);
      }
    };
    const identityFields = (filters.fields ?? IDENTITY_FIELDS).filter((field) =>
      IDENTITY_FIELDS.includes(field),
    );
    const identityOnly = !!filters.fields && filters.fields.every((field) => IDENTITY_FIELDS.includes(field));
    if (words.length && !identityOnly) {
      const run = (combineWith: 'AND' | 'OR') =>
        this.index.search(this.wordsQuery(words, combineWith) as Query, {
          boost: filters.boost ?? FIELD_BOOSTS,
          fields: filters.fields,
          filter: keep,
        });
      let exact = run('AND');
      if (!exact.length) exact = run('OR');
      add(exact, 1);
    }
    if (words.length && identityFields.length) {
      // Typos and half-typed words in names, organisations and people.
      const loose = this.identity.search(this.wordsQuery(words, 'OR', true) as Query, {
        boost: filters.boost ?? FIELD_BOOSTS,
        fields: identityFields,
        filter: keep,
      });
      add(loose, identityOnly ? 1 : IDENTITY_WEIGHT);
    }
    if (!words.length && filter) {
      for (const record of this.records)
        if (filter(record)) scores.set(record.code, { score: 1, terms: new Set() });
    }
    return [...scores]
      .sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([code, { score, terms }]) => ({
        code,
        name: this.byCode.get(code)?.name ?? null,
        score: Math.round(score * 1000) / 1000,
        terms: [...terms],
      }));
  }

  /** The records a filter keeps, or null for no filter. */
  filterFor(filters: SearchFilters): ((record: ProjectRecord) => boolean) | null {
    const places = filters.region ? this.gazetteer.find(filters.region) : [];
    const status = filters.status?.trim().toLowerCase();
    if (filters.region && !places.length) return () => false;
    if (!places.length && !status) return null;
    return (record) =>
      (!places.length || places.some((place) => this.gazetteer.covers(record, place))) &&
      (!status || matchesStatus(record, status));
  }

  /** Projects whose code or name is close to `query`, for "did you mean". */
  suggest(query: string, limit = 5): ProjectRecord[] {
    const code = query.replace(/\s+/g, '').toUpperCase();
    const byCode = /^[SA]?\d{3,5}$/.test(code)
      ? this.records
          .map((record) => ({
            record,
            distance: editDistance(
              record.code.slice(code.startsWith('S') || code.startsWith('A') ? 0 : 1),
              code,
            ),
          }))
          .filter(({ distance }) => distance <= 2)
          .sort((a, b) => a.distance - b.distance || a.record.code.localeCompare(b.record.code))
          .map(({ record }) => record)
      : [];
    const byText = this.search(query, { fields: ['code', 'name', 'applicant', 'contact'] }, limit)
      .map((hit) => this.byCode.get(hit.code))
      .filter((record): record is ProjectRecord => !!record);
    return [...new Set([...byCode, ...byText])].slice(0, limit);
  }
}

function matchesStatus(record: ProjectRecord, status: string): boolean {
  if (['running', 'active', 'ongoing', 'toiminnassa', 'käynnissä', 'kaynnissa'].includes(status))
    return isRunning(record);
  if (['ended', 'finished', 'closed', 'päättynyt', 'paattynyt', 'toiminta päättynyt'].includes(status)) {
    return (record.status ?? '').toLowerCase().includes('päättynyt');
  }
  return (record.status ?? '').toLowerCase().includes(status);
}

/** Levenshtein distance, for code suggestions ("S21145" → S21154). */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] as number;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] as number;
      previous[j] = Math.min(
        above + 1,
        (previous[j - 1] as number) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length] as number;
}
