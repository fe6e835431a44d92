/**
 * Places: the regions (maakunnat) with their English names, plus every sub-region and municipality
 * named in the records. Finds the places a question names in any inflected form ("Joensuussa",
 * "Pohjois-Karjalassa", "Kajaanin", "North Karelia").
 */
import type { ProjectRecord } from '../records/schema.ts';
import { type TermProcessor, tokenize } from './terms.ts';

/** The 19 regions of Finland with their usual English names. */
export const REGIONS: ReadonlyArray<{ fi: string; en: readonly string[] }> = [
  { fi: 'Uusimaa', en: ['Uusimaa', 'Helsinki-Uusimaa'] },
  { fi: 'Varsinais-Suomi', en: ['Southwest Finland', 'Finland Proper'] },
  { fi: 'Satakunta', en: ['Satakunta'] },
  { fi: 'Kanta-Häme', en: ['Tavastia Proper', 'Kanta-Hame'] },
  { fi: 'Pirkanmaa', en: ['Pirkanmaa', 'Tampere Region'] },
  { fi: 'Päijät-Häme', en: ['Päijänne Tavastia', 'Paijat-Hame', 'Lahti Region'] },
  { fi: 'Kymenlaakso', en: ['Kymenlaakso'] },
  { fi: 'Etelä-Karjala', en: ['South Karelia'] },
  { fi: 'Etelä-Savo', en: ['South Savo', 'Southern Savonia'] },
  { fi: 'Pohjois-Savo', en: ['North Savo', 'Northern Savonia'] },
  { fi: 'Pohjois-Karjala', en: ['North Karelia'] },
  { fi: 'Keski-Suomi', en: ['Central Finland'] },
  { fi: 'Etelä-Pohjanmaa', en: ['South Ostrobothnia', 'Southern Ostrobothnia'] },
  { fi: 'Pohjanmaa', en: ['Ostrobothnia'] },
  { fi: 'Keski-Pohjanmaa', en: ['Central Ostrobothnia'] },
  { fi: 'Pohjois-Pohjanmaa', en: ['North Ostrobothnia', 'Northern Ostrobothnia'] },
  { fi: 'Kainuu', en: ['Kainuu'] },
  { fi: 'Lappi', en: ['Lapland'] },
  { fi: 'Ahvenanmaa', en: ['Åland', 'Aland', 'Åland Islands'] },
];

export type PlaceKind = 'province' | 'subRegion' | 'municipality';

export interface Place {
  /** The name as the records write it ("Pohjois-Karjala", "Joensuu", "Joensuun"). */
  name: string;
  kind: PlaceKind;
  /** The normalised key records are matched on. */
  key: string;
}

interface Entry {
  place: Place;
  /** The alias's words, each as its set of terms. */
  words: ReadonlyArray<ReadonlySet<string>>;
  /** The alias's words as written, lower-cased. */
  written: readonly string[];
}

const KIND_RANK: Record<PlaceKind, number> = { province: 0, municipality: 1, subRegion: 2 };

export class Gazetteer {
  private readonly entries: Entry[] = [];
  private readonly placeKeys = new Map<string, string>();
  /** The records of each place key, by region and by municipality or sub-region: `covers` runs per record. */
  private readonly inProvince = new Map<string, Set<string>>();
  private readonly inLocality = new Map<string, Set<string>>();
  /** The records filed, by code (codes rather than records as keys: hashing strings is cheaper). */
  private readonly indexed = new Map<string, ProjectRecord>();

  constructor(
    records: readonly ProjectRecord[],
    private readonly terms: TermProcessor,
  ) {
    for (const record of records) this.indexed.set(record.code, record);
    const seen = new Set<string>();
    const add = (name: string, kind: PlaceKind, aliases: readonly string[]) => {
      const place: Place = { name, kind, key: this.keyOf(name) };
      for (const alias of new Set([name, ...aliases])) {
        const id = `${kind}|${name}|${alias}`;
        if (seen.has(id)) continue;
        seen.add(id);
        // A hyphenated name matches as a whole: "Etelä-Karjala" must not match "Pohjois-Karjalassa" by its part.
        const words = tokenize(alias).map(
          (token) =>
            new Set(this.ownTerms(token).filter((term) => !token.includes('-') || term.includes('-'))),
        );
        if (words.length && words.every((w) => w.size)) {
          this.entries.push({ place, words, written: tokenize(alias) });
        }
      }
    };
    for (const region of REGIONS) add(region.fi, 'province', region.en);
    const file = (places: Map<string, Set<string>>, name: string, record: ProjectRecord) => {
      const key = this.keyOf(name);
      const codes = places.get(key);
      if (codes) codes.add(record.code);
      else places.set(key, new Set([record.code]));
    };
    // Names recur across thousands of records: each is added once per kind, in order of first sight.
    const names: Record<PlaceKind, Set<string>> = {
      province: new Set(),
      subRegion: new Set(),
      municipality: new Set(),
    };
    for (const record of records) {
      for (const name of record.region.provinces) {
        names.province.add(name);
        file(this.inProvince, name, record);
      }
      for (const name of record.region.subRegions) {
        names.subRegion.add(name);
        file(this.inLocality, name, record);
      }
      for (const name of record.region.municipalities) {
        names.municipality.add(name);
        file(this.inLocality, name, record);
      }
    }
    for (const kind of ['province', 'subRegion', 'municipality'] as const) {
      for (const name of names[kind]) add(name, kind, []);
    }
  }

  /** The key of a place name: its terms, so "Joensuun" (sub-region) and "Joensuu" share one. */
  keyOf(name: string): string {
    let key = this.placeKeys.get(name);
    if (!key) {
      key = tokenize(name)
        .map((token) => [...this.ownTerms(token)].sort()[0] ?? token)
        .join(' ');
      this.placeKeys.set(name, key);
    }
    return key;
  }

  /** Every place whose name (in any inflected form) stands in `text`, regions first. */
  find(text: string): Place[] {
    return this.findInTerms(this.questionTerms(text), tokenize(text)).map((found) => found.place);
  }

  /**
   * The places among already analysed words (each word as its terms, see `questionTerms`), with the
   * words each one spans, regions first: for a reader that has split the question itself.
   */
  findInTerms(
    tokens: ReadonlyArray<readonly string[]>,
    /** The words as written (lower-cased): a word must begin as the place's name does. */
    surfaces?: readonly string[],
  ): { place: Place; start: number; end: number }[] {
    const found = new Map<string, { place: Place; start: number; end: number }>();
    for (const { place, words, written } of this.entries) {
      for (let start = 0; start + words.length <= tokens.length; start++) {
        const matches = words.every(
          (word, offset) =>
            (tokens[start + offset] ?? []).some((term) => word.has(term)) &&
            (!surfaces || beginsAlike(surfaces[start + offset] ?? '', written[offset] ?? '')),
        );
        if (matches) {
          const existing = found.get(place.key);
          if (!existing || KIND_RANK[place.kind] < KIND_RANK[existing.place.kind]) {
            found.set(place.key, { place, start, end: start + words.length });
          }
          break;
        }
      }
    }
    return [...found.values()].sort((a, b) => KIND_RANK[a.place.kind] - KIND_RANK[b.place.kind]);
  }

  /** A question word's terms as places are matched on them (see `questionTerms`). */
  placeTerms(token: string, writtenAsAcronym: boolean): readonly string[] {
    if (writtenAsAcronym) return [];
    const terms = this.ownTerms(token);
    return token.includes('-') ? terms.filter((term) => term.includes('-')) : terms;
  }

  /**
   * A word's own base forms, without the parts of a compound: "Rantaverstas" holds "ranta" as
   * "Lappeenranta" does, but names no place.
   */
  private ownTerms(token: string): string[] {
    return [...new Set([token, ...this.terms.lemmas(token)])];
  }

  /** The tokens of `text` that are part of a place name ("north", "karelia" in "North Karelia"). */
  placeTokens(text: string): Set<string> {
    const tokens = tokenize(text);
    const termsOf = this.questionTerms(text);
    const used = new Set<string>();
    for (const { words } of this.entries) {
      for (let start = 0; start + words.length <= tokens.length; start++) {
        if (words.every((word, offset) => (termsOf[start + offset] ?? []).some((term) => word.has(term)))) {
          for (let i = 0; i < words.length; i++) used.add(tokens[start + i] as string);
        }
      }
    }
    return used;
  }

  /**
   * The terms of each token of a question, as places are matched on them: a hyphenated word only by
   * its whole form ("Etelä-Pohjanmaa" is not "Pohjanmaa"), and an acronym in capitals ("PORE") never,
   * since place names are not written so and an acronym may look like an inflected place (Pori).
   */
  private questionTerms(text: string): (readonly string[])[] {
    const acronyms = new Set(
      [...text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{Ll}])/gu)].map((m) =>
        m[0].toLocaleLowerCase('fi'),
      ),
    );
    return tokenize(text).map((token) => {
      if (acronyms.has(token)) return [];
      const terms = this.ownTerms(token);
      return token.includes('-') ? terms.filter((term) => term.includes('-')) : terms;
    });
  }

  /** True when the record's area includes the place (by region, sub-region or municipality). */
  covers(record: ProjectRecord, place: Place): boolean {
    const places = place.kind === 'province' ? this.inProvince : this.inLocality;
    if (this.indexed.get(record.code) === record) return places.get(place.key)?.has(record.code) ?? false;
    // A record from outside the catalog (not filed here) is checked by its names.
    const { provinces, subRegions, municipalities } = record.region;
    const names = place.kind === 'province' ? provinces : [...municipalities, ...subRegions];
    return names.some((name) => this.keyOf(name) === place.key);
  }
}

/**
 * True when a word begins as a place name does, all but its last two letters (three for -nen; at least two): an
 * inflected form keeps the stem's beginning ("Oulussa", "Turun", "Lahdessa"), while two words whose
 * stems merely meet do not ("virta" is not Virrat, "kide" not Kitee).
 */
function beginsAlike(word: string, name: string): boolean {
  // -nen names change their last three letters: Oulainen ~ Oulaisten.
  const changing = name.endsWith('nen') ? 3 : 2;
  const head = name.slice(0, Math.max(2, name.length - changing));
  return word.startsWith(head) || name.startsWith(word);
}
