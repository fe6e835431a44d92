/**
 * The catalog: the records, a Finnish-aware MiniSearch index over them, and the gazetteer. Pure data
 * in, data out: loading files and the index cache happen in `./cache.ts`.
 */
import type { Options } from 'minisearch';
import type { ProjectRecord } from '../records/schema.ts';
import { Gazetteer, REGIONS } from './gazetteer.ts';
import { TermIndex, type TermMatches, type WordQuery } from './term-index.ts';
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

/**
 * The names an organisation goes by in its web and e-mail domains ("pksotu" of pksotu.fi, "kamk" of
 * kamk.fi): people write those short names for the organisation.
 */
export function domainNames(record: ProjectRecord): string[] {
  const hosts = [record.applicant.website, record.contact.email?.split('@')[1]]
    .filter((value): value is string => !!value)
    .map(
      (value) =>
        value
          .toLowerCase()
          .replace(/^[a-z]+:\/\//, '')
          .split(/[/:?#]/)[0] ?? '',
    );
  const names = hosts.map((host) => {
    const labels = host.split('.').filter((label) => label && label !== 'www');
    return labels.length >= 2 ? (labels[labels.length - 2] as string) : '';
  });
  return [...new Set(names.filter((name) => name.length >= 3))];
}

/** Extracts the text of one index field from a record. */
export function fieldText(record: ProjectRecord, field: IndexField): string {
  switch (field) {
    case 'code':
      return record.code;
    case 'name':
      return record.name ?? '';
    case 'applicant':
      return [record.applicant.name, record.applicant.city, record.applicant.orgType, ...domainNames(record)]
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

/** A project found by `identitySearch`; `doc` is its position in `records`. */
export interface IdentityHit {
  code: string;
  doc: number;
  score: number;
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
  /** A status kind or its word in either language ("running", "toiminnassa", "päättynyt"), or a status text. */
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

/** The statuses the documents hold: "Toiminnassa", "Toiminta päättynyt" and "Keskeytetty". */
export const STATUS_KINDS = ['running', 'ended', 'interrupted'] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];

/**
 * The words a status filter accepts for each kind: the documents' own, everyday Finnish
 * ("käynnissä") and English. Compared folded (see `foldText`), so "kaynnissa" works as well.
 */
const STATUS_WORDS: Record<StatusKind, readonly string[]> = {
  running: ['toiminnassa', 'käynnissä', 'käynnissä olevat', 'running', 'ongoing', 'active', 'current'],
  ended: [
    'toiminta päättynyt',
    'päättynyt',
    'päättyneet',
    'päättynyt toiminta',
    'ended',
    'finished',
    'closed',
    'completed',
  ],
  interrupted: [
    'keskeytetty',
    'keskeytyneet',
    'keskeytynyt',
    'toiminta keskeytetty',
    'interrupted',
    'suspended',
    'discontinued',
  ],
};

/** Lower case without diacritics or extra spaces: what a user types without ä and ö matches. */
export function foldText(text: string): string {
  return text.toLocaleLowerCase('fi').normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
}

const STATUS_BY_WORD = new Map(
  STATUS_KINDS.flatMap((kind) => STATUS_WORDS[kind].map((word) => [foldText(word), kind] as const)),
);

/** The status kind a filter word names ("toiminnassa", "käynnissä", "ended"), or null. */
export function statusKindOf(text: string): StatusKind | null {
  return STATUS_BY_WORD.get(foldText(text)) ?? null;
}

/** The kind of a record's status text, or null for a status outside the three. */
export function recordStatusKind(record: ProjectRecord): StatusKind | null {
  const status = foldText(record.status ?? '');
  if (status.startsWith('toiminnassa')) return 'running';
  if (status.includes('paattynyt')) return 'ended';
  if (status.includes('keskeyt')) return 'interrupted';
  return null;
}

/** Fields of the small identity index, where typos and half-typed words are looked for. */
export const IDENTITY_FIELDS: readonly IndexField[] = ['code', 'name', 'applicant', 'contact', 'region'];
/** Long text fields: matched on base forms only, exactly, because their vocabulary is large. */
const TEXT_FIELDS = new Set<IndexField>(['targets', 'body']);
/** How much a typo or prefix match on a name counts next to an exact match anywhere. */
const IDENTITY_WEIGHT = 0.5;
const SERIALIZATION_VERSION = 6;
/** Typo tolerance is a share of a term's length, but never more than this many edits. */
const MAX_FUZZY = 2;
/** A term in more than this share of the documents is too common to be worth scoring. */
const COMMON_SHARE = 0.3;

/** The JSON part of a serialized catalog; the two term indexes follow it as bytes. */
type SerializedHeader = { version: number; exactBytes: number };

export class Catalog {
  readonly byCode: ReadonlyMap<string, ProjectRecord>;
  readonly gazetteer: Gazetteer;

  private constructor(
    readonly records: readonly ProjectRecord[],
    readonly terms: TermProcessor,
    /**
     * Every field, exact terms: the ranking of free text. Compact indexes of our own rather than
     * MiniSearch ones, whose per-posting Maps are too heavy for the long texts (see `TermIndex`).
     */
    readonly exact: TermIndex,
    /** Code, name, organisation, contact and region, for prefix and typo matching (a small vocabulary). */
    readonly identity: TermIndex,
  ) {
    this.byCode = new Map(records.map((record) => [record.code, record]));
    this.gazetteer = new Gazetteer(records, terms);
    // Built now rather than on the first question, which would otherwise wait for it.
    identity.vocabulary();
  }

  /**
   * The index definition as MiniSearch options: the reference the term indexes are built (and tested)
   * to match. The analyzer shapes the terms, which is why it is part of the cache key.
   */
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

  /** A term index's options: the same fields, tokens and terms as `indexOptions`. */
  static termIndexOptions(terms: TermProcessor, fields: readonly IndexField[] = FIELDS) {
    const options = Catalog.indexOptions(terms, fields);
    return {
      fields,
      id: (record: ProjectRecord) => record.code,
      extractField: options.extractField as (record: ProjectRecord, field: string) => string,
      tokenize: (text: string) => tokenize(text),
      processTerm: options.processTerm as (term: string, field: string) => string[],
    };
  }

  /** Builds the indexes over `records`. */
  static build(records: readonly ProjectRecord[], terms: TermProcessor): Catalog {
    const exact = TermIndex.build(records, Catalog.termIndexOptions(terms));
    const identity = TermIndex.build(records, Catalog.termIndexOptions(terms, IDENTITY_FIELDS));
    return new Catalog(records, terms, exact, identity);
  }

  /** Both indexes as bytes: a length-prefixed JSON header, then the exact and the identity index. */
  serialize(): Uint8Array {
    const exact = this.exact.toBytes();
    const header: SerializedHeader = { version: SERIALIZATION_VERSION, exactBytes: exact.byteLength };
    const json = Buffer.from(JSON.stringify(header), 'utf8');
    const prefix = Buffer.alloc(4);
    prefix.writeUInt32LE(json.length);
    return Buffer.concat([prefix, json, exact, this.identity.toBytes()]);
  }

  /** Restores a catalog serialized over the same records with the same terms; throws on anything else. */
  static deserialize(records: readonly ProjectRecord[], terms: TermProcessor, bytes: Uint8Array): Catalog {
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const length = data.length >= 4 ? data.readUInt32LE(0) : -1;
    if (length < 0 || 4 + length > data.length) throw new Error('Catalog: not a serialized catalog');
    let header: Partial<SerializedHeader>;
    try {
      header = JSON.parse(data.toString('utf8', 4, 4 + length)) as Partial<SerializedHeader>;
    } catch {
      throw new Error('Catalog: not a serialized catalog');
    }
    if (header?.version !== SERIALIZATION_VERSION || typeof header.exactBytes !== 'number') {
      throw new Error('Catalog: not a serialized catalog of this version');
    }
    const start = 4 + length;
    const exact = TermIndex.fromBytes(data.subarray(start, start + header.exactBytes));
    const identity = TermIndex.fromBytes(data.subarray(start + header.exactBytes));
    if (
      exact.documentCount !== records.length ||
      identity.documentCount !== records.length ||
      records.some((record, i) => exact.ids[i] !== record.code || identity.ids[i] !== record.code)
    ) {
      throw new Error(
        `Catalog: the cached index has ${exact.documentCount} documents, the data ${records.length}`,
      );
    }
    return new Catalog(records, terms, exact, identity);
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

  /** In how many documents a term occurs, counted in the field where it occurs most. */
  documentFrequency(term: string): number {
    return this.exact.documentFrequency(term);
  }

  get(code: string): ProjectRecord | undefined {
    return this.byCode.get(code.toUpperCase());
  }

  /**
   * Analysed words as term-index queries: each word's alternatives (its base forms) are OR-ed. `loose`
   * adds prefix and typo matching, for the identity index only: over the texts' vocabulary it would
   * touch too many terms.
   */
  wordQueries(words: ReadonlyArray<{ token: string; terms: readonly string[] }>, loose = false): WordQuery[] {
    return words.map(({ token, terms }) => {
      const boostTerm = hyphenBoost(token, terms);
      // A code or a number must match exactly; so must short terms, whose expansions are many.
      const looseWord = loose && !/\d/.test(token);
      return {
        terms,
        ...(boostTerm ? { boostTerm } : {}),
        ...(looseWord
          ? {
              prefix: (term: string) => token.length >= 4 && term.length >= 5,
              fuzzy: (term: string) => (token.length >= 5 && term.length >= 5 ? 0.2 : false),
            }
          : {}),
      };
    });
  }

  /**
   * Projects matching analysed words by name, organisation, contact or place, typos and half-typed
   * words included: the `limit` best, best first (equal scores in the order found, as MiniSearch's
   * stable sort keeps them). `matches` holds every match; `matches.details(doc)` tells how one matched.
   */
  identitySearch(
    words: ReadonlyArray<{ token: string; terms: readonly string[] }>,
    options: { fields?: readonly IndexField[]; boost?: Partial<Record<IndexField, number>> } = {},
    limit = Number.POSITIVE_INFINITY,
  ): { hits: IdentityHit[]; matches: TermMatches } {
    const matches = this.identity.search(this.wordQueries(words, true), {
      combineWith: 'OR',
      fields: options.fields ?? IDENTITY_FIELDS,
      boost: options.boost ?? FIELD_BOOSTS,
      maxFuzzy: MAX_FUZZY,
    });
    return { hits: this.rankIdentity(matches, matches.docs.keys(), limit), matches };
  }

  /** The matches at positions `found` (of `matches.docs`) as hits, the `limit` best first. */
  rankIdentity(
    matches: TermMatches,
    found: Iterable<number>,
    limit = Number.POSITIVE_INFINITY,
  ): IdentityHit[] {
    const { docs, scores } = matches;
    const score = (i: number) => scores[i] as number;
    return leading(
      found,
      Math.min(limit, docs.length),
      (a, b) => score(a) > score(b) || (score(a) === score(b) && a < b),
    ).map((i) => {
      const doc = docs[i] as number;
      return { code: this.identity.ids[doc] as string, doc, score: score(i) };
    });
  }

  /**
   * Ranked projects for free text. All words must match when some project has them all; otherwise the
   * projects matching most of them rank first.
   */
  search(text: string, filters: SearchFilters = {}, limit = 10): Hit[] {
    const filter = this.filterFor(filters);
    const words = this.selective(this.terms.queryWords(text));
    const boost = filters.boost ?? FIELD_BOOSTS;
    // Scores by document number; `looseTerms` holds the typo and prefix matches of the identity index.
    const scores = new Map<number, number>();
    let loose: TermMatches | null = null;
    const identityFields = (filters.fields ?? IDENTITY_FIELDS).filter((field) =>
      IDENTITY_FIELDS.includes(field),
    );
    const identityOnly = !!filters.fields && filters.fields.every((field) => IDENTITY_FIELDS.includes(field));
    const exactWords = this.wordQueries(words);
    if (words.length && !identityOnly) {
      const run = (combineWith: 'AND' | 'OR') => {
        const { docs, scores: found } = this.exact.search(exactWords, {
          combineWith,
          boost,
          fields: filters.fields,
        });
        const kept: [number, number][] = [];
        docs.forEach((doc, i) => {
          if (!filter || filter(this.records[doc] as ProjectRecord)) kept.push([doc, found[i] as number]);
        });
        return kept;
      };
      let exact = run('AND');
      if (!exact.length) exact = run('OR');
      for (const [doc, score] of exact) scores.set(doc, score);
    }
    if (words.length && identityFields.length) {
      // Typos and half-typed words in names, organisations and people.
      const weight = identityOnly ? 1 : IDENTITY_WEIGHT;
      const found = this.identity.search(this.wordQueries(words, true), {
        combineWith: 'OR',
        boost,
        fields: identityFields,
        maxFuzzy: MAX_FUZZY,
      });
      found.docs.forEach((doc, i) => {
        if (filter && !filter(this.records[doc] as ProjectRecord)) return;
        scores.set(doc, (scores.get(doc) ?? 0) + (found.scores[i] as number) * weight);
      });
      loose = found;
    }
    if (!words.length && filter) {
      this.records.forEach((record, doc) => {
        if (filter(record)) scores.set(doc, 1);
      });
    }
    // Ties go by code; codes are "S" or "A" and five digits, so code-unit order is alphabetical order.
    const codeOf = (doc: number) => (this.records[doc] as ProjectRecord).code;
    return leading(
      scores,
      limit,
      (a, b) => a[1] > b[1] || (a[1] === b[1] && codeOf(a[0]) < codeOf(b[0])),
    ).map(([doc, score]) => {
      const record = this.records[doc] as ProjectRecord;
      // The matched terms are looked up for the hits shown only, not for every match.
      const matched = new Set<string>();
      if (!identityOnly) {
        for (const { terms } of exactWords) {
          for (const term of terms) if (this.exact.documentHas(doc, term, filters.fields)) matched.add(term);
        }
      }
      if (loose) for (const term of loose.details(doc).terms) matched.add(term);
      return {
        code: record.code,
        name: record.name ?? null,
        score: Math.round(score * 1000) / 1000,
        terms: [...matched],
      };
    });
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

/**
 * The `limit` first items in the order `before` defines, first first. A partial selection: a common
 * word matches thousands of projects, of which a handful are shown.
 */
export function leading<T>(items: Iterable<T>, limit: number, before: (a: T, b: T) => boolean): T[] {
  const kept: T[] = [];
  if (limit <= 0) return kept;
  for (const item of items) {
    if (kept.length === limit && !before(item, kept[limit - 1] as T)) continue;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (before(item, kept[middle] as T)) high = middle;
      else low = middle + 1;
    }
    kept.splice(low, 0, item);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}

/**
 * The parts of a hyphenated word count for less than the word itself, so a document with
 * "Kesä-oppimisympäristö" outranks one that merely mentions "ympäristö" often.
 */
function hyphenBoost(token: string, terms: readonly string[]): WordQuery['boostTerm'] {
  if (!token.includes('-')) return undefined;
  const whole = new Set(terms.filter((term) => term.includes('-')));
  return whole.size ? (term) => (whole.has(term) ? 1 : 0.25) : undefined;
}

/** A status kind's word matches by kind; any other text as part of the status the document writes. */
function matchesStatus(record: ProjectRecord, status: string): boolean {
  const kind = statusKindOf(status);
  if (kind) return recordStatusKind(record) === kind;
  return foldText(record.status ?? '').includes(foldText(status));
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
