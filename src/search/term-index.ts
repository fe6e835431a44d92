/**
 * A compact inverted index of exact terms, scored with BM25+ exactly as MiniSearch scores.
 *
 * Why not a MiniSearch index: MiniSearch keeps every posting in nested `Map`s, which for the full
 * texts of 10,000 projects (about seven million postings) took 320 MB and 1.4 s to restore. Here the
 * postings live in typed arrays (a few bytes each) that restore with a memory copy, and scoring runs
 * over arrays instead of allocating an object per matching document. A word may also match by
 * prefix and by typo: its terms are expanded over the vocabulary with MiniSearch's own radix tree
 * (`SearchableMap`), weighted as MiniSearch weighs such matches.
 *
 * The scores are MiniSearch's — the same BM25+ parameters, field lengths counted as unique tokens,
 * the running average of field lengths, the same order of additions, prefix and typo weights, and the
 * final multiplication by the number of query terms matched — so rankings do not change with the
 * engine (exact matches score to the last bit; a test compares both).
 *
 * @example
 *   const index = TermIndex.build(records, { fields: ['name', 'body'], id: (r) => r.code, ... });
 *   const { docs, scores } = index.search([{ terms: ['nuori'] }, { terms: ['kainuu'] }], { combineWith: 'AND' });
 *   docs.forEach((doc, i) => console.log(index.ids[doc], scores[i]));
 */

import SearchableMap from 'minisearch/SearchableMap';

/** MiniSearch's default BM25+ parameters. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
/** MiniSearch's default weights of prefix and typo matches. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** How many term expansions are remembered (about one question's words, several times over). */
const RECENT_EXPANSIONS = 32;

const MAGIC = 'HBTERMS';
const FORMAT_VERSION = 1;
/** Written in the header and checked on load: the arrays are stored in this machine's byte order. */
const BYTE_ORDER_MARK = 0x01020304;

export interface TermIndexOptions<T> {
  /** Field names in scoring order. */
  fields: readonly string[];
  id: (document: T) => string;
  extractField: (document: T, field: string) => string;
  tokenize: (text: string) => string[];
  processTerm: (token: string, field: string) => readonly string[];
}

/** One query word: its alternative terms are OR-ed; `boostTerm` weighs each alternative. */
export interface WordQuery {
  terms: readonly string[];
  boostTerm?: (term: string) => number;
  /** Whether a term also matches the longer terms it begins. */
  prefix?: (term: string) => boolean;
  /** A term's typo tolerance: an edit distance, or below 1 a share of its length (as MiniSearch). */
  fuzzy?: (term: string) => number | false;
}

/** Which query terms matched a document, and how (MiniSearch's `terms`, `queryTerms` and `match`). */
export interface MatchDetails {
  /** The document's terms that matched (a typo or prefix match gives the document's own term). */
  terms: string[];
  /** The query terms that matched. */
  queryTerms: string[];
  /** Per matched document term, the fields it matched in. */
  match: Record<string, string[]>;
}

export interface TermSearchOptions {
  combineWith: 'AND' | 'OR';
  /** Per-field boosts; a missing or zero boost counts as 1, as in MiniSearch. */
  boost?: Readonly<Record<string, number | undefined>>;
  /** Only these fields (default: all). */
  fields?: readonly string[];
  /** The largest edit distance a share-of-length `fuzzy` may reach. Default 6, as in MiniSearch. */
  maxFuzzy?: number;
}

/** The documents a query matched (as indexes into `TermIndex.ids`) and their final scores, in step. */
export interface TermMatches {
  docs: readonly number[];
  scores: Float64Array;
  /** Every term the query was expanded to (its own terms and their prefix and typo matches). */
  expandedTerms: ReadonlySet<string>;
  /** How a matched document matched; worked out on request, for the few documents shown. */
  details(doc: number): MatchDetails;
}

/** A query term and one document term it stands for, with the weight of that match. */
interface Expansion {
  source: string;
  term: string;
  id: number;
  weight: number;
}

interface Scratch {
  termScore: Float64Array;
  wordScore: Float64Array;
  total: Float64Array;
  termStamp: Uint32Array;
  wordStamp: Uint32Array;
  totalStamp: Uint32Array;
  quality: Uint16Array;
  stamp: number;
}

interface Arrays {
  /** Per term, its first segment; segments of term t are termStart[t] … termStart[t + 1] - 1. */
  termStart: Uint32Array;
  /** Per segment (a term in one field), the field. */
  segmentField: Uint8Array;
  /** Per segment, its first posting; postings of segment s are segmentStart[s] … segmentStart[s + 1] - 1. */
  segmentStart: Uint32Array;
  /** Per posting, the document (ascending within a segment). */
  postingDoc: Uint32Array;
  /** Per posting, how often the term occurs in the field (capped at 65,535). */
  postingFreq: Uint16Array;
  /** Per document and field (doc × fields + field), the number of unique tokens. */
  fieldLength: Uint32Array;
}

const ARRAY_TYPES = {
  termStart: Uint32Array,
  segmentField: Uint8Array,
  segmentStart: Uint32Array,
  postingDoc: Uint32Array,
  postingFreq: Uint16Array,
  fieldLength: Uint32Array,
} as const;
type ArrayName = keyof typeof ARRAY_TYPES;
const ARRAY_NAMES = Object.keys(ARRAY_TYPES) as ArrayName[];

interface Header {
  format: string;
  version: number;
  byteOrder: number;
  fields: string[];
  ids: string[];
  averageFieldLength: number[];
  /** Byte length of the term list (UTF-8, one term per line, sorted) that follows the header. */
  termBytes: number;
  /** Element counts of the arrays, in `ARRAY_NAMES` order. */
  lengths: Record<ArrayName, number>;
}

export class TermIndex {
  private scratchSpace: Scratch | null = null;
  private vocabularyTree: SearchableMap<number> | null = null;
  private readonly recentExpansions = new Map<string, readonly Expansion[]>();

  private constructor(
    readonly fields: readonly string[],
    /** Document ids, by document number. */
    readonly ids: readonly string[],
    /** Sorted by UTF-16 code units, for binary search. */
    private readonly terms: readonly string[],
    private readonly averageFieldLength: readonly number[],
    private readonly arrays: Arrays,
  ) {
    if (fields.length > 255) throw new Error('TermIndex: at most 255 fields');
  }

  get documentCount(): number {
    return this.ids.length;
  }

  get termCount(): number {
    return this.terms.length;
  }

  get postingCount(): number {
    return this.arrays.postingDoc.length;
  }

  /** Indexes `documents`; document numbers follow their order. */
  static build<T>(documents: readonly T[], options: TermIndexOptions<T>): TermIndex {
    const { fields } = options;
    const fieldCount = fields.length;
    // Per term, its postings as flat (field, doc, frequency) triples in document order.
    const postings = new Map<string, number[]>();
    const fieldLength = new Uint32Array(documents.length * fieldCount);
    const averageFieldLength = fields.map(() => 0);
    const ids: string[] = [];
    const frequencies = new Map<string, number>();
    documents.forEach((document, doc) => {
      ids.push(options.id(document));
      fields.forEach((field, fieldId) => {
        const tokens = options.tokenize(options.extractField(document, field));
        const length = new Set(tokens).size;
        fieldLength[doc * fieldCount + fieldId] = length;
        // MiniSearch's running average, kept as it computes it so that scores match to the bit.
        averageFieldLength[fieldId] = ((averageFieldLength[fieldId] as number) * doc + length) / (doc + 1);
        frequencies.clear();
        for (const token of tokens) {
          for (const term of options.processTerm(token, field)) {
            frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
          }
        }
        for (const [term, frequency] of frequencies) {
          const list = postings.get(term);
          if (list) list.push(fieldId, doc, Math.min(frequency, 0xffff));
          else postings.set(term, [fieldId, doc, Math.min(frequency, 0xffff)]);
        }
      });
    });

    const terms = [...postings.keys()].sort(compareCodeUnits);
    let segments = 0;
    let postingTotal = 0;
    for (const list of postings.values()) {
      postingTotal += list.length / 3;
      segments += new Set(list.filter((_, i) => i % 3 === 0)).size;
    }
    const arrays: Arrays = {
      termStart: new Uint32Array(terms.length + 1),
      segmentField: new Uint8Array(segments),
      segmentStart: new Uint32Array(segments + 1),
      postingDoc: new Uint32Array(postingTotal),
      postingFreq: new Uint16Array(postingTotal),
      fieldLength,
    };
    let segment = 0;
    let posting = 0;
    terms.forEach((term, t) => {
      arrays.termStart[t] = segment;
      const list = postings.get(term) as number[];
      // Group by field in field order; documents stay ascending within a field.
      for (let fieldId = 0; fieldId < fieldCount; fieldId++) {
        const start = posting;
        for (let i = 0; i < list.length; i += 3) {
          if (list[i] !== fieldId) continue;
          arrays.postingDoc[posting] = list[i + 1] as number;
          arrays.postingFreq[posting] = list[i + 2] as number;
          posting++;
        }
        if (posting > start) {
          arrays.segmentField[segment] = fieldId;
          arrays.segmentStart[segment] = start;
          segment++;
        }
      }
    });
    arrays.termStart[terms.length] = segment;
    arrays.segmentStart[segment] = posting;
    return new TermIndex([...fields], ids, terms, averageFieldLength, arrays);
  }

  /** The term's number, or -1 when no document has it. */
  private termId(term: string): number {
    const { terms } = this;
    let low = 0;
    let high = terms.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const candidate = terms[middle] as string;
      if (candidate === term) return middle;
      if (candidate < term) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** True when some document has `term` in any field. */
  has(term: string): boolean {
    return this.termId(term) >= 0;
  }

  /** In how many documents the term occurs, counted in the field where it occurs most (as MiniSearch's index holds it). */
  documentFrequency(term: string): number {
    const t = this.termId(term);
    if (t < 0) return 0;
    const { termStart, segmentStart } = this.arrays;
    let most = 0;
    for (let s = termStart[t] as number; s < (termStart[t + 1] as number); s++) {
      most = Math.max(most, (segmentStart[s + 1] as number) - (segmentStart[s] as number));
    }
    return most;
  }

  /** Whether document `doc` has `term` in one of `fields` (default: any field). */
  documentHas(doc: number, term: string, fields?: readonly string[]): boolean {
    const t = this.termId(term);
    if (t < 0) return false;
    const wanted = fields ? new Set(fields.map((field) => this.fields.indexOf(field))) : null;
    const { termStart, segmentField, segmentStart, postingDoc } = this.arrays;
    for (let s = termStart[t] as number; s < (termStart[t + 1] as number); s++) {
      if (wanted && !wanted.has(segmentField[s] as number)) continue;
      // Documents ascend within a segment.
      let low = segmentStart[s] as number;
      let high = (segmentStart[s + 1] as number) - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const found = postingDoc[middle] as number;
        if (found === doc) return true;
        if (found < doc) low = middle + 1;
        else high = middle - 1;
      }
    }
    return false;
  }

  /** The documents that have `term` in `field`, ascending. */
  documentsWith(term: string, field: string): number[] {
    const t = this.termId(term);
    const fieldId = this.fields.indexOf(field);
    if (t < 0 || fieldId < 0) return [];
    const { termStart, segmentField, segmentStart, postingDoc } = this.arrays;
    for (let s = termStart[t] as number; s < (termStart[t + 1] as number); s++) {
      if (segmentField[s] === fieldId) {
        return Array.from(postingDoc.subarray(segmentStart[s] as number, segmentStart[s + 1] as number));
      }
    }
    return [];
  }

  /**
   * The vocabulary as a radix tree, for prefix and typo lookups. Built on first use; call it after
   * loading to spare the first question the wait.
   */
  vocabulary(): SearchableMap<number> {
    if (!this.vocabularyTree) {
      const tree = new SearchableMap<number>();
      for (let id = 0; id < this.terms.length; id++) tree.set(this.terms[id] as string, id);
      this.vocabularyTree = tree;
    }
    return this.vocabularyTree;
  }

  /** A query term's matches in the vocabulary, in MiniSearch's order and with its weights. */
  private expand(term: string, word: WordQuery, maxFuzzy: number): readonly Expansion[] {
    const prefix = word.prefix?.(term) ?? false;
    const fuzzy = word.fuzzy?.(term) ?? false;
    const distance = fuzzy ? (fuzzy < 1 ? Math.min(maxFuzzy, Math.round(term.length * fuzzy)) : fuzzy) : 0;
    // One question looks its words up several times (which project, then which texts): the last
    // few expansions are kept.
    const key = `${prefix ? 'p' : '-'}${distance}:${term}`;
    const known = this.recentExpansions.get(key);
    if (known) return known;
    const expansions = this.expandUncached(term, prefix, distance);
    if (this.recentExpansions.size >= RECENT_EXPANSIONS) {
      this.recentExpansions.delete(this.recentExpansions.keys().next().value as string);
    }
    this.recentExpansions.set(key, expansions);
    return expansions;
  }

  private expandUncached(term: string, prefix: boolean, distance: number): Expansion[] {
    const expansions: Expansion[] = [];
    const exact = this.termId(term);
    if (exact >= 0) expansions.push({ source: term, term, id: exact, weight: 1 });
    if (!prefix && !distance) return expansions;
    const vocabulary = this.vocabulary();
    const fuzzyMatches = distance
      ? (vocabulary.fuzzyGet(term, distance) as Map<string, [number, number]>)
      : null;
    if (prefix) {
      for (const [found, id] of vocabulary.atPrefix(term)) {
        const extra = found.length - term.length;
        if (!extra) continue;
        // A prefix match is scored as one even when it is also a typo match.
        fuzzyMatches?.delete(found);
        const weight = (PREFIX_WEIGHT * found.length) / (found.length + 0.3 * extra);
        expansions.push({ source: term, term: found, id, weight });
      }
    }
    if (fuzzyMatches) {
      for (const [found, [id, edits]] of fuzzyMatches) {
        if (!edits) continue;
        const weight = (FUZZY_WEIGHT * found.length) / (found.length + edits);
        expansions.push({ source: term, term: found, id, weight });
      }
    }
    return expansions;
  }

  /** The fields of `fieldIds` in which document `doc` has term number `t`. */
  private fieldsWith(doc: number, t: number, fieldIds: readonly number[]): string[] {
    const { termStart, segmentField, segmentStart, postingDoc } = this.arrays;
    const found: string[] = [];
    for (const fieldId of fieldIds) {
      for (let s = termStart[t] as number; s < (termStart[t + 1] as number); s++) {
        if (segmentField[s] !== fieldId) continue;
        let low = segmentStart[s] as number;
        let high = (segmentStart[s + 1] as number) - 1;
        while (low <= high) {
          const middle = (low + high) >>> 1;
          const at = postingDoc[middle] as number;
          if (at === doc) {
            found.push(this.fields[fieldId] as string);
            break;
          }
          if (at < doc) low = middle + 1;
          else high = middle - 1;
        }
      }
    }
    return found;
  }

  private scratch(): Scratch {
    const size = this.ids.length;
    if (!this.scratchSpace || this.scratchSpace.stamp > 0xfffff000) {
      this.scratchSpace = {
        termScore: new Float64Array(size),
        wordScore: new Float64Array(size),
        total: new Float64Array(size),
        termStamp: new Uint32Array(size),
        wordStamp: new Uint32Array(size),
        totalStamp: new Uint32Array(size),
        quality: new Uint16Array(size),
        stamp: 0,
      };
    }
    return this.scratchSpace;
  }

  /**
   * The documents matching `words`: with AND, every word (any of its terms, in any searched field);
   * with OR, at least one. Scores are MiniSearch's for the equivalent query tree
   * `{ combineWith, queries: words.map((w) => ({ combineWith: 'OR', queries: w.terms, boostTerm })) }`.
   */
  search(words: readonly WordQuery[], options: TermSearchOptions): TermMatches {
    const fieldIds = (options.fields ?? this.fields)
      .map((field) => this.fields.indexOf(field))
      .filter((id) => id >= 0);
    const fieldBoosts = fieldIds.map((id) => options.boost?.[this.fields[id] as string] || 1);
    const scratch = this.scratch();
    const { termScore, wordScore, total, termStamp, wordStamp, totalStamp, quality } = scratch;
    const { termStart, segmentField, segmentStart, postingDoc, postingFreq, fieldLength } = this.arrays;
    const fieldCount = this.fields.length;
    const documentCount = this.ids.length;
    const and = options.combineWith === 'AND';
    // Stamps instead of clearing arrays: a document belongs to the current term, word or result
    // when its stamp equals the current one.
    const totalMark = ++scratch.stamp;
    let matched: number[] = [];
    const counted: number[] = [];
    const countedTerms = new Set<string>();

    const maxFuzzy = options.maxFuzzy ?? 6;
    const expansions: Expansion[] = [];

    words.forEach((word, w) => {
      const wordMark = ++scratch.stamp;
      const wordDocs: number[] = [];
      for (const source of word.terms) {
        const derived = this.expand(source, word, maxFuzzy);
        if (!derived.length) continue;
        expansions.push(...derived);
        const termBoost = word.boostTerm ? word.boostTerm(source) : 1;
        // The quality factor counts each query term once, however many words share it.
        const firstTime = !countedTerms.has(source);
        countedTerms.add(source);
        const termMark = ++scratch.stamp;
        const termDocs: number[] = [];
        for (const { id: t, weight: termWeight } of derived) {
          for (let f = 0; f < fieldIds.length; f++) {
            const fieldId = fieldIds[f] as number;
            let segment = -1;
            for (let s = termStart[t] as number; s < (termStart[t + 1] as number); s++) {
              if (segmentField[s] === fieldId) {
                segment = s;
                break;
              }
            }
            if (segment < 0) continue;
            const start = segmentStart[segment] as number;
            const end = segmentStart[segment + 1] as number;
            const matching = end - start;
            const average = this.averageFieldLength[fieldId] as number;
            const inverse = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
            const weight = termWeight * termBoost * (fieldBoosts[f] as number);
            for (let p = start; p < end; p++) {
              const doc = postingDoc[p] as number;
              const frequency = postingFreq[p] as number;
              const length = fieldLength[doc * fieldCount + fieldId] as number;
              // As MiniSearch computes it: calcBM25Score, then termWeight·termBoost·fieldBoost·docBoost·raw.
              const raw =
                inverse *
                (BM25.d +
                  (frequency * (BM25.k + 1)) /
                    (frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / average)));
              const score = weight * 1 * raw;
              if (termStamp[doc] === termMark) termScore[doc] = (termScore[doc] as number) + score;
              else {
                termStamp[doc] = termMark;
                termScore[doc] = score;
                termDocs.push(doc);
              }
            }
          }
        }
        for (const doc of termDocs) {
          if (wordStamp[doc] === wordMark) {
            wordScore[doc] = (wordScore[doc] as number) + (termScore[doc] as number);
          } else {
            wordStamp[doc] = wordMark;
            wordScore[doc] = termScore[doc] as number;
            wordDocs.push(doc);
          }
          if (firstTime) {
            if (quality[doc] === 0) counted.push(doc);
            quality[doc] = (quality[doc] as number) + 1;
          }
        }
      }
      if (w === 0 || !and) {
        for (const doc of wordDocs) {
          if (totalStamp[doc] === totalMark) total[doc] = (total[doc] as number) + (wordScore[doc] as number);
          else {
            totalStamp[doc] = totalMark;
            total[doc] = wordScore[doc] as number;
            matched.push(doc);
          }
        }
      } else {
        // AND: keep the documents matched so far that this word matches too.
        matched = matched.filter((doc) => {
          if (wordStamp[doc] !== wordMark) return false;
          total[doc] = (total[doc] as number) + (wordScore[doc] as number);
          return true;
        });
      }
    });

    const scores = new Float64Array(matched.length);
    matched.forEach((doc, i) => {
      scores[i] = (total[doc] as number) * ((quality[doc] as number) || 1);
    });
    for (const doc of counted) quality[doc] = 0;
    return {
      docs: matched,
      scores,
      expandedTerms: new Set(expansions.map((expansion) => expansion.term)),
      details: (doc) => {
        const details: MatchDetails = { terms: [], queryTerms: [], match: {} };
        for (const { source, term, id } of expansions) {
          const fields = this.fieldsWith(doc, id, fieldIds);
          if (!fields.length) continue;
          if (!details.queryTerms.includes(source)) details.queryTerms.push(source);
          const known = details.match[term];
          if (known) {
            for (const field of fields) if (!known.includes(field)) known.push(field);
          } else {
            details.match[term] = fields;
            details.terms.push(term);
          }
        }
        return details;
      },
    };
  }

  /** The index as bytes: a small JSON header, the term list, then the arrays. */
  toBytes(): Uint8Array {
    const termBytes = Buffer.from(this.terms.join('\n'), 'utf8');
    const header: Header = {
      format: MAGIC,
      version: FORMAT_VERSION,
      byteOrder: BYTE_ORDER_MARK,
      fields: [...this.fields],
      ids: [...this.ids],
      averageFieldLength: [...this.averageFieldLength],
      termBytes: termBytes.length,
      lengths: Object.fromEntries(ARRAY_NAMES.map((name) => [name, this.arrays[name].length])) as Record<
        ArrayName,
        number
      >,
    };
    const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    const parts: Uint8Array[] = [];
    const lengthPrefix = Buffer.alloc(4);
    lengthPrefix.writeUInt32LE(headerBytes.length);
    parts.push(lengthPrefix, headerBytes, termBytes);
    for (const name of ARRAY_NAMES) {
      const array = this.arrays[name];
      parts.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    }
    return Buffer.concat(parts);
  }

  /** Restores `toBytes()` output; throws on anything else. */
  static fromBytes(bytes: Uint8Array): TermIndex {
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (data.length < 4) throw new Error('TermIndex: not a serialized index');
    const headerLength = data.readUInt32LE(0);
    let offset = 4 + headerLength;
    if (offset > data.length) throw new Error('TermIndex: truncated header');
    const header = JSON.parse(data.toString('utf8', 4, offset)) as Partial<Header>;
    if (header.format !== MAGIC || header.version !== FORMAT_VERSION) {
      throw new Error('TermIndex: not a serialized index of this version');
    }
    if (header.byteOrder !== BYTE_ORDER_MARK)
      throw new Error('TermIndex: written on a machine of another byte order');
    const { fields, ids, averageFieldLength, termBytes, lengths } = header as Header;
    const termText = data.toString('utf8', offset, offset + termBytes);
    offset += termBytes;
    const terms = termText === '' ? [] : termText.split('\n');
    const arrays = {} as Record<ArrayName, Uint8Array | Uint16Array | Uint32Array>;
    for (const name of ARRAY_NAMES) {
      const Type = ARRAY_TYPES[name];
      const array = new Type(lengths[name]);
      const byteLength = array.byteLength;
      if (offset + byteLength > data.length) throw new Error(`TermIndex: truncated at ${name}`);
      // Copied into a fresh, aligned array: the input may sit at any offset of a shared buffer.
      new Uint8Array(array.buffer).set(data.subarray(offset, offset + byteLength));
      arrays[name] = array;
      offset += byteLength;
    }
    if (offset !== data.length) throw new Error('TermIndex: trailing bytes');
    const restored = arrays as unknown as Arrays;
    if (
      restored.termStart.length !== terms.length + 1 ||
      restored.fieldLength.length !== ids.length * fields.length
    ) {
      throw new Error('TermIndex: inconsistent arrays');
    }
    return new TermIndex(fields, ids, terms, averageFieldLength, restored);
  }
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
