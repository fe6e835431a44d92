/**
 * The catalog: the records, a Finnish-aware MiniSearch index over them, and the gazetteer. Pure data
 * in, data out: loading files and the index cache happen in `./cache.ts`.
 */
import MiniSearch, { type Options, type Query, type SearchResult } from 'minisearch';
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

export class Catalog {
  readonly byCode: ReadonlyMap<string, ProjectRecord>;
  readonly gazetteer: Gazetteer;

  private constructor(
    readonly records: readonly ProjectRecord[],
    readonly terms: TermProcessor,
    readonly index: MiniSearch<ProjectRecord>,
  ) {
    this.byCode = new Map(records.map((record) => [record.code, record]));
    this.gazetteer = new Gazetteer(records, terms);
  }

  /** MiniSearch options; the same at build and at load, which is why the analyzer is in the cache key. */
  static indexOptions(terms: TermProcessor): Options<ProjectRecord> {
    return {
      idField: 'code',
      fields: FIELDS,
      extractField: (record, field) => fieldText(record, field as IndexField),
      tokenize: (text) => tokenize(text),
      processTerm: (term) => terms.terms(term) as string[],
      // Queries arrive as trees of ready-made terms (see `termQuery`): no further processing.
      searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
    };
  }

  /** Builds the index over `records`. */
  static build(records: readonly ProjectRecord[], terms: TermProcessor): Catalog {
    const index = new MiniSearch<ProjectRecord>(Catalog.indexOptions(terms));
    index.addAll(records as ProjectRecord[]);
    return new Catalog(records, terms, index);
  }

  /** Restores a catalog from a serialized index built over the same records with the same terms. */
  static fromJSON(records: readonly ProjectRecord[], terms: TermProcessor, json: string): Catalog {
    const index = MiniSearch.loadJSON<ProjectRecord>(json, Catalog.indexOptions(terms));
    if (index.documentCount !== records.length) {
      throw new Error(
        `Catalog: the cached index has ${index.documentCount} documents, the data ${records.length}`,
      );
    }
    return new Catalog(records, terms, index);
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
  termQuery(text: string, combineWith: 'AND' | 'OR'): Query | null {
    return this.wordsQuery(this.terms.queryWords(text), combineWith);
  }

  /** The query tree for words already analysed (see `termQuery`). */
  wordsQuery(
    words: ReadonlyArray<{ token: string; terms: readonly string[] }>,
    combineWith: 'AND' | 'OR',
  ): Query | null {
    if (!words.length) return null;
    return {
      combineWith,
      queries: words.map(({ token, terms }) => {
        // The parts of a hyphenated word count for less than the word itself, so a document with
        // "Kesä-oppimisympäristö" outranks one that merely mentions "ympäristö" often.
        const whole = token.includes('-') ? new Set(terms.filter((term) => term.includes('-'))) : null;
        return {
          combineWith: 'OR' as const,
          queries: [...terms],
          // A code or a number must match exactly; words may be misspelt or half-typed.
          prefix: !/\d/.test(token) && token.length >= 4,
          fuzzy: /\d/.test(token) ? false : token.length >= 5 ? 0.2 : false,
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
    const options = {
      boost: filters.boost ?? FIELD_BOOSTS,
      fields: filters.fields,
      filter: filter
        ? (result: SearchResult) => filter(this.byCode.get(result.id) as ProjectRecord)
        : undefined,
    };
    const run = (combineWith: 'AND' | 'OR') => {
      const query = this.termQuery(text, combineWith);
      return query ? this.index.search(query, options) : [];
    };
    let results = run('AND');
    if (!results.length) results = run('OR');
    if (!results.length && !this.terms.queryWords(text).length && filter) {
      results = this.records
        .filter(filter)
        .map((record) => ({ id: record.code, score: 1, terms: [], queryTerms: [], match: {} }));
    }
    return results.slice(0, limit).map((result) => ({
      code: result.id as string,
      name: this.byCode.get(result.id)?.name ?? null,
      score: Math.round(result.score * 1000) / 1000,
      terms: result.terms,
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
