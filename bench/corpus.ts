/**
 * A deterministic generator of realistic EURA 2014 project documents for benchmarks and tests.
 *
 * The documents copy the layout of the real seeds (/work/shared/seeds): "hankkeen kuvaus" descriptions
 * with their exact labels, section numbers and blank-line rhythm, and PDF-extracted project cards.
 * Every document carries the ground truth it was written from, so later benchmarks can ask lookup
 * questions whose answers are known.
 *
 * Everything random comes from one seeded mulberry32 stream (never Math.random), so the same
 * options always give byte-identical output.
 *
 * @example
 * const docs = generateCorpus({ count: 100, seed: 1 });
 * await writeCorpus('/tmp/corpus', { count: 10_000, seed: 1 });
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FinnishBusinessIds } from 'finnish-business-ids';

// ---------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------

export type Fund = 'ESR' | 'EAKR';
export type DocumentKind = 'description' | 'card';

/** Options of {@link generateCorpus} and {@link writeCorpus}. */
export interface CorpusOptions {
  /** Number of documents (files) to produce, descriptions and cards together. */
  count: number;
  /** Seed of the pseudo-random stream; the same seed gives byte-identical documents. */
  seed: number;
  /** Share of the documents that are project cards. Default 0.1. */
  cardShare?: number;
}

/** Facts of a project card, shared by the card document and (when it exists) the description. */
export interface CardTruth {
  /** Codes mentioned in parentheses in the card's background text, e.g. "S20010"; sorted. */
  relatedCodes: string[];
  /** The items listed after "Tuotokset", split on ";", without a leading "Header (site, year):". */
  outputs: string[];
  /** The "Tuotokset" value exactly as the card writes it (before wrapping). */
  outputsLine: string;
  /** Distinct links at the end of the card, in order. */
  links: string[];
  /** The funder as the card names it, e.g. "Etelä-Savon ELY-keskus". */
  funder: string;
}

/** The ground truth a document was written from, in the shape of the record contract where it can. */
export interface GeneratedTruth {
  code: string;
  name: string;
  /** The recurring acronym in the name ("POLKU"), or null when the name has none. */
  acronym: string | null;
  fund: Fund;
  priorityAxis: string;
  specificObjective: string;
  period: { start: string; end: string };
  status: string;
  authority: string;
  applicant: {
    name: string;
    orgType: string;
    businessId: string;
    street: string;
    postcode: string;
    city: string;
    phone: string | null;
    website: string | null;
  };
  contact: {
    /** Always "First Last", whatever order the document writes it in. */
    name: string;
    /** The name exactly as the document writes it ("Turunen Tiia" when surname-first). */
    writtenName: string;
    title: string | null;
    /** With "@"; the document writes "(at)". */
    email: string;
    phone: string;
  };
  applicantArrangement: string | null;
  funding: {
    grantedEuState: number;
    realizedEuState: number;
    plannedPublicTotal: number;
    realizedPublicTotal: number;
  };
  region: { provinces: string[]; subRegions: string[]; municipalities: string[] };
  location: { street: string; postcode: string; city: string } | null;
  /** List items of sections 4.1 and 4.2 as a parser should produce them (markers stripped). */
  targetGroups: { primary: string[]; indirect: string[] };
  /** The bare target group phrases used to write those items, e.g. "pitkäaikaistyöttömät". */
  targetGroupNames: { primary: string[]; indirect: string[] };
  indicators: { companiesPlanned: number; companiesRealized: number | null; personsPlanned: number };
  equality: { analysisDone: boolean; mainstreamed: boolean; mainGoal: boolean };
  sustainability: { group: string; criterion: string; direct: number; indirect: number }[];
  /**
   * Made-up method names planted verbatim in the summary and final report; no phrase is a substring
   * of another. A card-only project keeps one, listed among its card outputs (where the PDF-style
   * wrapping may break it across lines).
   */
  phrases: string[];
  hasFinalReport: boolean;
  /** False for the few card-only projects that have no description in the corpus. */
  hasDescription: boolean;
  card: CardTruth | null;
  /** The theme whose sentence pools wrote the texts, e.g. "inclusion". */
  theme: string;
}

/** One generated file: its path relative to the corpus folder, its text and its ground truth. */
export interface GeneratedDocument {
  file: string;
  text: string;
  kind: DocumentKind;
  truth: GeneratedTruth;
}

/** Totals of a written corpus. */
export interface CorpusStats {
  documents: number;
  descriptions: number;
  cards: number;
  bytes: number;
}

/** Files per subfolder, so that no folder of a large corpus becomes unwieldy. */
export const FILES_PER_FOLDER = 1000;

/** Bumped whenever the output for a given seed changes, so cached corpora get rebuilt. */
export const GENERATOR_VERSION = 3;

const DEFAULT_CARD_SHARE = 0.1;
/** Share of ESR projects among descriptions (the real service is about 70 % ESR). */
const ESR_SHARE = 0.7;
/** Share of the cards that are about a project with no description in the corpus. */
const CARD_ONLY_SHARE = 0.15;
/** The day the generated "service" was read: decides which projects are still running. */
const SNAPSHOT_DATE = '2023-06-30';
/** Description sizes are aimed inside these bounds (bytes) so every file lands in 6–12 KB. */
const MIN_TARGET_BYTES = 6400;
const MAX_TARGET_BYTES = 11500;
const HARD_MAX_BYTES = 12000;

// ---------------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------------

/** The mulberry32 generator: tiny, fast and good enough; the one source of randomness here. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = hashNumber(seed);
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('corpus: pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight; `weights` and `items` are parallel. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const weight of weights) total += weight;
    let roll = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      roll -= weights[i] ?? 0;
      if (roll < 0) return items[i] as T;
    }
    return items[items.length - 1] as T;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const swap = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = swap;
    }
    return copy;
  }

  /** `count` distinct items in random order (fewer when the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }

  /** `length` lower-case hex digits, for file names. */
  hex(length: number): string {
    let out = '';
    while (out.length < length) out += Math.floor(this.next() * 16).toString(16);
    return out;
  }
}

/** Scrambles a number into a 32-bit state so that nearby seeds give unrelated streams. */
function hashNumber(value: number): number {
  let h = Math.trunc(value) ^ 0x9e3779b9;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a of a string: gives an organisation the same Y-tunnus and address in every document. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------------
// Small text helpers
// ---------------------------------------------------------------------------------------------------

/** ASCII slug for e-mail addresses and domains: "Pyykkönen" → "pyykkonen". */
function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9-]/g, '');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The genitive of a Finnish place name: regular endings by rule, the rest listed. */
function placeGenitive(name: string): string {
  const irregular: Record<string, string> = {
    Helsinki: 'Helsingin',
    Lahti: 'Lahden',
    Turku: 'Turun',
    Hanko: 'Hangon',
    Uusikaupunki: 'Uudenkaupungin',
    Uusikaarlepyy: 'Uudenkaarlepyyn',
    Kristiinankaupunki: 'Kristiinankaupungin',
    Kirkkonummi: 'Kirkkonummen',
    Muhos: 'Muhoksen',
    Alavus: 'Alavuden',
    Kannus: 'Kannuksen',
    Korsnäs: 'Korsnäsin',
    Kuortane: 'Kuortaneen',
    Kemiönsaari: 'Kemiönsaaren',
    Kangasala: 'Kangasalan',
    Ii: 'Iin',
    Leppävirta: 'Leppävirran',
    Kurikka: 'Kurikan',
    Tuusniemi: 'Tuusniemen',
    Lieto: 'Liedon',
    Harjavalta: 'Harjavallan',
    Pomarkku: 'Pomarkun',
    Loppi: 'Lopen',
    Tampere: 'Tampereen',
    Pälkäne: 'Pälkäneen',
    Punkalaidun: 'Punkalaitumen',
    Virrat: 'Virtain',
    Savitaipale: 'Savitaipaleen',
    Keitele: 'Keiteleen',
    Varkaus: 'Varkauden',
    Vesanto: 'Vesannon',
    Outokumpu: 'Outokummun',
    Kitee: 'Kiteen',
    Nurmes: 'Nurmeksen',
    Toivakka: 'Toivakan',
    Pihtipudas: 'Pihtiputaan',
    Luhanka: 'Luhangan',
    Luoto: 'Luodon',
    Hailuoto: 'Hailuodon',
    Liminka: 'Limingan',
    Pyhäntä: 'Pyhännän',
    Puolanka: 'Puolangan',
    Vihti: 'Vihdin',
    Uusimaa: 'Uudenmaan',
    'Varsinais-Suomi': 'Varsinais-Suomen',
    Satakunta: 'Satakunnan',
    'Kanta-Häme': 'Kanta-Hämeen',
    'Päijät-Häme': 'Päijät-Hämeen',
    'Keski-Suomi': 'Keski-Suomen',
    Lappi: 'Lapin',
  };
  const known = irregular[name];
  if (known) return known;
  const rules: [string, string][] = [
    ['niemi', 'niemen'],
    ['lahti', 'lahden'],
    ['järvi', 'järven'],
    ['joki', 'joen'],
    ['koski', 'kosken'],
    ['mäki', 'mäen'],
    ['saari', 'saaren'],
    ['vesi', 'veden'],
    ['salmi', 'salmen'],
    ['lampi', 'lammen'],
    ['ranta', 'rannan'],
    ['inen', 'isten'],
  ];
  for (const [ending, replacement] of rules) {
    if (name.endsWith(ending)) return name.slice(0, -ending.length) + replacement;
  }
  return `${name}n`;
}

/** The genitive of an organisation name, for "yhteistyössä X:n kanssa". */
function organisationGenitive(name: string): string {
  if (/ (ry|Oy|sr|Ab|LUT|REDU)$/.test(name)) return `${name}:n`;
  if (name.endsWith('kaupunki')) return `${name.slice(0, -'kaupunki'.length)}kaupungin`;
  if (name.endsWith('kunta')) return `${name.slice(0, -'kunta'.length)}kunnan`;
  if (name.endsWith('keskus')) return `${name.slice(0, -'keskus'.length)}keskuksen`;
  if (name.endsWith('hallitus')) return `${name.slice(0, -'hallitus'.length)}hallituksen`;
  if (name.endsWith('liitto')) return `${name.slice(0, -'liitto'.length)}liiton`;
  return /[aeiouyäö]$/i.test(name) ? `${name}n` : `${name}:n`;
}

/** "2.1.2018" from "2018-01-02": the seeds write dates without leading zeros. */
function finnishDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${Number(day)}.${Number(month)}.${year}`;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "1 319 685": groups of three with the given separator (normal, no-break or thin space). */
function formatEuros(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Joins list items the Finnish way: "a, b ja c". */
function finnishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ja ${items[items.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------------
// Geography: the maakunnat, their seutukunnat (genitive, as the service writes them) and kunnat
// ---------------------------------------------------------------------------------------------------

interface Municipality {
  name: string;
  genitive: string;
  isTown: boolean;
  postcode: string;
  subRegion: string;
  province: string;
}

interface SubRegion {
  name: string;
  municipalities: Municipality[];
}

interface Province {
  name: string;
  genitive: string;
  /** Rough share of projects, after population and activity. */
  weight: number;
  /** Genitive of the province's own ELY-keskus. */
  localEly: string;
  /** Genitive of the ELY-keskus that handled ESR for the whole large area. */
  esrEly: string;
  regionalCouncil: string;
  neighbours: string[];
  subRegions: SubRegion[];
}

/**
 * Compact source table. Municipalities are "Name:postcode", a `*` marks a town (kaupunki).
 * Postcodes are those of the municipal centre.
 */
const PROVINCE_TABLE: {
  name: string;
  weight: number;
  localEly: string;
  esrEly: string;
  council: string;
  neighbours: string[];
  subRegions: Record<string, string>;
}[] = [
  {
    name: 'Uusimaa',
    weight: 14,
    localEly: 'Uudenmaan',
    esrEly: 'Uudenmaan',
    council: 'Uudenmaan liitto',
    neighbours: ['Varsinais-Suomi', 'Kanta-Häme', 'Päijät-Häme', 'Kymenlaakso'],
    subRegions: {
      Helsingin:
        'Helsinki*:00100, Espoo*:02100, Vantaa*:01300, Kauniainen*:02700, Hyvinkää*:05800, Järvenpää*:04400, Kerava*:04200, Kirkkonummi:02400, Mäntsälä:04600, Nurmijärvi:01900, Pornainen:07170, Sipoo:04130, Tuusula:04300, Vihti:03400',
      Loviisan: 'Loviisa*:07900, Lapinjärvi:07800',
      Porvoon: 'Porvoo*:06100, Askola:07500, Myrskylä:07600, Pukkila:07560',
      Raaseporin: 'Raasepori*:10600, Hanko*:10900, Inkoo:10210',
      Lohjan: 'Lohja*:08100, Karkkila*:03600, Siuntio:02580',
    },
  },
  {
    name: 'Varsinais-Suomi',
    weight: 8,
    localEly: 'Varsinais-Suomen',
    esrEly: 'Keski-Suomen',
    council: 'Varsinais-Suomen liitto',
    neighbours: ['Uusimaa', 'Satakunta', 'Kanta-Häme', 'Pirkanmaa'],
    subRegions: {
      Turun:
        'Turku*:20100, Kaarina*:20780, Lieto:21420, Masku:21250, Mynämäki:23100, Naantali*:21100, Nousiainen:21270, Paimio*:21530, Raisio*:21200, Rusko:21290, Sauvo:21570',
      Salon: 'Salo*:24100',
      'Vakka-Suomen':
        'Uusikaupunki*:23500, Laitila*:23800, Pyhäranta:23950, Taivassalo:23310, Vehmaa:23200, Kustavi:23360',
      Loimaan: 'Loimaa*:32200, Aura:21380, Marttila:21490, Oripää:32500, Pöytyä:21870',
      'Åboland-Turunmaan': 'Parainen*:21600, Kemiönsaari:25700',
    },
  },
  {
    name: 'Satakunta',
    weight: 5,
    localEly: 'Satakunnan',
    esrEly: 'Keski-Suomen',
    council: 'Satakuntaliitto',
    neighbours: ['Varsinais-Suomi', 'Pirkanmaa', 'Etelä-Pohjanmaa'],
    subRegions: {
      Porin:
        'Pori*:28100, Harjavalta*:29200, Kokemäki*:32800, Merikarvia:29900, Nakkila:29250, Pomarkku:29630, Ulvila*:28400',
      Rauman: 'Rauma*:26100, Eura:27510, Eurajoki:27100',
      'Pohjois-Satakunnan':
        'Kankaanpää*:38700, Honkajoki:38950, Jämijärvi:38800, Karvia:39930, Siikainen:29810',
      'Kaakkois-Satakunnan': 'Huittinen*:32700, Säkylä:27800',
    },
  },
  {
    name: 'Kanta-Häme',
    weight: 4,
    localEly: 'Hämeen',
    esrEly: 'Hämeen',
    council: 'Hämeen liitto',
    neighbours: ['Uusimaa', 'Pirkanmaa', 'Päijät-Häme', 'Varsinais-Suomi'],
    subRegions: {
      Hämeenlinnan: 'Hämeenlinna*:13100, Hattula:13880, Janakkala:14200',
      Riihimäen: 'Riihimäki*:11100, Hausjärvi:12100, Loppi:12700',
      Forssan: 'Forssa*:30100, Humppila:31640, Jokioinen:31600, Tammela:31300, Ypäjä:32100',
    },
  },
  {
    name: 'Pirkanmaa',
    weight: 9,
    localEly: 'Pirkanmaan',
    esrEly: 'Keski-Suomen',
    council: 'Pirkanmaan liitto',
    neighbours: ['Satakunta', 'Kanta-Häme', 'Päijät-Häme', 'Keski-Suomi', 'Etelä-Pohjanmaa'],
    subRegions: {
      Tampereen:
        'Tampere*:33100, Kangasala*:36200, Lempäälä:37500, Nokia*:37100, Orivesi*:35300, Pirkkala:33960, Vesilahti:37470, Ylöjärvi*:33470, Pälkäne:36600',
      'Luoteis-Pirkanmaan': 'Parkano*:39700, Ikaalinen*:39500, Kihniö:39820, Hämeenkyrö:39100',
      'Lounais-Pirkanmaan': 'Sastamala*:38200, Punkalaidun:31900',
      'Etelä-Pirkanmaan': 'Valkeakoski*:37600, Akaa*:37800, Urjala:31760',
      'Ylä-Pirkanmaan': 'Mänttä-Vilppula*:35800, Juupajoki:35500, Ruovesi:34600, Virrat*:34800',
    },
  },
  {
    name: 'Päijät-Häme',
    weight: 4,
    localEly: 'Hämeen',
    esrEly: 'Hämeen',
    council: 'Päijät-Hämeen liitto',
    neighbours: ['Uusimaa', 'Kanta-Häme', 'Pirkanmaa', 'Kymenlaakso', 'Keski-Suomi', 'Etelä-Savo'],
    subRegions: {
      Lahden:
        'Lahti*:15100, Asikkala:17200, Hartola:19600, Heinola*:18100, Hollola:15870, Iitti:47400, Kärkölä:16600, Orimattila*:16300, Padasjoki:17500, Sysmä:19700',
    },
  },
  {
    name: 'Kymenlaakso',
    weight: 4,
    localEly: 'Kaakkois-Suomen',
    esrEly: 'Hämeen',
    council: 'Kymenlaakson liitto',
    neighbours: ['Uusimaa', 'Päijät-Häme', 'Etelä-Karjala', 'Etelä-Savo'],
    subRegions: {
      Kouvolan: 'Kouvola*:45100',
      'Kotkan-Haminan': 'Kotka*:48100, Hamina*:49400, Miehikkälä:49700, Pyhtää:49220, Virolahti:49900',
    },
  },
  {
    name: 'Etelä-Karjala',
    weight: 4,
    localEly: 'Kaakkois-Suomen',
    esrEly: 'Hämeen',
    council: 'Etelä-Karjalan liitto',
    neighbours: ['Kymenlaakso', 'Etelä-Savo'],
    subRegions: {
      Lappeenrannan: 'Lappeenranta*:53100, Lemi:54710, Luumäki:54500, Savitaipale:54800, Taipalsaari:54920',
      Imatran: 'Imatra*:55100, Parikkala:59100, Rautjärvi:56800, Ruokolahti:56100',
    },
  },
  {
    name: 'Etelä-Savo',
    weight: 5,
    localEly: 'Etelä-Savon',
    esrEly: 'Etelä-Savon',
    council: 'Etelä-Savon maakuntaliitto',
    neighbours: ['Pohjois-Savo', 'Pohjois-Karjala', 'Etelä-Karjala', 'Kymenlaakso', 'Keski-Suomi'],
    subRegions: {
      Mikkelin:
        'Mikkeli*:50100, Hirvensalmi:52550, Kangasniemi:51200, Mäntyharju:52700, Pertunmaa:19430, Puumala:52200, Juva:51900',
      Savonlinnan: 'Savonlinna*:57100, Enonkoski:58175, Rantasalmi:58900, Sulkava:58700',
      Pieksämäen: 'Pieksämäki*:76100',
    },
  },
  {
    name: 'Pohjois-Savo',
    weight: 6,
    localEly: 'Pohjois-Savon',
    esrEly: 'Etelä-Savon',
    council: 'Pohjois-Savon liitto',
    neighbours: ['Etelä-Savo', 'Pohjois-Karjala', 'Keski-Suomi', 'Kainuu', 'Pohjois-Pohjanmaa'],
    subRegions: {
      Kuopion: 'Kuopio*:70100, Siilinjärvi:71800',
      'Ylä-Savon':
        'Iisalmi*:74100, Kiuruvesi*:74700, Lapinlahti:73100, Sonkajärvi:74300, Vieremä:74200, Pielavesi:72400, Keitele:72600',
      Varkauden: 'Varkaus*:78200, Leppävirta:79100, Joroinen:79600',
      'Sisä-Savon': 'Suonenjoki*:77600, Rautalampi:77700, Tervo:72210, Vesanto:72300',
      'Koillis-Savon': 'Kaavi:73600, Rautavaara:73900, Tuusniemi:71200',
    },
  },
  {
    name: 'Pohjois-Karjala',
    weight: 6,
    localEly: 'Pohjois-Karjalan',
    esrEly: 'Etelä-Savon',
    council: 'Pohjois-Karjalan maakuntaliitto',
    neighbours: ['Pohjois-Savo', 'Etelä-Savo', 'Kainuu'],
    subRegions: {
      Joensuun:
        'Joensuu*:80100, Ilomantsi:82900, Kontiolahti:81100, Liperi:83100, Outokumpu*:83500, Polvijärvi:83700, Heinävesi:79700',
      'Keski-Karjalan': 'Kitee*:82500, Rääkkylä:82300, Tohmajärvi:82600',
      'Pielisen Karjalan': 'Lieksa*:81700, Nurmes*:75500, Juuka:83900',
    },
  },
  {
    name: 'Keski-Suomi',
    weight: 7,
    localEly: 'Keski-Suomen',
    esrEly: 'Keski-Suomen',
    council: 'Keski-Suomen liitto',
    neighbours: [
      'Pirkanmaa',
      'Päijät-Häme',
      'Etelä-Savo',
      'Pohjois-Savo',
      'Etelä-Pohjanmaa',
      'Keski-Pohjanmaa',
    ],
    subRegions: {
      Jyväskylän:
        'Jyväskylä*:40100, Hankasalmi:41520, Laukaa:41340, Muurame:40950, Petäjävesi:41900, Toivakka:41660, Uurainen:41230',
      Jämsän: 'Jämsä*:42100, Kuhmoinen:17800',
      Keuruun: 'Keuruu*:42700, Multia:42600',
      'Saarijärven-Viitasaaren':
        'Saarijärvi*:43100, Viitasaari*:44500, Karstula:43500, Kannonkoski:43300, Kivijärvi:43800, Kinnula:43900, Kyyjärvi:43700, Pihtipudas:44800',
      Äänekosken: 'Äänekoski*:44100, Konnevesi:44300',
      Joutsan: 'Joutsa:19650, Luhanka:19950',
    },
  },
  {
    name: 'Etelä-Pohjanmaa',
    weight: 5,
    localEly: 'Etelä-Pohjanmaan',
    esrEly: 'Keski-Suomen',
    council: 'Etelä-Pohjanmaan liitto',
    neighbours: ['Pohjanmaa', 'Keski-Pohjanmaa', 'Keski-Suomi', 'Pirkanmaa', 'Satakunta'],
    subRegions: {
      Seinäjoen:
        'Seinäjoki*:60100, Ilmajoki:60800, Isokyrö:61500, Kurikka*:61300, Lapua*:62100, Kauhava*:62200',
      Suupohjan: 'Kauhajoki*:61800, Isojoki:64900, Karijoki:64350, Teuva:64700',
      Järviseudun: 'Alajärvi*:62900, Evijärvi:62500, Lappajärvi:62600, Vimpeli:62800',
      Kuusiokuntien: 'Alavus*:63300, Kuortane:63100, Soini:63800, Ähtäri*:63700',
    },
  },
  {
    name: 'Pohjanmaa',
    weight: 4,
    localEly: 'Etelä-Pohjanmaan',
    esrEly: 'Keski-Suomen',
    council: 'Pohjanmaan liitto',
    neighbours: ['Etelä-Pohjanmaa', 'Keski-Pohjanmaa', 'Satakunta'],
    subRegions: {
      Vaasan: 'Vaasa*:65100, Mustasaari:65610, Laihia:66400, Vöyri:66600, Korsnäs:66200, Maalahti:66100',
      Pietarsaaren: 'Pietarsaari*:68600, Pedersöre:68910, Uusikaarlepyy*:66900, Luoto:68560',
      'Suupohjan rannikkoseudun': 'Närpiö*:64200, Kristiinankaupunki*:64100, Kaskinen*:64260',
    },
  },
  {
    name: 'Keski-Pohjanmaa',
    weight: 3,
    localEly: 'Pohjois-Pohjanmaan',
    esrEly: 'Pohjois-Pohjanmaan',
    council: 'Keski-Pohjanmaan liitto',
    neighbours: ['Pohjanmaa', 'Etelä-Pohjanmaa', 'Pohjois-Pohjanmaa', 'Keski-Suomi'],
    subRegions: {
      Kokkolan: 'Kokkola*:67100, Kruunupyy:68500, Kannus*:69100',
      Kaustisen:
        'Kaustinen:69600, Halsua:69510, Lestijärvi:69440, Perho:69950, Toholampi:69300, Veteli:69700',
    },
  },
  {
    name: 'Pohjois-Pohjanmaa',
    weight: 9,
    localEly: 'Pohjois-Pohjanmaan',
    esrEly: 'Pohjois-Pohjanmaan',
    council: 'Pohjois-Pohjanmaan liitto',
    neighbours: ['Keski-Pohjanmaa', 'Kainuu', 'Lappi', 'Pohjois-Savo', 'Keski-Suomi'],
    subRegions: {
      Oulun:
        'Oulu*:90100, Hailuoto:90480, Kempele:90440, Liminka:91900, Lumijoki:91980, Muhos:91500, Tyrnävä:91800, Ii:91100, Utajärvi:91600, Vaala:91700, Pudasjärvi*:93100',
      Raahen: 'Raahe*:92100, Siikajoki:92400, Pyhäjoki:86100',
      Ylivieskan:
        'Ylivieska*:84100, Alavieska:85200, Kalajoki*:85100, Merijärvi:86220, Oulainen*:86300, Sievi:85410',
      'Nivala-Haapajärven':
        'Nivala*:85500, Haapajärvi*:85800, Kärsämäki:86710, Pyhäjärvi*:86800, Reisjärvi:85900',
      Koillismaan: 'Kuusamo*:93600, Taivalkoski:93400',
      'Haapaveden-Siikalatvan': 'Haapavesi*:86600, Pyhäntä:92930, Siikalatva:92260',
    },
  },
  {
    name: 'Kainuu',
    weight: 4,
    localEly: 'Kainuun',
    esrEly: 'Pohjois-Pohjanmaan',
    council: 'Kainuun liitto',
    neighbours: ['Pohjois-Pohjanmaa', 'Pohjois-Savo', 'Pohjois-Karjala'],
    subRegions: {
      Kajaanin: 'Kajaani*:87100, Paltamo:88300, Ristijärvi:88400, Sotkamo:88600',
      'Kehys-Kainuun': 'Hyrynsalmi:89400, Kuhmo*:88900, Puolanka:89200, Suomussalmi:89600',
    },
  },
  {
    name: 'Lappi',
    weight: 7,
    localEly: 'Lapin',
    esrEly: 'Pohjois-Pohjanmaan',
    council: 'Lapin liitto',
    neighbours: ['Pohjois-Pohjanmaa'],
    subRegions: {
      Rovaniemen: 'Rovaniemi*:96100, Ranua:97700',
      'Kemi-Tornion': 'Kemi*:94100, Tornio*:95400, Keminmaa:94400, Simo:95200, Tervola:95300',
      'Tunturi-Lapin': 'Enontekiö:99400, Kittilä:99100, Kolari:95900, Muonio:99300',
      'Itä-Lapin': 'Kemijärvi*:98100, Pelkosenniemi:98500, Posio:97900, Salla:98900, Savukoski:98800',
      'Pohjois-Lapin': 'Inari:99800, Sodankylä:99600, Utsjoki:99980',
      Torniolaakson: 'Pello:95700, Ylitornio:95600',
    },
  },
];

/** Builds the geography once from the compact table. */
function buildProvinces(): Province[] {
  return PROVINCE_TABLE.map((row) => {
    const subRegions: SubRegion[] = Object.entries(row.subRegions).map(([subName, spec]) => ({
      name: subName,
      municipalities: spec.split(', ').map((entry) => {
        const [rawName = '', postcode = ''] = entry.split(':');
        const isTown = rawName.endsWith('*');
        const name = isTown ? rawName.slice(0, -1) : rawName;
        return {
          name,
          genitive: placeGenitive(name),
          isTown,
          postcode,
          subRegion: subName,
          province: row.name,
        };
      }),
    }));
    return {
      name: row.name,
      genitive: placeGenitive(row.name),
      weight: row.weight,
      localEly: row.localEly,
      esrEly: row.esrEly,
      regionalCouncil: row.council,
      neighbours: row.neighbours,
      subRegions,
    };
  });
}

const PROVINCES = buildProvinces();
const PROVINCE_BY_NAME = new Map(PROVINCES.map((province) => [province.name, province]));
const MUNICIPALITY_BY_NAME = new Map(
  PROVINCES.flatMap((province) => province.subRegions.flatMap((sub) => sub.municipalities)).map((m) => [
    m.name,
    m,
  ]),
);

function provinceNamed(name: string): Province {
  const province = PROVINCE_BY_NAME.get(name);
  if (!province) throw new Error(`corpus: unknown province ${name}`);
  return province;
}

function municipalityNamed(name: string): Municipality {
  const municipality = MUNICIPALITY_BY_NAME.get(name);
  if (!municipality) throw new Error(`corpus: unknown municipality ${name}`);
  return municipality;
}

function municipalitiesOf(province: Province): Municipality[] {
  return province.subRegions.flatMap((sub) => sub.municipalities);
}

/** The "centre" of a province: its first listed town, where regional organisations sit. */
function centreOf(province: Province): Municipality {
  const first = province.subRegions[0]?.municipalities[0];
  if (!first) throw new Error(`corpus: province ${province.name} has no municipalities`);
  return first;
}

/** Exposed for tests: the province names the generator draws from. */
export const PROVINCE_NAMES: readonly string[] = PROVINCES.map((province) => province.name);

// ---------------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------------

const FIRST_NAMES: readonly string[] = [
  'Anne',
  'Tiia',
  'Tuula',
  'Sari',
  'Minna',
  'Päivi',
  'Heli',
  'Merja',
  'Pirjo',
  'Riikka',
  'Johanna',
  'Katja',
  'Satu',
  'Hanna',
  'Laura',
  'Maria',
  'Elina',
  'Kaisa',
  'Marjo',
  'Mervi',
  'Sanna',
  'Terhi',
  'Outi',
  'Niina',
  'Jaana',
  'Susanna',
  'Eeva',
  'Marja-Leena',
  'Anna-Kaisa',
  'Leena',
  'Tiina',
  'Kirsi',
  'Annika',
  'Noora',
  'Jenni',
  'Essi',
  'Veera',
  'Aino',
  'Saija',
  'Sirpa',
  'Ritva',
  'Ulla',
  'Kaija',
  'Säde',
  'Mirja',
  'Henna',
  'Pia',
  'Virpi',
  'Raija',
  'Hilkka',
  'Markku',
  'Jukka',
  'Timo',
  'Mikko',
  'Pekka',
  'Juha',
  'Jari',
  'Kari',
  'Matti',
  'Antti',
  'Ville',
  'Janne',
  'Sami',
  'Tuomas',
  'Petri',
  'Jussi',
  'Olli',
  'Heikki',
  'Harri',
  'Esa',
  'Ari',
  'Vesa',
  'Teemu',
  'Jyrki',
  'Risto',
  'Seppo',
  'Hannu',
  'Lauri',
  'Eero',
  'Ilkka',
  'Jouni',
  'Väinö',
  'Tapio',
  'Kimmo',
  'Marko',
  'Jaakko',
  'Aleksi',
  'Joonas',
  'Pasi',
  'Tero',
  'Arto',
  'Pertti',
  'Erkki',
  'Yrjö',
  'Jyri',
  'Mika',
  'Jarmo',
  'Sakari',
  'Ossi',
  'Toni',
  'Jani',
  'Kalle',
];

const SURNAMES: readonly string[] = [
  'Turunen',
  'Pyykkönen',
  'Heinonen',
  'Haverinen',
  'Korhonen',
  'Virtanen',
  'Mäkinen',
  'Nieminen',
  'Mäkelä',
  'Hämäläinen',
  'Laine',
  'Heikkinen',
  'Koskinen',
  'Järvinen',
  'Lehtonen',
  'Lehtinen',
  'Saarinen',
  'Salminen',
  'Heiskanen',
  'Kinnunen',
  'Salonen',
  'Räsänen',
  'Väisänen',
  'Kärkkäinen',
  'Jääskeläinen',
  'Pölönen',
  'Hyvönen',
  'Hölttä',
  'Söderholm',
  'Björkman',
  'Lönnqvist',
  'Öhman',
  'Äikäs',
  'Ylönen',
  'Tiihonen',
  'Kettunen',
  'Manninen',
  'Savolainen',
  'Karjalainen',
  'Partanen',
  'Lappalainen',
  'Ahonen',
  'Miettinen',
  'Rantanen',
  'Pitkänen',
  'Toivonen',
  'Leinonen',
  'Hiltunen',
  'Huttunen',
  'Jokinen',
  'Laitinen',
  'Eskelinen',
  'Tuominen',
  'Kauppinen',
  'Niskanen',
  'Ikonen',
  'Hakkarainen',
  'Pesonen',
  'Seppälä',
  'Peltonen',
  'Mattila',
  'Rissanen',
  'Kokkonen',
  'Oksanen',
  'Vainio',
  'Sirviö',
  'Pääkkönen',
  'Määttä',
  'Keränen',
  'Körkkö',
  'Kähkönen',
  'Mönkkönen',
  'Nykänen',
  'Hänninen',
  'Närhi',
  'Kiiskinen',
  'Väänänen',
  'Hyytiäinen',
  'Pöyhönen',
  'Lähteenmäki',
  'Kääriäinen',
  'Rönkkö',
  'Tähtinen',
  'Honkanen',
  'Vartiainen',
  'Ruotsalainen',
  'Häkkinen',
  'Nurmi',
  'Koivisto',
  'Anttila',
  'Hietala',
  'Väyrynen',
  'Kärnä',
  'Ylitalo',
  'Männistö',
  'Pietilä',
  'Östman',
  'Holmström',
  'Kyllönen',
  'Tolonen',
  'Kemppainen',
  'Juntunen',
  'Mustonen',
  'Pulkkinen',
];

const CONTACT_TITLES: readonly string[] = [
  'Projektipäällikkö',
  'projektipäällikkö',
  'projektikoordinaattori',
  'kehittämispäällikkö',
  'Kehitysjohtaja',
  'projektiasiantuntija',
  'hankekoordinaattori',
  'Hankekoordinaattori',
  'TKI-asiantuntija',
  'lehtori',
  'yliopettaja',
  'tutkimuspäällikkö',
  'toiminnanjohtaja',
  'Toiminnanjohtaja',
  'elinkeinojohtaja',
  'hankejohtaja',
  'palvelupäällikkö',
  'erityisasiantuntija',
  'kehittämiskoordinaattori',
  'Projektiasiantuntija',
];

interface Person {
  first: string;
  last: string;
}

function randomPerson(rng: Rng): Person {
  return { first: rng.pick(FIRST_NAMES), last: rng.pick(SURNAMES) };
}

/** A Finnish phone number in one of the shapes the seeds show ("050 558 7460", "040-5811998" …). */
function mobilePhone(rng: Rng): string {
  const prefix = rng.pick(['040', '044', '045', '050', '041', '046']);
  const a = String(rng.int(100, 999));
  const b = String(rng.int(1000, 9999));
  const digits = `${a}${b}`;
  return rng.weighted(
    [
      `${prefix}${digits}`,
      `${prefix} ${a} ${b}`,
      `${prefix}-${digits}`,
      `${prefix} ${digits.slice(0, 3)} ${digits.slice(3)}`,
      `+358 ${prefix.slice(1)} ${a} ${b}`,
    ],
    [3, 4, 2, 2, 1],
  );
}

/** An organisation's switchboard number with the right area code for its postcode. */
function switchboardPhone(rng: Rng, postcode: string): string {
  const area = areaCode(postcode);
  const number = String(rng.int(2000000, 7999999));
  return rng.weighted(
    [`${area} ${number.slice(0, 3)} ${number.slice(3)}`, `${area}-${number.slice(0, 4)}`, `${area}${number}`],
    [4, 1, 2],
  );
}

/** Area code by the first two digits of the postcode, close enough for realistic numbers. */
function areaCode(postcode: string): string {
  const lead = Number(postcode.slice(0, 2));
  if (lead < 11) return '09';
  if (lead < 20) return '03';
  if (lead < 30) return '02';
  if (lead < 40) return '03';
  if (lead < 45) return '014';
  if (lead < 50) return '05';
  if (lead < 60) return lead < 53 ? '015' : '05';
  if (lead < 70) return '06';
  if (lead < 80) return '017';
  if (lead < 87) return lead < 84 ? '013' : '08';
  return lead < 94 ? '08' : '016';
}

// ---------------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------------

type OrganisationKind =
  | 'city'
  | 'amk'
  | 'university'
  | 'education'
  | 'sote'
  | 'association'
  | 'foundation'
  | 'company'
  | 'state';

interface Organisation {
  name: string;
  genitive: string;
  orgType: string;
  businessId: string;
  street: string;
  postcode: string;
  city: string;
  phone: string;
  domain: string;
  website: string;
}

/** One fixed institution (university, AMK, consortium, state agency) with its home and reach. */
interface Institution {
  kind: OrganisationKind;
  name: string;
  city: string;
  domain: string;
  /** Provinces where it runs projects. */
  serves: string[];
}

const INSTITUTIONS: readonly Institution[] = [
  {
    kind: 'amk',
    name: 'Karelia-ammattikorkeakoulu Oy',
    city: 'Joensuu',
    domain: 'karelia.fi',
    serves: ['Pohjois-Karjala'],
  },
  {
    kind: 'amk',
    name: 'Kajaanin Ammattikorkeakoulu Oy',
    city: 'Kajaani',
    domain: 'kamk.fi',
    serves: ['Kainuu'],
  },
  {
    kind: 'amk',
    name: 'Savonia-ammattikorkeakoulu Oy',
    city: 'Kuopio',
    domain: 'savonia.fi',
    serves: ['Pohjois-Savo'],
  },
  {
    kind: 'amk',
    name: 'Lapin ammattikorkeakoulu Oy',
    city: 'Rovaniemi',
    domain: 'lapinamk.fi',
    serves: ['Lappi'],
  },
  {
    kind: 'amk',
    name: 'Oulun ammattikorkeakoulu Oy',
    city: 'Oulu',
    domain: 'oamk.fi',
    serves: ['Pohjois-Pohjanmaa'],
  },
  {
    kind: 'amk',
    name: 'Centria-ammattikorkeakoulu Oy',
    city: 'Kokkola',
    domain: 'centria.fi',
    serves: ['Keski-Pohjanmaa', 'Pohjois-Pohjanmaa'],
  },
  {
    kind: 'amk',
    name: 'Seinäjoen ammattikorkeakoulu Oy',
    city: 'Seinäjoki',
    domain: 'seamk.fi',
    serves: ['Etelä-Pohjanmaa'],
  },
  {
    kind: 'amk',
    name: 'Vaasan ammattikorkeakoulu Oy',
    city: 'Vaasa',
    domain: 'vamk.fi',
    serves: ['Pohjanmaa'],
  },
  {
    kind: 'amk',
    name: 'Yrkeshögskolan Novia Ab',
    city: 'Vaasa',
    domain: 'novia.fi',
    serves: ['Pohjanmaa', 'Varsinais-Suomi'],
  },
  {
    kind: 'amk',
    name: 'Jyväskylän ammattikorkeakoulu Oy',
    city: 'Jyväskylä',
    domain: 'jamk.fi',
    serves: ['Keski-Suomi'],
  },
  {
    kind: 'amk',
    name: 'Tampereen ammattikorkeakoulu Oy',
    city: 'Tampere',
    domain: 'tuni.fi',
    serves: ['Pirkanmaa'],
  },
  {
    kind: 'amk',
    name: 'Satakunnan ammattikorkeakoulu Oy',
    city: 'Pori',
    domain: 'samk.fi',
    serves: ['Satakunta'],
  },
  {
    kind: 'amk',
    name: 'Turun ammattikorkeakoulu Oy',
    city: 'Turku',
    domain: 'turkuamk.fi',
    serves: ['Varsinais-Suomi'],
  },
  {
    kind: 'amk',
    name: 'Hämeen ammattikorkeakoulu Oy',
    city: 'Hämeenlinna',
    domain: 'hamk.fi',
    serves: ['Kanta-Häme', 'Pirkanmaa'],
  },
  {
    kind: 'amk',
    name: 'LAB-ammattikorkeakoulu Oy',
    city: 'Lahti',
    domain: 'lab.fi',
    serves: ['Päijät-Häme', 'Etelä-Karjala'],
  },
  {
    kind: 'amk',
    name: 'Kaakkois-Suomen ammattikorkeakoulu Oy',
    city: 'Kouvola',
    domain: 'xamk.fi',
    serves: ['Kymenlaakso', 'Etelä-Savo'],
  },
  {
    kind: 'amk',
    name: 'Metropolia Ammattikorkeakoulu Oy',
    city: 'Helsinki',
    domain: 'metropolia.fi',
    serves: ['Uusimaa'],
  },
  {
    kind: 'amk',
    name: 'Haaga-Helia ammattikorkeakoulu Oy',
    city: 'Helsinki',
    domain: 'haaga-helia.fi',
    serves: ['Uusimaa'],
  },
  {
    kind: 'amk',
    name: 'Laurea-ammattikorkeakoulu Oy',
    city: 'Vantaa',
    domain: 'laurea.fi',
    serves: ['Uusimaa'],
  },
  {
    kind: 'amk',
    name: 'Diakonia-ammattikorkeakoulu Oy',
    city: 'Helsinki',
    domain: 'diak.fi',
    serves: ['Uusimaa', 'Pirkanmaa', 'Pohjois-Pohjanmaa', 'Varsinais-Suomi'],
  },
  {
    kind: 'amk',
    name: 'Humanistinen ammattikorkeakoulu Oy',
    city: 'Helsinki',
    domain: 'humak.fi',
    serves: ['Uusimaa', 'Pohjois-Karjala', 'Keski-Suomi'],
  },
  {
    kind: 'university',
    name: 'Itä-Suomen yliopisto',
    city: 'Kuopio',
    domain: 'uef.fi',
    serves: ['Pohjois-Savo', 'Pohjois-Karjala', 'Etelä-Savo'],
  },
  {
    kind: 'university',
    name: 'Oulun yliopisto',
    city: 'Oulu',
    domain: 'oulu.fi',
    serves: ['Pohjois-Pohjanmaa', 'Kainuu'],
  },
  {
    kind: 'university',
    name: 'Lapin yliopisto',
    city: 'Rovaniemi',
    domain: 'ulapland.fi',
    serves: ['Lappi'],
  },
  {
    kind: 'university',
    name: 'Jyväskylän yliopisto',
    city: 'Jyväskylä',
    domain: 'jyu.fi',
    serves: ['Keski-Suomi'],
  },
  {
    kind: 'university',
    name: 'Tampereen korkeakoulusäätiö sr',
    city: 'Tampere',
    domain: 'tuni.fi',
    serves: ['Pirkanmaa', 'Satakunta'],
  },
  {
    kind: 'university',
    name: 'Turun yliopisto',
    city: 'Turku',
    domain: 'utu.fi',
    serves: ['Varsinais-Suomi', 'Satakunta'],
  },
  {
    kind: 'university',
    name: 'Åbo Akademi',
    city: 'Turku',
    domain: 'abo.fi',
    serves: ['Varsinais-Suomi', 'Pohjanmaa'],
  },
  {
    kind: 'university',
    name: 'Helsingin yliopisto',
    city: 'Helsinki',
    domain: 'helsinki.fi',
    serves: ['Uusimaa', 'Päijät-Häme'],
  },
  {
    kind: 'university',
    name: 'Aalto-korkeakoulusäätiö sr',
    city: 'Espoo',
    domain: 'aalto.fi',
    serves: ['Uusimaa'],
  },
  {
    kind: 'university',
    name: 'Vaasan yliopisto',
    city: 'Vaasa',
    domain: 'uwasa.fi',
    serves: ['Pohjanmaa', 'Etelä-Pohjanmaa'],
  },
  {
    kind: 'university',
    name: 'Lappeenrannan-Lahden teknillinen yliopisto LUT',
    city: 'Lappeenranta',
    domain: 'lut.fi',
    serves: ['Etelä-Karjala', 'Päijät-Häme', 'Kymenlaakso'],
  },
  {
    kind: 'education',
    name: 'Koulutuskuntayhtymä Riveria',
    city: 'Joensuu',
    domain: 'riveria.fi',
    serves: ['Pohjois-Karjala'],
  },
  {
    kind: 'education',
    name: 'Savon koulutuskuntayhtymä',
    city: 'Kuopio',
    domain: 'sakky.fi',
    serves: ['Pohjois-Savo'],
  },
  {
    kind: 'education',
    name: 'Jyväskylän koulutuskuntayhtymä Gradia',
    city: 'Jyväskylä',
    domain: 'gradia.fi',
    serves: ['Keski-Suomi'],
  },
  {
    kind: 'education',
    name: 'Koulutuskuntayhtymä Tavastia',
    city: 'Hämeenlinna',
    domain: 'tavastia.fi',
    serves: ['Kanta-Häme'],
  },
  {
    kind: 'education',
    name: 'Lapin koulutuskeskus REDU',
    city: 'Rovaniemi',
    domain: 'redu.fi',
    serves: ['Lappi'],
  },
  {
    kind: 'education',
    name: 'Oulun seudun koulutuskuntayhtymä',
    city: 'Oulu',
    domain: 'osao.fi',
    serves: ['Pohjois-Pohjanmaa'],
  },
  {
    kind: 'education',
    name: 'Seinäjoen koulutuskuntayhtymä',
    city: 'Seinäjoki',
    domain: 'sedu.fi',
    serves: ['Etelä-Pohjanmaa'],
  },
  {
    kind: 'education',
    name: 'Satakunnan koulutuskuntayhtymä',
    city: 'Harjavalta',
    domain: 'sataedu.fi',
    serves: ['Satakunta'],
  },
  {
    kind: 'education',
    name: 'Keski-Pohjanmaan koulutusyhtymä',
    city: 'Kokkola',
    domain: 'kpedu.fi',
    serves: ['Keski-Pohjanmaa'],
  },
  {
    kind: 'education',
    name: 'Koulutuskeskus Salpaus -kuntayhtymä',
    city: 'Lahti',
    domain: 'salpaus.fi',
    serves: ['Päijät-Häme'],
  },
  {
    kind: 'education',
    name: 'Kainuun ammattiopisto -liikelaitos',
    city: 'Kajaani',
    domain: 'kao.fi',
    serves: ['Kainuu'],
  },
  {
    kind: 'education',
    name: 'Etelä-Savon Koulutus Oy',
    city: 'Mikkeli',
    domain: 'esedu.fi',
    serves: ['Etelä-Savo'],
  },
  {
    kind: 'education',
    name: 'Varsinais-Suomen kansanopistoyhdistys ry',
    city: 'Turku',
    domain: 'vskansanopisto.fi',
    serves: ['Varsinais-Suomi'],
  },
  {
    kind: 'education',
    name: 'Ammattiopisto Luovi',
    city: 'Oulu',
    domain: 'luovi.fi',
    serves: ['Pohjois-Pohjanmaa', 'Lappi'],
  },
  {
    kind: 'education',
    name: 'Kouvolan seudun ammattiopisto',
    city: 'Kouvola',
    domain: 'ksao.fi',
    serves: ['Kymenlaakso'],
  },
  {
    kind: 'education',
    name: 'Tampereen seudun ammattiopisto Tredu',
    city: 'Tampere',
    domain: 'tredu.fi',
    serves: ['Pirkanmaa'],
  },
  {
    kind: 'sote',
    name: 'Pohjois-Karjalan sosiaali- ja terveyspalvelujen kuntayhtymä',
    city: 'Joensuu',
    domain: 'siunsote.fi',
    serves: ['Pohjois-Karjala'],
  },
  {
    kind: 'sote',
    name: 'Etelä-Karjalan sosiaali- ja terveyspiiri',
    city: 'Lappeenranta',
    domain: 'eksote.fi',
    serves: ['Etelä-Karjala'],
  },
  {
    kind: 'sote',
    name: 'Kymenlaakson sosiaali- ja terveyspalvelujen kuntayhtymä',
    city: 'Kouvola',
    domain: 'kymsote.fi',
    serves: ['Kymenlaakso'],
  },
  {
    kind: 'sote',
    name: 'Keski-Uudenmaan sote -kuntayhtymä',
    city: 'Hyvinkää',
    domain: 'keusote.fi',
    serves: ['Uusimaa'],
  },
  {
    kind: 'sote',
    name: 'Satakunnan sairaanhoitopiirin kuntayhtymä',
    city: 'Pori',
    domain: 'satasairaala.fi',
    serves: ['Satakunta'],
  },
  {
    kind: 'sote',
    name: 'Lapin sairaanhoitopiirin kuntayhtymä',
    city: 'Rovaniemi',
    domain: 'lshp.fi',
    serves: ['Lappi'],
  },
  {
    kind: 'sote',
    name: 'Kainuun sosiaali- ja terveydenhuollon kuntayhtymä',
    city: 'Kajaani',
    domain: 'sotekainuu.fi',
    serves: ['Kainuu'],
  },
  {
    kind: 'sote',
    name: 'Pohjois-Savon sairaanhoitopiirin kuntayhtymä',
    city: 'Kuopio',
    domain: 'psshp.fi',
    serves: ['Pohjois-Savo'],
  },
  { kind: 'state', name: 'Luonnonvarakeskus', city: 'Helsinki', domain: 'luke.fi', serves: ['Uusimaa'] },
  {
    kind: 'state',
    name: 'Luonnonvarakeskus',
    city: 'Joensuu',
    domain: 'luke.fi',
    serves: ['Pohjois-Karjala'],
  },
  {
    kind: 'state',
    name: 'Luonnonvarakeskus',
    city: 'Oulu',
    domain: 'luke.fi',
    serves: ['Pohjois-Pohjanmaa'],
  },
  {
    kind: 'state',
    name: 'Luonnonvarakeskus',
    city: 'Seinäjoki',
    domain: 'luke.fi',
    serves: ['Etelä-Pohjanmaa'],
  },
  { kind: 'state', name: 'Luonnonvarakeskus', city: 'Jokioinen', domain: 'luke.fi', serves: ['Kanta-Häme'] },
  { kind: 'state', name: 'Geologian tutkimuskeskus', city: 'Espoo', domain: 'gtk.fi', serves: ['Uusimaa'] },
  {
    kind: 'state',
    name: 'Geologian tutkimuskeskus',
    city: 'Kuopio',
    domain: 'gtk.fi',
    serves: ['Pohjois-Savo', 'Kainuu'],
  },
  { kind: 'state', name: 'Geologian tutkimuskeskus', city: 'Rovaniemi', domain: 'gtk.fi', serves: ['Lappi'] },
  {
    kind: 'state',
    name: 'Geologian tutkimuskeskus',
    city: 'Kokkola',
    domain: 'gtk.fi',
    serves: ['Keski-Pohjanmaa'],
  },
  { kind: 'state', name: 'Suomen ympäristökeskus', city: 'Helsinki', domain: 'syke.fi', serves: ['Uusimaa'] },
  {
    kind: 'state',
    name: 'Suomen ympäristökeskus',
    city: 'Joensuu',
    domain: 'syke.fi',
    serves: ['Pohjois-Karjala'],
  },
  { kind: 'state', name: 'Metsähallitus', city: 'Rovaniemi', domain: 'metsa.fi', serves: ['Lappi'] },
  { kind: 'state', name: 'Metsähallitus', city: 'Kajaani', domain: 'metsa.fi', serves: ['Kainuu'] },
];

const ORG_TYPE_BY_KIND: Record<OrganisationKind, string> = {
  city: 'Kunta',
  amk: 'Ammattikorkeakoulu',
  university: 'Yliopisto',
  education: 'Kuntayhtymä',
  sote: 'Kuntayhtymä',
  association: 'Kansalaisjärjestö',
  foundation: 'Säätiö',
  company: 'Yritys',
  state: 'Valtion virasto tai laitos',
};

/** Y-tunnus number ranges that look right for each kind (old municipalities have low numbers). */
const BUSINESS_ID_RANGE: Record<OrganisationKind, [number, number]> = {
  city: [100000, 299999],
  amk: [2000000, 2999999],
  university: [240000, 2999999],
  education: [150000, 2599999],
  sote: [180000, 2999999],
  association: [200000, 2999999],
  foundation: [200000, 2999999],
  company: [700000, 3299999],
  state: [200000, 2999999],
};

/** A valid Y-tunnus (check digit by the finnish-business-ids package) drawn from `rng`. */
function businessIdFor(rng: Rng, kind: OrganisationKind): string {
  const [low, high] = BUSINESS_ID_RANGE[kind];
  let number = rng.int(low, high);
  for (;;) {
    const digits = String(number).padStart(7, '0');
    const check = FinnishBusinessIds.calculateChecksum(digits);
    if (check >= 0) return `${digits}-${check}`;
    number = number >= high ? low : number + 1;
  }
}

const STREETS: readonly string[] = [
  'Kauppakatu',
  'Rantakatu',
  'Koulukatu',
  'Kirkkokatu',
  'Torikatu',
  'Asemakatu',
  'Kalevankatu',
  'Hallituskatu',
  'Yliopistonkatu',
  'Teollisuustie',
  'Sairaalantie',
  'Opistotie',
  'Keskuskatu',
  'Puistokatu',
  'Myllytie',
  'Ratakatu',
  'Satamakatu',
  'Väinönkatu',
  'Tiedepuisto',
  'Pohjoisesplanadi',
  'Kaivokatu',
  'Linnankatu',
  'Valtakatu',
  'Urheilukatu',
  'Sepänkatu',
  'Länsikatu',
  'Itäinen Rantakatu',
  'Microkatu',
  'Villimiehenkatu',
  'Kajaaninkatu',
  'Tehtaankatu',
  'Koskikatu',
  'Kasarmintie',
  'Hämeenkatu',
  'Läntinen Pitkäkatu',
];

/** A street address; a PO box ("PL 59") goes with a postcode ending in 1, as in the seeds. */
function streetAddress(rng: Rng, postcode: string): { street: string; postcode: string } {
  if (rng.chance(0.25)) {
    return { street: `PL ${rng.int(1, 120)}`, postcode: `${postcode.slice(0, 4)}1` };
  }
  let street = `${rng.pick(STREETS)} ${rng.int(1, 60)}`;
  if (rng.chance(0.2)) street += ` ${rng.pick(['A', 'B', 'C'])}`;
  if (rng.chance(0.08)) street += `, ${rng.int(2, 5)}. krs`;
  return { street, postcode };
}

/**
 * Builds an organisation whose Y-tunnus, address and phone come from a hash of its name (and
 * home city), so that one organisation looks the same in every document of the corpus.
 */
function makeOrganisation(
  name: string,
  kind: OrganisationKind,
  home: Municipality,
  domain: string,
  corpusSeed: number,
): Organisation {
  const identity = new Rng(hashString(name) ^ corpusSeed);
  const businessId = businessIdFor(identity, kind);
  const place = new Rng(hashString(`${name}|${home.name}`) ^ corpusSeed);
  const address = streetAddress(place, home.postcode);
  const website = identity.weighted(
    [`http://www.${domain}`, `https://www.${domain}`, `http://${domain}`],
    [4, 3, 1],
  );
  return {
    name,
    genitive: organisationGenitive(name),
    orgType: ORG_TYPE_BY_KIND[kind],
    businessId,
    street: address.street,
    postcode: address.postcode,
    city: home.name,
    phone: switchboardPhone(place, home.postcode),
    domain,
    website,
  };
}

/** A short domain for a generated association or company: initials plus a meaningful word. */
function generatedDomain(name: string): string {
  const words = name.split(/[\s-]+/).filter((word) => !['ry', 'sr', 'Oy', 'seudun', 'Seudun'].includes(word));
  const last = asciiSlug(words[words.length - 1] ?? 'hanke').slice(0, 12);
  const initials = words
    .slice(0, -1)
    .map((word) => asciiSlug(word).charAt(0))
    .join('');
  return `${initials}${last}.fi`;
}

const ASSOCIATION_PATTERNS: readonly string[] = [
  '{prov} Sosiaaliturvayhdistys ry',
  '{prov} Kylät ry',
  '{prov} Yrittäjät ry',
  '{prov} Martat ry',
  '{prov} Setlementti ry',
  '{prov} Mielenterveysseura ry',
  '{prov} Nuorisoseurat ry',
  '{prov} Liikunta ry',
  '{prov} Järjestöjen Yhteisö ry',
  '{prov} Maa- ja kotitalousnaiset ry',
  '{muni} Työttömät ry',
  '{muni} seudun Mielenterveysseura ry',
  '{muni} Nuorisoseura ry',
  '{muni} Kaupunkilähetys ry',
  '{muni} seudun Leader ry',
  '{muni} Monikulttuuriyhdistys ry',
  '{muni} Työllisyysyhdistys ry',
  '{muni} Setlementti ry',
  '{muni} seudun Omaishoitajat ry',
  '{muni} Seudun Yrittäjät ry',
  '{muni} Kyläyhdistys ry',
  '{muni} A-kilta ry',
  '{muni} seudun Vammaisyhdistys ry',
];

const FOUNDATION_PATTERNS: readonly string[] = [
  '{muni} Nuorisosäätiö sr',
  '{prov} Opintokeskussäätiö sr',
  '{muni} seudun Kehityssäätiö sr',
  '{muni} Diakoniasäätiö sr',
  '{prov} Kulttuurisäätiö sr',
  '{muni} Vanhustenkotisäätiö sr',
  'Sosiaalipedagoginen säätiö {stem} sr',
  '{prov} Kuntoutussäätiö sr',
];

const COMPANY_PATTERNS: readonly string[] = [
  '{muni} Seudun Kehitys Oy',
  'Business {muniN} Oy',
  '{sub} Yrityspalvelu Oy',
  '{muni} Teknologiakeskus Oy',
  '{stem} Technologies Oy',
  '{prov} Matkailu Oy',
  'Kehitysyhtiö {stem} Oy',
  '{muni} Energia Oy',
  '{stem} Innovations Oy',
  '{prov} Koulutuspalvelut Oy',
  '{muni} Tiedepuisto Oy',
  '{stem} Consulting Oy',
];

/**
 * Stems for made-up names of methods, companies and foundations (nature words, mostly). No stem
 * ends with another stem, so that no planted phrase can be a substring of another.
 */
const STEMS: readonly string[] = [
  'Kide',
  'Kipinä',
  'Majakka',
  'Revontuli',
  'Tuulenpesä',
  'Kompassi',
  'Ankkuri',
  'Verso',
  'Kajastus',
  'Sarastus',
  'Pajupilli',
  'Lähde',
  'Kaarna',
  'Tähkä',
  'Pilke',
  'Vire',
  'Hehku',
  'Riihi',
  'Kota',
  'Laituri',
  'Silmu',
  'Kuikka',
  'Kurki',
  'Joutsen',
  'Ilves',
  'Saukko',
  'Kettu',
  'Karpalo',
  'Mustikka',
  'Puolukka',
  'Lakka',
  'Kanerva',
  'Katajainen',
  'Koivu',
  'Haapa',
  'Pihlaja',
  'Tuomi',
  'Kataja',
  'Petäjä',
  'Kallio',
  'Virta',
  'Aalto',
  'Koski',
  'Saari',
  'Niemi',
  'Kumpu',
  'Harju',
  'Kangas',
  'Lumi',
  'Routa',
  'Hanki',
  'Kevätpuro',
  'Sävel',
  'Soihtu',
  'Tuike',
  'Väre',
  'Kaiku',
  'Lyhty',
  'Taival',
  'Kulkuri',
  'Oras',
  'Juuri',
  'Kehto',
  'Tupa',
  'Aitta',
  'Nuotio',
  'Kiulu',
  'Airo',
  'Mela',
  'Purje',
  'Luotsi',
  'Pursi',
  'Ahjo',
  'Paja',
  'Taimi',
  'Vakka',
  'Helmi',
  'Tähti',
  'Kuu',
  'Aamu',
  'Kesä',
  'Syksy',
  'Talvi',
  'Kevät',
  'Sampo',
  'Tapio',
  'Pellervo',
  'Otava',
  'Seula',
  'Linnunrata',
  'Kaste',
  'Sade',
  'Usva',
  'Hohde',
  'Rusko',
  'Kajo',
  'Sointu',
  'Rytmi',
  'Tahti',
  'Askel',
  'Polku',
  'Silta',
  'Portti',
  'Ovi',
  'Ikkuna',
  'Tikas',
  'Porras',
  'Kivijalka',
  'Kulmakivi',
  'Jänkä',
  'Vaara',
  'Tunturi',
  'Kuru',
  'Lampi',
  'Lahti',
  'Salmi',
  'Sola',
  'Kaisla',
  'Ruoko',
  'Lumme',
  'Vuokko',
  'Kielo',
  'Orvokki',
  'Kullero',
  'Apila',
];

/** Fills "{prov}", "{muni}", "{muniN}", "{sub}" and "{stem}" in an organisation name pattern. */
function fillNamePattern(rng: Rng, pattern: string, home: Municipality): string {
  const province = provinceNamed(home.province);
  return pattern
    .replace('{prov}', province.genitive)
    .replace('{muniN}', home.name)
    .replace('{muni}', home.genitive)
    .replace('{sub}', home.subRegion)
    .replace('{stem}', rng.pick(STEMS));
}

/** The municipality or town itself as an applicant ("Joensuun kaupunki"). */
function municipalOrganisation(home: Municipality, corpusSeed: number): Organisation {
  const name = `${home.genitive} ${home.isTown ? 'kaupunki' : 'kunta'}`;
  return makeOrganisation(name, 'city', home, `${asciiSlug(home.name)}.fi`, corpusSeed);
}

/** A generated association, foundation or company based in `home`. */
function generatedOrganisation(
  rng: Rng,
  kind: 'association' | 'foundation' | 'company',
  home: Municipality,
  corpusSeed: number,
): Organisation {
  const patterns =
    kind === 'association'
      ? ASSOCIATION_PATTERNS
      : kind === 'foundation'
        ? FOUNDATION_PATTERNS
        : COMPANY_PATTERNS;
  const name = fillNamePattern(rng, rng.pick(patterns), home);
  return makeOrganisation(name, kind, home, generatedDomain(name), corpusSeed);
}

function institutionOrganisation(institution: Institution, corpusSeed: number): Organisation {
  return makeOrganisation(
    institution.name,
    institution.kind,
    municipalityNamed(institution.city),
    institution.domain,
    corpusSeed,
  );
}

/** Institutions of a kind that run projects in a province. */
function institutionsServing(kind: OrganisationKind, province: string): Institution[] {
  return INSTITUTIONS.filter(
    (institution) => institution.kind === kind && institution.serves.includes(province),
  );
}

/** The authority short name a project card uses as its funder: "Etelä-Savon ELY-keskus". */
function funderShortName(authority: string): string {
  const ely = /^(.*) elinkeino-, liikenne- ja ympäristökeskus$/.exec(authority);
  return ely ? `${ely[1]} ELY-keskus` : authority;
}

// ---------------------------------------------------------------------------------------------------
// Programme structure and themes
// ---------------------------------------------------------------------------------------------------

/** A priority axis with one of its specific objectives, as the documents write them. */
type AxisObjective = [axis: string, objective: string];

const AXIS_EMPLOYMENT = '3. Työllisyys ja työvoiman liikkuvuus';
const AXIS_EDUCATION = '4. Koulutus, ammattitaito ja elinikäinen oppiminen';
const AXIS_INCLUSION = '5. Sosiaalinen osallisuus ja köyhyyden torjunta';
const AXIS_SME = '1. Pk-yritysten kilpailukyky';
const AXIS_KNOWLEDGE = '2. Uusimman tiedon ja osaamisen tuottaminen ja hyödyntäminen';

const OBJ_WORK_ABILITY: AxisObjective = [
  AXIS_INCLUSION,
  '10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen',
];
const OBJ_EXCLUSION: AxisObjective = [
  AXIS_INCLUSION,
  '10.2. Syrjäytymisvaarassa olevien ryhmien osallisuuden lisääminen',
];
const OBJ_YOUTH_EMPLOYMENT: AxisObjective = [
  AXIS_EMPLOYMENT,
  '6.1. Nuorten ja pitkään työttömänä olleiden työllistymisen edistäminen',
];
const OBJ_MIGRATION: AxisObjective = [
  AXIS_EMPLOYMENT,
  '6.2. Työperäisen maahanmuuton ja kotoutumisen edistäminen',
];
const OBJ_WELLBEING_AT_WORK: AxisObjective = [
  AXIS_EMPLOYMENT,
  '7.1. Työhyvinvoinnin ja työn tuottavuuden parantaminen',
];
const OBJ_TRANSITIONS: AxisObjective = [
  AXIS_EDUCATION,
  '9.1. Koulutukseen ja työelämään siirtymisen tukeminen',
];
const OBJ_GUIDANCE: AxisObjective = [AXIS_EDUCATION, '9.2. Koulutus- ja ohjauspalvelujen kehittäminen'];
const OBJ_ADULT_SKILLS: AxisObjective = [AXIS_EDUCATION, '9.3. Työikäisen väestön osaamistason parantaminen'];
const OBJ_NEW_FIRMS: AxisObjective = [AXIS_SME, '1.1. Uusien yritysten syntymisen edistäminen'];
const OBJ_SME_GROWTH: AxisObjective = [
  AXIS_SME,
  '2.1. Pk-yritysten kasvun ja kansainvälistymisen edistäminen',
];
const OBJ_ENERGY: AxisObjective = [AXIS_SME, '3.1. Uusiutuvan energian ja energiatehokkuuden edistäminen'];
const OBJ_REGIONAL_INNOVATION: AxisObjective = [
  AXIS_KNOWLEDGE,
  '4.1. Alueellisten innovaatiokeskittymien vahvistaminen',
];
const OBJ_FIRM_INNOVATION: AxisObjective = [
  AXIS_KNOWLEDGE,
  '4.2. Yritysten innovaatiotoiminnan vahvistaminen',
];
const OBJ_LOW_CARBON: AxisObjective = [
  AXIS_KNOWLEDGE,
  '5.1. Vähähiilisten ratkaisujen kehittäminen ja käyttöönotto',
];

/**
 * A theme: what a project is about, and the sentence pools its texts are written from.
 *
 * Templates may use {prov} {provN} (province genitive / nominative), {muni} {muniN}, {sub}
 * (sub-region genitive), {org} {orgGen}, {partner} {partnerGen}, {name}, {t1} {t2} (primary target
 * groups, nominative), {i1}, {start} {end}, {startYear} {endYear} and {n:a-b} (a number in a..b).
 */
interface Theme {
  id: string;
  fund: Fund;
  /** Relative frequency among the themes of its fund. */
  weight: number;
  objectives: AxisObjective[];
  /** Full-name phrases; an acronym is put in front of most of them. */
  names: string[];
  primaryTargets: string[];
  indirectTargets: string[];
  background: string[];
  goals: string[];
  actions: string[];
  expected: string[];
  report: string[];
  workPackages: string[];
  /** Kinds of the planted distinctive phrase, e.g. "olohuone" → "Kajastus-olohuone". */
  phraseKinds: string[];
  applicantWeights: Partial<Record<OrganisationKind, number>>;
  /** Typical direct score (0–10) of the fifteen sustainability criteria, in document order. */
  emphasis: number[];
}

const SOCIAL_EMPHASIS = [0, 0, 0, 0, 0, 1, 0, 2, 3, 1, 8, 5, 7, 2, 1];

const THEMES: readonly Theme[] = [
  {
    id: 'inclusion',
    fund: 'ESR',
    weight: 30,
    objectives: [OBJ_WORK_ABILITY, OBJ_WORK_ABILITY, OBJ_WORK_ABILITY, OBJ_EXCLUSION],
    names: [
      'Osallisuutta ja työkykyä {muni} seudulle',
      'Porukalla parempaan',
      'Yhdessä eteenpäin',
      'Voimaa arkeen',
      'Askel kerrallaan kohti työelämää',
      'Elinvoimaa ja osallisuutta',
      'Matalan kynnyksen polku osallisuuteen',
      'Kohtaamisen paikka',
      'Arjen taidot ja työkyky',
      'Toimintakykyä ja osallisuutta {prov} kyliin',
    ],
    primaryTargets: [
      'pitkäaikaistyöttömät',
      'työelämän ulkopuolella olevat työikäiset',
      'osatyökykyiset',
      'mielenterveys- ja päihdekuntoutujat',
      'kuntouttavassa työtoiminnassa olevat asiakkaat',
      '{muni} alueella asuvat työttömät',
      'heikossa työmarkkina-asemassa olevat henkilöt',
      'syrjäytymisvaarassa olevat aikuiset',
      'ikääntyvät työttömät',
    ],
    indirectTargets: [
      'kuntien sosiaali- ja työllisyyspalvelujen henkilöstö',
      'alueen järjestöt ja yhdistykset',
      'kohderyhmän perheet ja läheiset',
      'työnantajat ja yritykset',
      'TE-toimiston ja Kelan asiantuntijat',
      'hyvinvointialueen ammattilaiset',
    ],
    background: [
      '{prov} työttömyysaste on pysynyt koko maan keskiarvoa korkeampana, ja pitkäaikaistyöttömien osuus työttömistä on kasvanut viime vuosina.',
      '{muni} alueella on tunnistettu tarve matalan kynnyksen palveluille, jotka tavoittavat myös ne työelämän ulkopuolella olevat, jotka eivät ole minkään palvelun piirissä.',
      'Kunnan hyvinvointikertomuksen mukaan yksinäisyys, mielenterveyden haasteet ja pitkittynyt työttömyys kasautuvat samoille asuinalueille.',
      'Palvelujärjestelmä on pirstaleinen, ja asiakkaat kokevat usein, ettei kukaan ota kokonaisvastuuta heidän tilanteestaan.',
      'Työ- ja toimintakyvyn arviointi jää monella pitkään työttömänä olleella tekemättä, jolloin oikeanlaisen tuen löytäminen viivästyy.',
      'Kuntouttavan työtoiminnan paikkoja on {sub} seudulla vähän, ja toiminta painottuu suurimpiin taajamiin.',
      'Pitkään jatkunut työttömyys heikentää terveyttä, arjenhallintaa ja sosiaalisia suhteita, mikä vaikeuttaa entisestään paluuta työelämään.',
    ],
    goals: [
      'Hankkeen tavoitteena on vahvistaa kohderyhmän työ- ja toimintakykyä, arjenhallintaa ja sosiaalista osallisuutta niin, että osallistujat voivat siirtyä koulutukseen, työhön tai muihin tarkoituksenmukaisiin palveluihin.',
      'Tavoitteena on kehittää {muni} alueelle pysyvä matalan kynnyksen toimintamalli, joka yhdistää järjestöjen, kunnan ja hyvinvointialueen palvelut.',
      'Hanke pyrkii vähentämään yksinäisyyttä ja syrjäytymistä sekä vahvistamaan osallistujien luottamusta omiin mahdollisuuksiinsa.',
      'Lisäksi tavoitteena on tunnistaa osallistujien osaaminen ja vahvuudet sekä tehdä ne näkyviksi työnantajille.',
      'Hankkeessa kehitetään työ- ja toimintakyvyn arviointiin uusia, asiakaslähtöisiä menetelmiä.',
      'Pitkän aikavälin tavoitteena on, että {prov} kunnissa on käytössä yhteinen malli työelämän ulkopuolella olevien ohjaukseen.',
    ],
    actions: [
      'Toimenpiteinä järjestetään ryhmämuotoista valmennusta, yksilöohjausta ja työkokeiluja yhteistyössä paikallisten yritysten ja yhdistysten kanssa.',
      'Osallistujille tarjotaan henkilökohtaista ohjausta, jossa kartoitetaan elämäntilanne, terveydentila ja osaaminen sekä laaditaan yhdessä etenemissuunnitelma.',
      'Hankkeessa jalkaudutaan asuinalueille, kirjastoihin ja kauppakeskuksiin, jotta palvelujen ulkopuolella olevat saadaan tavoitettua.',
      'Vertaisryhmissä harjoitellaan arjen taitoja, kuten ruuanlaittoa, raha-asioiden hoitoa ja säännöllistä päivärytmiä.',
      'Liikunta-, luonto- ja kulttuuritoiminnan avulla vahvistetaan osallistujien hyvinvointia ja jaksamista.',
      'Yhteistyössä hyvinvointialueen kanssa osallistujille järjestetään terveystarkastuksia ja tarvittaessa ohjataan kuntoutukseen.',
      'Kokemusasiantuntijat osallistuvat toiminnan suunnitteluun ja toimivat vertaisohjaajina ryhmissä.',
      'Hankkeen työntekijät kulkevat osallistujan rinnalla myös siirtymävaiheissa, esimerkiksi koulutuksen tai työsuhteen alkaessa.',
    ],
    expected: [
      'Hankkeen tuloksena osallistujien työ- ja toimintakyky paranee ja heidän valmiutensa hakeutua koulutukseen tai työhön vahvistuvat.',
      'Yksinäisyys ja syrjäytymisen riski vähenevät, kun osallistujat löytävät mielekästä tekemistä ja uusia sosiaalisia verkostoja.',
      'Alueen toimijoiden yhteistyö tiivistyy ja palveluketjut selkiytyvät.',
      'Hankkeessa kehitetyt toimintatavat juurrutetaan osaksi kunnan ja järjestöjen pysyvää toimintaa.',
      'Vaikutuksia seurataan osallisuusindikaattorin ja Kykyviisari-mittarin avulla.',
    ],
    report: [
      'Hankkeen toteutusaikana toimintaan osallistui {n:60-420} henkilöä, joista noin puolet oli ollut työttömänä yli vuoden.',
      'Osallistujista {n:15-60} siirtyi hankkeen aikana työhön, koulutukseen tai työkokeiluun, ja moni pääsi tarpeidensa mukaisen kuntoutuksen piiriin.',
      'Palautteen perusteella osallistujat kokivat arjenhallintansa ja elämänlaatunsa parantuneen.',
      'Matalan kynnyksen kohtaamispaikka osoittautui tärkeäksi, sillä se tavoitti myös sellaisia henkilöitä, jotka eivät aiemmin olleet minkään palvelun piirissä.',
      'Yhteistyö TE-toimiston, Kelan ja sosiaalitoimen kanssa tiivistyi, ja asiakkaiden ohjaaminen palveluihin nopeutui.',
      'Hankkeen aikana koulutettiin {n:8-40} vertaisohjaajaa, jotka jatkavat toimintaa yhdistysten vapaaehtoisina.',
      'Kaikkia tavoitteita ei saavutettu, sillä osallistujien tilanteet olivat usein ennakoitua vaikeampia ja vaativat pitkäkestoista tukea.',
      'Toimintamallin keskeiset osat siirtyivät hankkeen päätyttyä hallinnoijan pysyväksi toiminnaksi.',
      'Osallistujien hyvinvointia mitattiin alussa ja lopussa, ja tulokset osoittivat selvää myönteistä muutosta erityisesti sosiaalisessa osallisuudessa.',
    ],
    workPackages: [
      'Tavoittava työ ja ohjaus',
      'Ryhmätoiminta ja vertaistuki',
      'Työ- ja toimintakyvyn arviointi',
      'Yhteistyöverkoston rakentaminen',
      'Toimintamallin juurruttaminen',
    ],
    phraseKinds: [
      'olohuone',
      'kohtaamispaikka',
      'valmennusmalli',
      'vertaisryhmä',
      'toimintamalli',
      'kahvila',
    ],
    applicantWeights: {
      city: 30,
      association: 22,
      amk: 12,
      education: 8,
      foundation: 10,
      sote: 10,
      university: 3,
      company: 3,
    },
    emphasis: SOCIAL_EMPHASIS,
  },
  {
    id: 'community',
    fund: 'ESR',
    weight: 12,
    objectives: [OBJ_WORK_ABILITY, OBJ_WORK_ABILITY, OBJ_EXCLUSION],
    names: [
      'Kansalaistoimijalähtöisen kehittämisen koordinaatio- ja viestintähanke',
      'Asukkaat ääneen {muni} lähiöissä',
      'Yhteisöllisyyttä ja osallisuutta kaupunkiin',
      'Kylät työn ja osallisuuden tukena',
      'Lähiöt liikkeelle',
      'Kansalaistoiminnan voimaa {prov} kaupunkeihin',
      'Osallistava kaupunkikehittäminen',
      'Naapurusto yhdessä',
    ],
    primaryTargets: [
      'alueen yhdistykset ja kansalaistoimijat',
      '{muni} kantakaupungin asukkaat',
      'asukasyhdistykset ja kyläyhdistykset',
      'heikommassa sosiaalis-taloudellisessa asemassa olevat asukkaat',
      'tuensiirtoa hakevat yhdistykset',
      'yhdistysten vapaaehtoiset',
    ],
    indirectTargets: [
      'kuntien ja hyvinvointialueen työntekijät',
      'alueen asukkaat laajasti',
      'paikalliset yritykset',
      'seurakunnat ja muut yhteisöt',
      'kohderyhmän perheet',
    ],
    background: [
      '{muni} asuinalueilla on vahvaa yhdistystoimintaa, mutta yhdistysten mahdollisuudet hakea ja hallinnoida EU-rahoitusta ovat rajalliset.',
      'Kansalaistoimijalähtöinen kehittäminen on ollut osa {prov} rakennerahastotoimintaa ohjelmakauden alusta asti.',
      'Asukastoiminta on aktiivista, mutta se on ollut pitkään kaupunkivetoista, ja asukkaiden omaehtoiselle toiminnalle on tarvetta.',
      'Pienten yhdistysten on vaikea löytää resursseja kehittämistyöhön, vaikka niillä on hyvä yhteys heikoimmassa asemassa oleviin asukkaisiin.',
      'Sosiaali- ja terveyspalvelujen uudistus muuttaa järjestöjen ja julkisen sektorin yhteistyön rakenteita, mikä edellyttää uusia kumppanuuden muotoja.',
      'Alueen yhdistyksistä suuri osa toimii täysin vapaaehtoisvoimin, ja niiden aktiivijäsenet ikääntyvät.',
    ],
    goals: [
      'Hankkeen tavoitteena on rohkaista ja tukea alueen yhdistyksiä edistämään kehittämisideoitaan ja toimimaan rakennerahasto-ohjelmassa.',
      'Tavoitteena on vahvistaa yhdistysten hanke- ja osallisuusosaamista sekä keskinäistä yhteistyötä.',
      'Hanke kannustaa kansalaislähtöiseen kehittämiseen ja asuinalueiden viihtyvyyden lisäämiseen.',
      'Tavoitteena on löytää hyviä käytänteitä, joita voidaan tuotteistaa toimintamuodoiksi, palveluiksi tai jatkokehittämiskohteiksi.',
      'Hankkeella tuetaan asukkaiden sosiaalista osallisuutta, työelämävalmiuksia sekä työ- ja toimintakykyä.',
      'Lisäksi tavoitteena on tiivistää kansalaistoimijoiden ja kunnan välistä yhteistyötä.',
    ],
    actions: [
      'Hankkeessa rahoitetaan tuensiirtona kansalaistoimijoiden ideoimia kehittämishankkeita ja tapahtumia.',
      'Yhdistyksille tarjotaan henkilökohtaista neuvontaa hankkeiden suunnittelussa, hakemisessa ja raportoinnissa.',
      'Yhdistyksille järjestetään verkostotapaamisia, infotilaisuuksia ja koulutuksia esimerkiksi viestinnästä ja vaikuttavuuden arvioinnista.',
      'Toiminnassa käytetään matalan kynnyksen rahoitusmallia, jossa kansalaistoimijat saavat sekä taloudellista tukea että hallinnoijan henkilöstön ohjausta.',
      'Asukkaiden ideoita kerätään avoimissa työpajoissa, kyselyillä ja jalkautumalla asuinalueille.',
      'Hankkeessa kokeillaan osallistuvaa budjetointia, jossa asukkaat päättävät osan määrärahojen käytöstä.',
      'Tapahtumia toteutetaan yhdessä asukkaiden, yritysten ja kolmannen sektorin toimijoiden kanssa.',
      'Hankkeen viestinnässä nostetaan esiin yhdistysten onnistumisia ja kannustetaan uusia toimijoita mukaan.',
    ],
    expected: [
      'Hankkeen tuloksena yhdistysten hankeosaaminen vahvistuu ja niiden valmiudet toimia rakennerahastoissa paranevat.',
      'Asukkaiden osallistuminen lisääntyy ja yhteisöllisyys vahvistuu.',
      'Yhdistysten ja kunnan yhteistyö tiivistyy ja uusia kumppanuuksia syntyy.',
      'Syntyy uusia toimintamuotoja, jotka jatkuvat yhdistysten omana toimintana hankkeen päätyttyä.',
      'Asukkaiden paikallisidentiteetti vahvistuu ja asuinalueiden imago paranee.',
    ],
    report: [
      'Hankkeessa sai rahoituksen kansalaistoimijoiden {n:8-30} kehittämishanketta ja {n:5-25} tapahtumaa.',
      'Tuensiirtohankkeet olivat budjetiltaan alle {n:20-70} 000 euroa, ja ne olivat pääosin hyvin suunniteltuja ja tarkasti kohdennettuja.',
      'Hankkeessa oli {n:150-900} rekisteröityä osallistujaa, ja tapahtumat tavoittivat yli {n:2-9} 000 ihmistä.',
      'Yhdistykset saivat uusia aktiivisia jäseniä, näkyvyyttä ja kohderyhmiä sekä vahvistivat yhteistyöverkostojaan.',
      'Matalan kynnyksen rahoitusmalli kannusti hanketoimintaan myös sellaisia toimijoita, joilla ei ollut aiempaa kokemusta EU-hankkeista.',
      'Hanketyöntekijät antoivat neuvontaa ja ohjausta kansalaistoimijoille aina hankkeen suunnittelusta lopetukseen asti.',
      'Useilla toimijoilla hankkeissa kehitetyt toimintatavat ovat jääneet käyttöön tai saaneet jatkorahoitusta.',
      'Yhteistyötä tehtiin laaja-alaisesti asukasyhdistysten, harrastusseurojen ja oppilaitosten kanssa; toimenpiteisiin osallistui noin {n:20-60} eri yhdistystä.',
      'Hankkeen kokemusten pohjalta laadittiin toimenpide-ehdotus kunnan osallisuusohjelmaa varten.',
    ],
    workPackages: [
      'Yhdistysten neuvonta ja tuki',
      'Tuensiirrot ja tapahtumat',
      'Osallisuusosaamisen vahvistaminen',
      'Viestintä ja verkostot',
    ],
    phraseKinds: [
      'rahoitusmalli',
      'toimintamalli',
      'verkosto',
      'tapahtumakonsepti',
      'työkalupakki',
      'kumppanuusmalli',
    ],
    applicantWeights: { city: 40, association: 45, foundation: 10, amk: 5 },
    emphasis: [0, 0, 1, 0, 0, 1, 0, 2, 4, 1, 8, 3, 8, 4, 2],
  },
  {
    id: 'youth',
    fund: 'ESR',
    weight: 20,
    objectives: [OBJ_YOUTH_EMPLOYMENT, OBJ_YOUTH_EMPLOYMENT, OBJ_TRANSITIONS, OBJ_TRANSITIONS],
    names: [
      'Nuoret töihin {sub} seudulla',
      'Polku työelämään',
      'Ohjaamo-toiminnan kehittäminen',
      'Nuorten tulevaisuuspolut',
      'Askel koulutukseen ja työhön',
      'Nuorten osaaminen näkyväksi',
      'Tuetusti tulevaisuuteen',
      'Työelämätaitoja nuorille',
    ],
    primaryTargets: [
      'alle 30-vuotiaat työttömät nuoret',
      'koulutuksen ja työelämän ulkopuolella olevat nuoret',
      'peruskoulun päättävät nuoret, joilla on riski jäädä ilman jatko-opiskelupaikkaa',
      'ammatillisen koulutuksen keskeyttäneet nuoret',
      'vastavalmistuneet nuoret aikuiset',
      '{muni} alueen 16–29-vuotiaat nuoret',
    ],
    indirectTargets: [
      'nuorten parissa työskentelevät ammattilaiset',
      'oppilaitosten opinto-ohjaajat',
      'nuorten vanhemmat ja läheiset',
      'alueen työnantajat',
      'etsivä nuorisotyö ja Ohjaamo',
    ],
    background: [
      'Nuorisotyöttömyys on {prov} alueella ollut pitkään valtakunnallista tasoa korkeampaa.',
      'Ammatillisen koulutuksen keskeyttäminen on yleisintä ensimmäisen opiskeluvuoden aikana, ja keskeyttäneistä moni jää vaille jatkosuunnitelmaa.',
      '{muni} nuorille suunnatut palvelut ovat hajallaan, eikä nuori aina tiedä, mistä hakea apua.',
      'Nuorten mielenterveyden haasteet ja yksinäisyys ovat lisääntyneet, mikä näkyy myös opintojen ja työn aloittamisen vaikeutena.',
      'Alueen yritykset kärsivät osaavan työvoiman puutteesta, vaikka samaan aikaan moni nuori on työttömänä.',
      'Etsivän nuorisotyön asiakasmäärät ovat kasvaneet, ja erityisesti pitkään kotona olleiden nuorten tavoittaminen on vaikeaa.',
    ],
    goals: [
      'Hankkeen tavoitteena on tukea nuorten siirtymistä koulutukseen ja työelämään sekä ehkäistä syrjäytymistä.',
      'Tavoitteena on kehittää nuorille yhden luukun palvelu, jossa ohjaus, neuvonta ja tuki ovat saatavilla samasta paikasta.',
      'Hanke vahvistaa nuorten työelämätaitoja, itsetuntemusta ja uskoa omiin mahdollisuuksiin.',
      'Tavoitteena on lisätä yhteistyötä oppilaitosten, työnantajien ja nuorisopalvelujen välillä.',
      'Hankkeessa tehdään nuorten osaaminen näkyväksi ja tuetaan heitä löytämään omat vahvuutensa.',
      'Pitkän aikavälin tavoitteena on alentaa nuorisotyöttömyyttä ja koulutuksen keskeyttämistä alueella.',
    ],
    actions: [
      'Nuorille tarjotaan yksilövalmennusta, ryhmävalmennusta sekä tutustumisjaksoja työpaikoilla.',
      'Hankkeessa järjestetään työelämäpajoja, joissa harjoitellaan työnhakua, työhaastatteluja ja työelämän pelisääntöjä.',
      'Työnantajille tarjotaan tukea nuoren perehdyttämiseen ja rekrytoinnin suunnitteluun.',
      'Etsivän nuorisotyön kanssa tavoitetaan nuoria, jotka eivät ole minkään palvelun piirissä.',
      'Nuorille kehitetään digitaalinen palvelupolku, jonka kautta he voivat varata ohjausajan ja löytää tietoa koulutusmahdollisuuksista.',
      'Hankkeessa kokeillaan mentorointia, jossa kokeneet työntekijät tukevat nuoria ensimmäisissä työtehtävissä.',
      'Opinto-ohjaajien kanssa rakennetaan toimintatapa, jolla keskeyttämisvaarassa olevat opiskelijat tunnistetaan ajoissa.',
      'Nuorten ideoita hyödynnetään palvelujen kehittämisessä nuorisovaltuuston ja kehittäjäryhmän kautta.',
    ],
    expected: [
      'Hankkeen tuloksena nuorten siirtymät koulutukseen ja työhön sujuvoituvat ja keskeyttämiset vähenevät.',
      'Nuorten työelämävalmiudet ja usko omiin mahdollisuuksiin vahvistuvat.',
      'Työnantajien valmiudet palkata ja perehdyttää nuoria paranevat.',
      'Nuorten palvelujen yhteistyö tiivistyy ja palvelupolut selkiytyvät.',
      'Hankkeessa kehitetyt toimintamallit juurrutetaan osaksi kunnan nuorisopalveluja ja oppilaitosten toimintaa.',
    ],
    report: [
      'Hankkeen valmennuksiin osallistui {n:60-400} nuorta, joista {n:30-60} prosenttia siirtyi koulutukseen, työhön tai työkokeiluun.',
      'Yritysyhteistyötä tehtiin {n:20-120} yrityksen kanssa, ja moni nuori sai ensimmäisen työpaikkansa hankkeen kautta.',
      'Yksilövalmennus osoittautui tärkeimmäksi tukimuodoksi erityisesti niille nuorille, joilla oli takanaan pitkä kotona oleskelun jakso.',
      'Nuorilta kerätyn palautteen mukaan valmentajan tuki ja luottamuksellinen suhde olivat merkittävimpiä onnistumisen tekijöitä.',
      'Työelämäpajoissa syntyi materiaalia, jota oppilaitokset käyttävät edelleen opinto-ohjauksessa.',
      'Hankkeen aikana tunnistettiin, että nuorten mielenterveyspalvelujen saatavuus on keskeinen pullonkaula siirtymien onnistumiselle.',
      'Mentorointikokeiluun osallistui {n:10-45} mentoria alueen yrityksistä.',
      'Toiminta jatkuu hankkeen päätyttyä osana kunnan nuorisopalveluja ja Ohjaamo-toimintaa.',
      'Kaikkia nuoria ei tavoitettu suunnitellusti, ja jatkossa jalkautuvaa työtä tulee lisätä.',
    ],
    workPackages: [
      'Tavoittava työ ja etsivä ohjaus',
      'Yksilö- ja ryhmävalmennus',
      'Työelämäyhteistyö',
      'Siirtymävaiheiden tuki oppilaitoksissa',
      'Palvelujen juurruttaminen',
    ],
    phraseKinds: [
      'polkumalli',
      'valmennuspaja',
      'ohjausmalli',
      'mentorointimalli',
      'työelämäpassi',
      'nuorisoverstas',
    ],
    applicantWeights: {
      city: 30,
      association: 15,
      amk: 15,
      education: 20,
      foundation: 12,
      university: 3,
      company: 5,
    },
    emphasis: [0, 0, 0, 0, 0, 1, 0, 3, 3, 1, 8, 5, 7, 1, 1],
  },
  {
    id: 'immigrants',
    fund: 'ESR',
    weight: 10,
    objectives: [OBJ_MIGRATION, OBJ_MIGRATION, OBJ_EXCLUSION],
    names: [
      'Maahanmuuttajat työelämään',
      '{prov} kotoutumisen polut',
      'Osaajat esiin',
      'Yhdessä töihin',
      'Kieli ja työ',
      'Monikulttuurinen {muniN}',
      'Osaaminen käyttöön – kotoutuminen työn kautta',
    ],
    primaryTargets: [
      'työikäiset maahanmuuttajat',
      'kotoutumiskoulutuksen päättäneet maahanmuuttajat',
      'maahanmuuttajanaiset, jotka ovat työvoiman ulkopuolella',
      'kansainväliset opiskelijat ja korkeasti koulutetut maahanmuuttajat',
      'turvapaikanhakijat ja kiintiöpakolaiset',
      'vieraskieliset työnhakijat',
    ],
    indirectTargets: [
      'alueen työnantajat',
      'kotoutumispalveluja tuottavat organisaatiot',
      'oppilaitokset ja kansalaisopistot',
      'maahanmuuttajajärjestöt',
      'kantaväestö ja naapurustot',
    ],
    background: [
      'Vieraskielisen väestön määrä {prov} alueella on kasvanut, ja samalla alueen työnantajat etsivät osaavaa työvoimaa.',
      'Kotoutumiskoulutuksen jälkeen moni maahanmuuttaja jää työttömäksi, koska suomen kielen taito ei vielä riitä työelämän tarpeisiin.',
      'Maahanmuuttajien aiemmin hankittu osaaminen ja tutkinnot jäävät usein tunnistamatta.',
      'Erityisesti kotona lapsia hoitavat maahanmuuttajanaiset jäävät kotoutumispalvelujen ulkopuolelle.',
      'Työnantajilla on epävarmuutta monikulttuurisen työyhteisön johtamisesta ja vieraskielisen työntekijän perehdyttämisestä.',
      'Pienillä paikkakunnilla kotoutumispalveluja on tarjolla niukasti, ja matkat palveluihin ovat pitkiä.',
    ],
    goals: [
      'Hankkeen tavoitteena on edistää maahanmuuttajien työllistymistä ja kotoutumista {muni} seudulla.',
      'Tavoitteena on tunnistaa ja tunnustaa maahanmuuttajien aiemmin hankittu osaaminen ja tehdä se näkyväksi työnantajille.',
      'Hanke vahvistaa osallistujien suomen kielen taitoa työelämälähtöisesti.',
      'Lisäksi tavoitteena on lisätä työnantajien valmiuksia rekrytoida ja perehdyttää vieraskielisiä työntekijöitä.',
      'Hankkeessa kehitetään kotoutumista tukevia palveluja yhteistyössä maahanmuuttajajärjestöjen kanssa.',
      'Tavoitteena on vähentää ennakkoluuloja ja lisätä vuorovaikutusta kantaväestön ja maahanmuuttajien välillä.',
    ],
    actions: [
      'Osallistujille järjestetään työelämälähtöistä kielikoulutusta, jossa kieltä opitaan aidoissa työtilanteissa.',
      'Osaamiskartoituksissa selvitetään osallistujan koulutus, työkokemus ja vahvuudet, ja niiden pohjalta laaditaan henkilökohtainen suunnitelma.',
      'Hankkeessa järjestetään työnantajille koulutusta monikulttuurisesta rekrytoinnista ja selkokielisestä perehdytyksestä.',
      'Työkokeilujen ja harjoittelujaksojen avulla osallistujat pääsevät tutustumaan suomalaiseen työelämään.',
      'Naisten ryhmissä on tarjolla lastenhoito, jotta myös pienten lasten äidit voivat osallistua.',
      'Vertaismentorit, jotka ovat itse kotoutuneet Suomeen, tukevat osallistujia arjen asioinnissa.',
      'Hankkeessa kehitetään monikielistä neuvontaa yhteistyössä kirjastojen ja kansalaisopiston kanssa.',
      'Yritysvierailuilla ja rekrytointitapahtumissa osallistujat ja työnantajat kohtaavat toisensa.',
    ],
    expected: [
      'Hankkeen tuloksena osallistujien työllistymisvalmiudet ja kielitaito paranevat.',
      'Työnantajien valmiudet palkata maahanmuuttajia kasvavat ja rekrytointikynnys madaltuu.',
      'Kotoutumispalvelut selkiytyvät ja palveluiden väliset siirtymät sujuvoituvat.',
      'Maahanmuuttajien osallisuus paikallisyhteisössä vahvistuu.',
      'Hankkeen toimintamallit juurrutetaan osaksi kunnan kotoutumisohjelmaa.',
    ],
    report: [
      'Hankkeeseen osallistui {n:50-350} maahanmuuttajaa {n:15-45} eri kansallisuudesta.',
      'Osallistujista noin {n:20-45} prosenttia työllistyi tai aloitti ammatillisen koulutuksen hankkeen aikana.',
      'Työelämälähtöinen kielikoulutus osoittautui toimivaksi, ja sitä jatketaan kansalaisopiston kurssitarjonnassa.',
      'Työnantajakoulutuksiin osallistui {n:20-90} yritystä, ja osa niistä on rekrytoinut useamman vieraskielisen työntekijän.',
      'Naisten ryhmätoiminta tavoitti erityisesti kotona lapsia hoitavia äitejä, jotka eivät aiemmin olleet palvelujen piirissä.',
      'Vertaismentoreiden tuki madalsi osallistumisen kynnystä ja lisäsi luottamusta viranomaisiin.',
      'Hankkeen aikana kävi ilmi, että tutkintojen tunnustamisen prosessit ovat hitaita, mikä viivästytti monen osallistujan työllistymistä.',
      'Kunta on ottanut hankkeessa kehitetyn osaamiskartoituksen osaksi kotoutumispalvelujaan.',
    ],
    workPackages: [
      'Osaamisen tunnistaminen',
      'Työelämälähtöinen kielikoulutus',
      'Työnantajayhteistyö',
      'Vertaistuki ja naisten ryhmät',
    ],
    phraseKinds: [
      'osaamiskartoitus',
      'kielikahvila',
      'mentorointimalli',
      'työelämäkurssi',
      'rekrytointimalli',
      'perehdytysopas',
    ],
    applicantWeights: { city: 30, association: 25, education: 20, amk: 10, foundation: 10, company: 5 },
    emphasis: [0, 0, 0, 0, 0, 1, 0, 3, 3, 1, 7, 6, 9, 3, 1],
  },
  {
    id: 'worklife',
    fund: 'ESR',
    weight: 12,
    objectives: [OBJ_WELLBEING_AT_WORK],
    names: [
      'Työhyvinvointia pk-yrityksiin',
      'Tuottavuutta ja hyvinvointia työpaikoille',
      'Johtajuus muutoksessa',
      'Työkyky kuntoon',
      'Hyvä työ {prov} yrityksissä',
      'Osaava ja hyvinvoiva henkilöstö',
      'Muutosturvaa ja uudistumista',
    ],
    primaryTargets: [
      'pk-yritysten johto ja henkilöstö',
      'muutostilanteessa olevien yritysten työntekijät',
      'ikääntyvät työntekijät',
      'sosiaali- ja terveysalan työyhteisöt',
      'yrittäjät ja esihenkilöt',
      'vuorotyötä tekevät työntekijät',
    ],
    indirectTargets: [
      'työterveyshuolto',
      'alueen elinkeinopalvelut',
      'työntekijöiden perheet',
      'oppilaitokset',
      'työmarkkinajärjestöt',
    ],
    background: [
      'Pk-yrityksillä on harvoin resursseja järjestelmälliseen työhyvinvoinnin kehittämiseen, vaikka sairauspoissaolot ja työkyvyttömyys aiheuttavat niille merkittäviä kustannuksia.',
      'Työurien pidentäminen edellyttää, että ikääntyvien työntekijöiden työkykyä tuetaan ennakoivasti.',
      'Digitalisaatio ja toimialojen rakennemuutos muuttavat työtehtäviä nopeasti, mikä lisää henkilöstön osaamistarpeita.',
      '{prov} yrityksissä on havaittu puutteita esihenkilötyössä ja muutosjohtamisessa.',
      'Sosiaali- ja terveysalalla työn kuormittavuus on kasvanut, ja alan vetovoima on heikentynyt.',
      'Yritysten välinen yhteistyö työhyvinvoinnin kehittämisessä on alueella vähäistä.',
    ],
    goals: [
      'Hankkeen tavoitteena on parantaa pk-yritysten työhyvinvointia, tuottavuutta ja muutosvalmiutta.',
      'Tavoitteena on kehittää esihenkilöiden valmiuksia johtaa muutosta ja tukea työntekijöiden työkykyä.',
      'Hanke vahvistaa työyhteisöjen kykyä ennakoida osaamistarpeita ja uudistaa toimintatapojaan.',
      'Lisäksi tavoitteena on tukea ikääntyvien työntekijöiden jaksamista ja työurien jatkumista.',
      'Hankkeessa kehitetään yrityksille käytännönläheisiä työkaluja työhyvinvoinnin johtamiseen.',
      'Tavoitteena on luoda alueelle yritysten välinen verkosto, jossa hyviä käytäntöjä jaetaan.',
    ],
    actions: [
      'Yrityksille tehdään työhyvinvointikartoitukset, joiden pohjalta laaditaan yrityskohtaiset kehittämissuunnitelmat.',
      'Esihenkilöille järjestetään valmennuksia muutosjohtamisesta, vuorovaikutuksesta ja varhaisesta tuesta.',
      'Työyhteisöissä toteutetaan kehittämistyöpajoja, joissa henkilöstö osallistuu toimintatapojen uudistamiseen.',
      'Hankkeessa kokeillaan uusia työaikajärjestelyjä ja ergonomiaratkaisuja yhdessä työterveyshuollon kanssa.',
      'Yritysten välisiä sparrausryhmiä kokoontuu säännöllisesti jakamaan kokemuksia ja hyviä käytäntöjä.',
      'Henkilöstölle tarjotaan lyhytkoulutuksia digitaalisten työvälineiden käytöstä.',
      'Hankkeen asiantuntijat tukevat yrityksiä muutostilanteissa, kuten yrityskaupoissa ja sukupolvenvaihdoksissa.',
      'Työhyvinvoinnin kehittymistä seurataan alku- ja loppumittauksilla.',
    ],
    expected: [
      'Hankkeen tuloksena osallistuvien yritysten sairauspoissaolot vähenevät ja tuottavuus paranee.',
      'Esihenkilötyön laatu paranee ja henkilöstön kokemus työn hallinnasta vahvistuu.',
      'Yritysten valmiudet ennakoida muutoksia ja uudistaa toimintaansa kasvavat.',
      'Ikääntyvien työntekijöiden työurat pitenevät.',
      'Hankkeessa kehitetyt työkalut ovat vapaasti alueen yritysten käytettävissä.',
    ],
    report: [
      'Hankkeeseen osallistui {n:12-80} yritystä ja yhteensä {n:150-900} työntekijää.',
      'Loppumittauksen mukaan työhyvinvointi parani selvästi {n:60-85} prosentissa osallistuneista työyhteisöistä.',
      'Esihenkilövalmennukset saivat erinomaisen palautteen, ja niiden sisältöjä hyödynnetään jatkossa oppilaitosten täydennyskoulutuksessa.',
      'Yritysten sparrausryhmät koettiin hyödyllisiksi, ja osa ryhmistä jatkaa toimintaansa omatoimisesti.',
      'Yrityskohtaisissa kehittämissuunnitelmissa painottuivat erityisesti johtaminen, työn organisointi ja palautekäytännöt.',
      'Hankkeen aikana tunnistettiin, että pienimmissä yrityksissä kehittämiseen on vaikea irrottaa aikaa, joten toimenpiteet räätälöitiin lyhyiksi.',
      'Työterveyshuollon kanssa tehty yhteistyö vakiintui, ja varhaisen tuen malli otettiin käyttöön useassa yrityksessä.',
      'Hankkeessa tuotettiin työhyvinvoinnin johtamisen opas, joka on ladattavissa hankkeen verkkosivuilta.',
    ],
    workPackages: [
      'Työhyvinvointikartoitukset',
      'Esihenkilövalmennus',
      'Työyhteisöjen kehittäminen',
      'Yritysverkosto',
    ],
    phraseKinds: [
      'työkalupakki',
      'sparrausmalli',
      'valmennusohjelma',
      'työhyvinvointimittari',
      'johtamisopas',
      'tukimalli',
    ],
    applicantWeights: {
      amk: 35,
      university: 10,
      company: 20,
      education: 10,
      sote: 10,
      association: 10,
      city: 5,
    },
    emphasis: [0, 0, 0, 0, 0, 1, 0, 4, 5, 1, 8, 5, 5, 0, 1],
  },
  {
    id: 'skills',
    fund: 'ESR',
    weight: 16,
    objectives: [OBJ_GUIDANCE, OBJ_ADULT_SKILLS, OBJ_ADULT_SKILLS],
    names: [
      'Digitaidot arkeen ja työhön',
      'Osaamista työelämän muutoksiin',
      'Joustavat koulutuspolut',
      'Aikuisten perustaidot kuntoon',
      'Hoiva-alan osaajat',
      'Osaamisen uudet polut',
      'Tulevaisuuden taidot {prov} työikäisille',
      'Ohjaus ja osaaminen',
    ],
    primaryTargets: [
      'työikäiset, joilla on puutteelliset perustaidot',
      'vailla toisen asteen tutkintoa olevat aikuiset',
      'alanvaihtoa suunnittelevat työntekijät',
      'hoiva-alan työntekijät ja alalle hakeutuvat',
      'opinto-ohjaajat ja opettajat',
      'ikääntyvät työntekijät, joiden digitaidot ovat puutteelliset',
    ],
    indirectTargets: [
      'alueen työnantajat',
      'oppilaitosten henkilöstö',
      'TE-palvelut',
      'kansalaisopistot ja kirjastot',
      'osallistujien perheet',
    ],
    background: [
      'Noin joka kymmenennellä työikäisellä on puutteita luku-, laskutaito- tai digitaidoissa, mikä heikentää heidän asemaansa työmarkkinoilla.',
      '{prov} väestön koulutustaso on maan keskiarvoa matalampi, ja aikuiskoulutukseen osallistutaan vähemmän kuin muualla.',
      'Työelämän digitalisoituminen edellyttää jatkuvaa oppimista myös niiltä, joiden omat oppimiskokemukset ovat kielteisiä.',
      'Hoiva-alalla on pulaa osaajista, ja alalle hakeutuvat tarvitsevat joustavia reittejä tutkintoon.',
      'Koulutustarjonta on hajanaista, ja aikuisen on vaikea löytää itselleen sopivaa koulutusta.',
      'Etäopetuksen mahdollisuuksia ei ole vielä täysin hyödynnetty harvaan asutuilla alueilla.',
    ],
    goals: [
      'Hankkeen tavoitteena on nostaa työikäisten osaamistasoa ja parantaa heidän mahdollisuuksiaan pysyä työelämässä.',
      'Tavoitteena on kehittää joustavia, työn ohessa suoritettavia koulutuspolkuja yhteistyössä työnantajien kanssa.',
      'Hanke vahvistaa aikuisten perustaitoja, erityisesti digitaitoja, matalan kynnyksen oppimisympäristöissä.',
      'Lisäksi tavoitteena on kehittää ohjauspalveluja, jotka auttavat aikuisia löytämään omaan tilanteeseensa sopivan koulutuksen.',
      'Tavoitteena on, että osallistujat saavat osaamisestaan todistuksen tai osatutkinnon.',
      'Hankkeessa kehitetään opettajien ja ohjaajien valmiuksia tukea aikuisopiskelijoita.',
    ],
    actions: [
      'Osallistujille järjestetään lyhytkursseja ja työpajoja, joissa harjoitellaan työelämässä tarvittavia digitaitoja.',
      'Osaamisen tunnistamisessa hyödynnetään näyttöjä ja työpaikalla tapahtuvaa arviointia.',
      'Hankkeessa rakennetaan verkko-oppimisympäristö, jossa opiskelu onnistuu ajasta ja paikasta riippumatta.',
      'Työnantajien kanssa suunnitellaan oppisopimus- ja täsmäkoulutuksia, jotka vastaavat yritysten todellisiin osaamistarpeisiin.',
      'Kirjastoissa ja kansalaisopistoissa järjestetään digitukea ja neuvontaa.',
      'Ohjaajille järjestetään koulutusta aikuisen oppijan ohjauksesta ja oppimisvaikeuksien tunnistamisesta.',
      'Osallistujien opintoja tuetaan henkilökohtaisella opintovalmennuksella.',
      'Hankkeessa pilotoidaan hoiva-avustajan koulutuspolku, joka johtaa osatutkintoon.',
    ],
    expected: [
      'Hankkeen tuloksena osallistujien perustaidot ja digitaidot paranevat.',
      'Aikuisten osallistuminen koulutukseen lisääntyy ja koulutuspolut joustavoituvat.',
      'Työnantajat saavat tarvitsemaansa osaavaa työvoimaa.',
      'Ohjauspalvelut selkiytyvät ja niiden saavutettavuus paranee.',
      'Kehitetyt koulutusmallit jäävät oppilaitosten pysyvään tarjontaan.',
    ],
    report: [
      'Hankkeen koulutuksiin osallistui {n:80-600} henkilöä, ja {n:20-150} heistä suoritti osatutkinnon tai sen osan.',
      'Digitaitojen kursseille osallistui erityisesti yli 50-vuotiaita, joille lähiopetus ja pienryhmät sopivat parhaiten.',
      'Verkko-oppimisympäristöä käytti toteutusaikana yli {n:300-2000} opiskelijaa.',
      'Yhteistyössä työnantajien kanssa toteutettiin {n:4-20} täsmäkoulutusta.',
      'Ohjaajien koulutus lisäsi valmiuksia tunnistaa oppimisen esteitä ja tukea aikuisopiskelijoita.',
      'Osallistujapalautteen mukaan onnistumisen kokemukset lisäsivät motivaatiota jatkaa opiskelua.',
      'Kehitetty koulutuspolku on otettu osaksi oppilaitoksen pysyvää tarjontaa.',
      'Hankkeen aikana havaittiin, että aikuisten opiskelun suurimmat esteet liittyvät ajankäyttöön ja taloudelliseen tilanteeseen.',
    ],
    workPackages: [
      'Perustaitojen vahvistaminen',
      'Joustavat koulutuspolut',
      'Ohjauspalvelujen kehittäminen',
      'Työnantajayhteistyö',
    ],
    phraseKinds: [
      'oppimisympäristö',
      'koulutuspolku',
      'digitukimalli',
      'osaamismerkki',
      'opintovalmennus',
      'verkkokurssi',
    ],
    applicantWeights: { education: 35, amk: 25, city: 15, association: 10, foundation: 10, university: 5 },
    emphasis: [1, 0, 0, 0, 0, 1, 0, 3, 5, 1, 6, 5, 7, 1, 2],
  },
  {
    id: 'growth',
    fund: 'EAKR',
    weight: 30,
    objectives: [OBJ_NEW_FIRMS, OBJ_SME_GROWTH, OBJ_SME_GROWTH],
    names: [
      'Kasvua ja kansainvälistymistä {prov} pk-yrityksille',
      'Yrittäjyyden edistäminen {sub} seudulla',
      'Vientiä vauhdittamaan',
      'Kasvupolku',
      'Yrityskiihdyttämö',
      'Kansainvälistymisen askeleet',
      'Pk-yritysten digiloikka',
      'Yritysten uudistuminen ja kasvu',
    ],
    primaryTargets: [
      'kasvuhakuiset pk-yritykset',
      'aloittavat yrittäjät ja yrittäjiksi aikovat',
      'kansainvälistymistä suunnittelevat yritykset',
      'teollisuuden ja palvelualojen pk-yritykset',
      '{muni} seudun yritykset',
      'start up -yritykset',
    ],
    indirectTargets: [
      'alueen kehitysyhtiöt ja elinkeinotoimijat',
      'rahoittajat ja sijoittajat',
      'oppilaitokset ja korkeakoulut',
      'yritysten asiakkaat ja kumppanit',
      'kunnat',
    ],
    background: [
      '{prov} yrityskanta on pienyritysvaltainen, ja vain harva yritys tavoittelee aktiivisesti kasvua tai kansainvälisiä markkinoita.',
      'Uusien yritysten perustamisaste on alueella jäänyt jälkeen valtakunnallisesta kehityksestä.',
      'Yrityksiltä puuttuu usein osaamista myynnistä, markkinoinnista ja kansainvälisestä kaupasta.',
      'Digitalisaatio avaa uusia liiketoimintamahdollisuuksia, mutta monen yrityksen digitaalinen kypsyys on vielä matala.',
      'Omistajanvaihdosten määrä kasvaa lähivuosina, kun suuri osa yrittäjistä saavuttaa eläkeiän.',
      'Alueen yrityspalvelut ovat hajanaisia, ja yrittäjän on vaikea hahmottaa, mistä tukea saa.',
    ],
    goals: [
      'Hankkeen tavoitteena on lisätä {prov} pk-yritysten kasvua, kilpailukykyä ja kansainvälistymistä.',
      'Tavoitteena on synnyttää alueelle uusia kasvuhakuisia yrityksiä ja vahvistaa yrittäjyyskulttuuria.',
      'Hanke parantaa yritysten valmiuksia hyödyntää digitaalisia myyntikanavia.',
      'Lisäksi tavoitteena on tiivistää yrityspalvelujen yhteistyötä niin, että yrittäjä saa tarvitsemansa tuen yhdestä paikasta.',
      'Tavoitteena on tukea omistajanvaihdoksia ja turvata elinvoimaisten yritysten jatkuvuus.',
      'Hankkeessa rakennetaan yritysten välisiä vientiverkostoja.',
    ],
    actions: [
      'Yrityksille järjestetään kasvuvalmennuksia, joissa työstetään kasvustrategia ja toimenpidesuunnitelma.',
      'Hankkeessa toteutetaan kansainvälisiä markkinaselvityksiä ja yhteisiä messumatkoja kohdemaihin.',
      'Aloittaville yrittäjille tarjotaan neuvontaa, mentorointia ja liiketoimintasuunnitelman sparrausta.',
      'Yrityksille tehdään digitaalisen kypsyyden arvioinnit ja laaditaan kehittämissuunnitelmat.',
      'Hankkeessa järjestetään yritysten ja sijoittajien tapaamisia sekä pitching-tilaisuuksia.',
      'Omistajanvaihdoksia tuetaan järjestämällä tietoiskuja ja yhdistämällä luopujia ja jatkajia.',
      'Yrityksille tarjotaan asiantuntijapalveluja esimerkiksi tuotteistamiseen, brändäykseen ja hinnoitteluun.',
      'Korkeakoulujen opiskelijat tekevät yrityksille toimeksiantoja ja kehitysprojekteja.',
    ],
    expected: [
      'Hankkeen tuloksena alueelle syntyy uusia yrityksiä ja työpaikkoja.',
      'Osallistuvien yritysten liikevaihto ja vienti kasvavat.',
      'Yritysten digitaalinen osaaminen ja myyntikyky vahvistuvat.',
      'Yrityspalvelujen yhteistyö tiivistyy ja palvelut selkiytyvät.',
      'Onnistuneet omistajanvaihdokset turvaavat alueen palveluja ja työpaikkoja.',
    ],
    report: [
      'Hankkeen palveluihin osallistui {n:30-200} yritystä, ja hankkeen aikana syntyi {n:5-60} uutta yritystä.',
      'Kasvuvalmennukseen osallistuneista yrityksistä {n:40-75} prosenttia raportoi liikevaihdon kasvaneen.',
      'Yhteisillä messumatkoilla yritykset solmivat uusia asiakassuhteita {n:3-12} eri maahan.',
      'Hankkeen aikana syntyi arviolta {n:20-150} uutta työpaikkaa.',
      'Digitaalisen kypsyyden arvioinnit auttoivat yrityksiä priorisoimaan investointejaan.',
      'Omistajanvaihdostoiminnan tuloksena {n:3-25} yritystä sai jatkajan.',
      'Opiskelijayhteistyö tarjosi yrityksille uusia näkökulmia ja opiskelijoille työelämäyhteyksiä.',
      'Yritysten antama palaute hankkeen toiminnasta oli pääosin erittäin myönteistä.',
    ],
    workPackages: [
      'Kasvuvalmennus',
      'Kansainvälistyminen',
      'Aloittavien yrittäjien tuki',
      'Digitaalinen myynti',
      'Omistajanvaihdokset',
    ],
    phraseKinds: [
      'kasvupolku',
      'kiihdyttämö',
      'vientiverkosto',
      'sparrausmalli',
      'yrityskylä',
      'kasvuohjelma',
    ],
    applicantWeights: { company: 40, city: 20, amk: 20, university: 5, association: 10, foundation: 5 },
    emphasis: [1, 1, 0, 1, 0, 2, 1, 8, 6, 2, 3, 2, 2, 1, 2],
  },
  {
    id: 'innovation',
    fund: 'EAKR',
    weight: 30,
    objectives: [OBJ_REGIONAL_INNOVATION, OBJ_FIRM_INNOVATION],
    names: [
      'Älykkään erikoistumisen kärkien vahvistaminen',
      'Tutkimus- ja kehitysympäristö yritysten käyttöön',
      'Testialusta {muniN}',
      'Datasta liiketoimintaa',
      'Innovaatioekosysteemi {muniN}',
      'Teollinen internet pk-yrityksiin',
      'Kehitysympäristö tulevaisuuden tuotannolle',
      'Digitaaliset palvelut hyvinvointiin',
    ],
    primaryTargets: [
      'alueen teknologiateollisuuden yritykset',
      'tutkimus- ja kehittämisorganisaatiot',
      'tuotekehitystä tekevät pk-yritykset',
      'ohjelmisto- ja ICT-alan yritykset',
      'hyvinvointiteknologian yritykset',
      'korkeakoulujen tutkijat ja opiskelijat',
    ],
    indirectTargets: [
      'alueen kunnat ja kehitysyhtiöt',
      'yritysten asiakkaat',
      'kansainväliset tutkimuskumppanit',
      'julkiset palveluntuottajat',
      'rahoittajat',
    ],
    background: [
      '{prov} maakuntastrategian älykkään erikoistumisen kärjiksi on valittu muun muassa teknologiateollisuus, biotalous ja hyvinvointiteknologia.',
      'Alueen yritykset tekevät vain vähän tutkimus- ja kehittämistoimintaa, ja yhteistyö korkeakoulujen kanssa on satunnaista.',
      'Uusien teknologioiden testaaminen aidoissa olosuhteissa on pk-yrityksille kallista, eikä alueella ole ollut tarkoitukseen sopivia ympäristöjä.',
      'Datan hyödyntäminen liiketoiminnassa on alueen yrityksissä vasta alussa.',
      'Korkeakoulujen tutkimustulokset siirtyvät hitaasti yritysten käyttöön.',
      'Kansainvälisten TKI-rahoitusten hyödyntäminen on alueella vähäistä verrattuna suurimpiin kaupunkiseutuihin.',
    ],
    goals: [
      'Hankkeen tavoitteena on vahvistaa alueen innovaatioympäristöä ja yritysten tutkimus- ja kehittämistoimintaa.',
      'Tavoitteena on rakentaa {muni} seudulle avoin kehitysympäristö, jossa yritykset voivat testata uusia ratkaisujaan.',
      'Hanke tiivistää korkeakoulujen ja yritysten yhteistyötä ja nopeuttaa tutkimustiedon siirtymistä käytäntöön.',
      'Lisäksi tavoitteena on lisätä yritysten osallistumista kansallisiin ja kansainvälisiin TKI-hankkeisiin.',
      'Tavoitteena on synnyttää uusia tuotteita, palveluja ja liiketoimintaa datan hyödyntämisen kautta.',
      'Hankkeessa kehitetään alueen osaamiskeskittymää, joka houkuttelee alueelle uusia yrityksiä ja osaajia.',
    ],
    actions: [
      'Hankkeessa hankitaan ja otetaan käyttöön tutkimus- ja testauslaitteistoa, joka on yritysten vapaasti varattavissa.',
      'Yritysten kanssa toteutetaan yhteisiä kehitysprojekteja, joissa ratkaistaan yrityksen todellinen tekninen haaste.',
      'Järjestetään työpajoja ja teemapäiviä, joissa esitellään uusimpia teknologioita ja niiden sovelluksia.',
      'Hankkeessa kehitetään avoimen datan alusta ja sille rajapintoja yritysten palveluja varten.',
      'Yritysten kanssa laaditaan tutkimus- ja kehittämissuunnitelmat sekä rahoitushakemuksia jatkohankkeisiin.',
      'Kansainvälisiä yhteyksiä rakennetaan osallistumalla eurooppalaisiin verkostoihin ja tutkimusvierailuihin.',
      'Opiskelijat osallistuvat kehitystyöhön harjoittelijoina ja opinnäytetöiden tekijöinä.',
      'Kehitysympäristön palvelut tuotteistetaan, jotta niiden käyttö jatkuu hankkeen jälkeen.',
    ],
    expected: [
      'Hankkeen tuloksena alueelle syntyy pysyvä kehitysympäristö yritysten käyttöön.',
      'Yritysten tutkimus- ja kehittämisinvestoinnit kasvavat ja uusia tuotteita tulee markkinoille.',
      'Korkeakoulujen ja yritysten yhteistyö vakiintuu.',
      'Alueen houkuttelevuus osaajille ja investoinneille kasvaa.',
      'Syntyy jatkohankkeita ja kansainvälisiä tutkimuskumppanuuksia.',
    ],
    report: [
      'Kehitysympäristöä hyödynsi toteutusaikana {n:15-90} yritystä, ja yhteisiä kehitysprojekteja toteutettiin {n:10-60}.',
      'Hankkeessa hankittu laitteisto otettiin käyttöön suunnitellusti, ja sen käyttöaste kasvoi tasaisesti.',
      'Hankkeen tuloksena markkinoille tuli {n:3-20} uutta tuotetta tai palvelua.',
      'Hankkeen aikana valmisteltiin {n:4-15} jatkohanketta, joista osa sai kansallista tai kansainvälistä rahoitusta.',
      'Työpajoihin ja teemapäiviin osallistui yhteensä yli {n:200-900} henkilöä.',
      'Avoimen datan alustalle julkaistiin {n:10-80} aineistoa, joita yritykset ovat hyödyntäneet palveluissaan.',
      'Yhteistyö yritysten kanssa vaati ennakoitua enemmän aikaa, sillä monella yrityksellä ei ollut aiempaa kokemusta tutkimusyhteistyöstä.',
      'Kehitysympäristön palvelut on tuotteistettu, ja toiminta jatkuu maksullisena palveluna.',
    ],
    workPackages: [
      'Kehitysympäristön rakentaminen',
      'Yritysyhteistyö ja pilotit',
      'Data ja digitaaliset palvelut',
      'Kansainvälistyminen ja jatkohankkeet',
    ],
    phraseKinds: [
      'testiympäristö',
      'kehitysalusta',
      'innovaatiolaboratorio',
      'datapalvelu',
      'demonstraattori',
      'kehittämö',
    ],
    applicantWeights: { amk: 35, university: 35, company: 20, city: 5, state: 5 },
    emphasis: [2, 2, 1, 1, 0, 3, 2, 7, 8, 2, 3, 2, 2, 1, 3],
  },
  {
    id: 'lowcarbon',
    fund: 'EAKR',
    weight: 25,
    objectives: [OBJ_ENERGY, OBJ_LOW_CARBON],
    names: [
      'Vähähiilisyyttä yrityksiin',
      'Kiertotalouden ratkaisut {prov} yrityksille',
      'Uusiutuva energia maaseudulle',
      'Biotalouden uudet arvoketjut',
      'Energiatehokas {muniN}',
      'Hiilineutraali {sub} seutu',
      'Teollisten sivuvirtojen hyödyntäminen',
      'Resurssiviisas kunta',
    ],
    primaryTargets: [
      'alueen pk-yritykset',
      'energiaintensiiviset teollisuusyritykset',
      'maatilat ja maaseutuyritykset',
      'kunnat ja kuntien kiinteistöjen ylläpitäjät',
      'kiertotalouden yritykset',
      'rakennus- ja kiinteistöalan toimijat',
    ],
    indirectTargets: [
      'alueen asukkaat',
      'energiayhtiöt',
      'oppilaitokset',
      'kehitysyhtiöt',
      'teknologiatoimittajat',
    ],
    background: [
      '{prov} tavoitteena on olla hiilineutraali vuoteen 2035 mennessä, mikä edellyttää merkittäviä muutoksia energiantuotannossa ja teollisuudessa.',
      'Alueen teollisuudessa syntyy runsaasti sivuvirtoja, joiden hyödyntäminen on vielä vähäistä.',
      'Pk-yrityksillä ei ole riittävästi tietoa energiatehokkuuden parantamisen keinoista ja kannattavuudesta.',
      'Metsä- ja maatalouden biomassat tarjoavat mahdollisuuksia uusille arvoketjuille, mutta logistiikka ja kustannukset ovat haasteena.',
      'Kiinteistöjen öljylämmityksestä luopuminen ja uusiutuvan energian käyttöönotto etenevät hitaasti.',
      'Kuluttajien ja yritysten kiinnostus vähähiilisiä tuotteita kohtaan on kasvanut nopeasti.',
    ],
    goals: [
      'Hankkeen tavoitteena on edistää vähähiilisten ratkaisujen käyttöönottoa alueen yrityksissä ja kunnissa.',
      'Tavoitteena on lisätä uusiutuvan energian osuutta ja parantaa energiatehokkuutta.',
      'Hanke kehittää teollisten sivuvirtojen hyödyntämistä ja luo uusia kiertotalouden liiketoimintamalleja.',
      'Lisäksi tavoitteena on lisätä yritysten osaamista hiilijalanjäljen laskennasta ja päästöjen vähentämisestä.',
      'Tavoitteena on rakentaa alueelle materiaalitori, jossa yritykset voivat vaihtaa ylijäämämateriaaleja.',
      'Hankkeessa selvitetään biokaasun ja aurinkoenergian tuotannon edellytyksiä alueella.',
    ],
    actions: [
      'Yrityksille tehdään energiakatselmuksia ja laaditaan toimenpideohjelmat energiankulutuksen vähentämiseksi.',
      'Hankkeessa toteutetaan pilottikokeiluja, joissa testataan uusia energiaratkaisuja aidoissa olosuhteissa.',
      'Sivuvirtojen määriä ja laatua kartoitetaan, ja niille etsitään uusia käyttökohteita yhdessä yritysten kanssa.',
      'Järjestetään koulutuksia hiilijalanjäljen laskennasta ja ympäristöraportoinnista.',
      'Kuntien kanssa suunnitellaan kiinteistöjen lämmitysjärjestelmien muutoksia ja aurinkovoimaloiden investointeja.',
      'Hankkeessa kehitetään laskentatyökalu, jolla yritys voi arvioida investointien päästövaikutuksia.',
      'Tutkimuslaitosten kanssa tehdään laboratoriokokeita uusien materiaalien ominaisuuksista.',
      'Hyviä käytäntöjä levitetään esimerkkikohteiden vierailuilla ja tapaustarinoina.',
    ],
    expected: [
      'Hankkeen tuloksena alueen hiilidioksidipäästöt vähenevät ja uusiutuvan energian käyttö lisääntyy.',
      'Yrityksille syntyy uutta kiertotalouteen perustuvaa liiketoimintaa.',
      'Yritysten ja kuntien energiakustannukset pienenevät.',
      'Alueen osaaminen vähähiilisissä ratkaisuissa vahvistuu.',
      'Pilottikokeilujen tuloksia voidaan hyödyntää laajemmin muillakin alueilla.',
    ],
    report: [
      'Hankkeessa tehtiin {n:15-80} energiakatselmusta, ja niiden perusteella arvioitu vuotuinen energiansäästö on noin {n:2-30} gigawattituntia.',
      'Pilottikokeiluja toteutettiin {n:3-15}, ja niistä saadut tulokset olivat pääosin lupaavia.',
      'Sivuvirtakartoituksen tuloksena tunnistettiin {n:10-60} uutta hyödyntämismahdollisuutta, joista osa on jo otettu käyttöön.',
      'Koulutuksiin osallistui {n:80-400} henkilöä yrityksistä ja kunnista.',
      'Kunnat tekivät hankkeen aikana päätöksiä öljylämmityksestä luopumisesta ja aurinkosähköinvestoinneista.',
      'Laskentatyökalu on julkaistu avoimesti, ja sitä on käytetty myös alueen ulkopuolella.',
      'Raaka-aineiden saatavuus ja hinnanvaihtelu vaikeuttivat osaa kokeiluista, mikä viivästytti tulosten raportointia.',
      'Hankkeen tulokset on koottu julkaisuun, joka on saatavilla hankkeen verkkosivuilla.',
    ],
    workPackages: [
      'Energiatehokkuus',
      'Uusiutuva energia',
      'Kiertotalous ja sivuvirrat',
      'Osaaminen ja viestintä',
    ],
    phraseKinds: [
      'materiaalitori',
      'päästölaskuri',
      'energiaratkaisu',
      'pilottilaitos',
      'kiertotalousmalli',
      'biokaasukonsepti',
    ],
    applicantWeights: { amk: 25, university: 20, company: 25, city: 15, state: 10, association: 5 },
    emphasis: [7, 8, 3, 6, 1, 8, 8, 6, 4, 4, 3, 1, 2, 2, 8],
  },
  {
    id: 'tourism',
    fund: 'EAKR',
    weight: 15,
    objectives: [OBJ_SME_GROWTH, OBJ_FIRM_INNOVATION],
    names: [
      'Matkailun vetovoimaa {prov} kohteisiin',
      'Luontomatkailun tuotteistaminen',
      'Ympärivuotinen matkailu',
      'Kulttuurimatkailun kehittäminen {sub} seudulla',
      'Elämyksiä ja palveluita matkailijoille',
      'Matkailun digitaaliset palvelut',
      'Saavutettava luontomatkailu',
      'Kansainvälistä kasvua matkailuun',
    ],
    primaryTargets: [
      'matkailualan pk-yritykset',
      'ohjelmapalveluyritykset',
      'majoitus- ja ravitsemisalan yritykset',
      'kulttuuri- ja tapahtuma-alan toimijat',
      'luontomatkailuyrittäjät',
      'matkailun kehittäjäorganisaatiot',
    ],
    indirectTargets: [
      'kotimaiset ja kansainväliset matkailijat',
      'alueen asukkaat',
      'kunnat',
      'Metsähallitus',
      'matkanjärjestäjät',
    ],
    background: [
      'Matkailu on {prov} merkittävä ja kasvava elinkeino, mutta kysyntä painottuu voimakkaasti muutamaan sesonkiin.',
      'Alueen luonto- ja kulttuurikohteet ovat kansainvälisesti kiinnostavia, mutta niiden ympärille on tuotteistettu vain vähän ostettavia palveluja.',
      'Matkailuyritykset ovat pieniä, ja niiden resurssit markkinointiin ja tuotekehitykseen ovat rajalliset.',
      'Digitaalisten myyntikanavien puute vaikeuttaa kansainvälisten matkailijoiden tavoittamista.',
      'Matkailijoiden odotukset vastuullisuudesta ja saavutettavuudesta ovat kasvaneet.',
      'Reitistöjen ja palvelurakenteiden kunto vaihtelee, eikä tieto kohteista ole yhdessä paikassa.',
    ],
    goals: [
      'Hankkeen tavoitteena on lisätä matkailun ympärivuotisuutta ja alueen matkailuyritysten kilpailukykyä.',
      'Tavoitteena on kehittää uusia, kansainvälisille markkinoille soveltuvia matkailutuotteita.',
      'Hanke vahvistaa yritysten digitaalista näkyvyyttä ja myyntiä.',
      'Lisäksi tavoitteena on parantaa luontokohteiden saavutettavuutta ja palvelurakenteita.',
      'Tavoitteena on, että alueen matkailutoimijat sitoutuvat kestävän matkailun periaatteisiin.',
      'Hankkeessa rakennetaan yritysten välistä yhteistyötä ja yhteisiä palvelupaketteja.',
    ],
    actions: [
      'Yritysten kanssa tuotteistetaan ohjelmapalveluja ja kootaan niistä myytäviä palvelupaketteja.',
      'Hankkeessa järjestetään tutustumismatkoja kansainvälisille matkanjärjestäjille ja toimittajille.',
      'Reitistöjä kunnostetaan ja opastusta parannetaan yhteistyössä kuntien ja maanomistajien kanssa.',
      'Yrityksille järjestetään koulutusta verkkomyynnistä, hinnoittelusta ja asiakaskokemuksen kehittämisestä.',
      'Hankkeessa kehitetään alueen yhteinen digitaalinen palvelu, josta matkailija löytää kohteet ja palvelut.',
      'Kestävän matkailun ohjelmaan osallistuville yrityksille tarjotaan sparrausta.',
      'Tapahtumajärjestäjien kanssa kehitetään uusia tapahtumakonsepteja hiljaisemmille kausille.',
      'Matkailijatutkimuksella selvitetään eri asiakasryhmien tarpeita ja ostokäyttäytymistä.',
    ],
    expected: [
      'Hankkeen tuloksena matkailijoiden määrä ja yöpymiset kasvavat erityisesti sesonkien ulkopuolella.',
      'Yritysten verkkomyynti ja kansainväliset asiakkaat lisääntyvät.',
      'Alueelle syntyy uusia matkailutuotteita ja palvelupaketteja.',
      'Luontokohteiden palvelurakenteet ja saavutettavuus paranevat.',
      'Matkailuyritysten yhteistyö vakiintuu.',
    ],
    report: [
      'Hankkeessa tuotteistettiin {n:10-60} uutta matkailutuotetta ja {n:3-15} palvelupakettia.',
      'Tutustumismatkoille osallistui {n:10-60} kansainvälistä matkanjärjestäjää ja toimittajaa {n:4-14} maasta.',
      'Rekisteröidyt yöpymiset kasvoivat toteutusaikana alueella noin {n:5-25} prosenttia.',
      'Koulutuksiin osallistui {n:30-150} yritystä, ja moni otti käyttöön verkkokaupan tai varausjärjestelmän.',
      'Reitistöä kunnostettiin yhteensä {n:10-120} kilometriä, ja opastauluja uusittiin.',
      'Kestävän matkailun ohjelmaan sitoutui {n:5-40} yritystä.',
      'Uudet tapahtumakonseptit houkuttelivat kävijöitä myös hiljaisemmille kausille.',
      'Digitaalinen palvelu jäi alueen matkailuorganisaation ylläpidettäväksi.',
    ],
    workPackages: [
      'Tuotteistaminen ja palvelupaketit',
      'Kansainvälinen markkinointi',
      'Reitistöt ja palvelurakenteet',
      'Digitaaliset palvelut',
    ],
    phraseKinds: [
      'elämyspolku',
      'palvelupaketti',
      'reitistö',
      'tapahtumakonsepti',
      'matkailusovellus',
      'elämysviikko',
    ],
    applicantWeights: { company: 35, city: 25, amk: 25, association: 10, state: 5 },
    emphasis: [3, 2, 4, 3, 2, 3, 2, 7, 6, 4, 5, 2, 4, 8, 5],
  },
];

const THEMES_BY_FUND: Record<Fund, Theme[]> = {
  ESR: THEMES.filter((theme) => theme.fund === 'ESR'),
  EAKR: THEMES.filter((theme) => theme.fund === 'EAKR'),
};

// ---------------------------------------------------------------------------------------------------
// Shared sentence pools
// ---------------------------------------------------------------------------------------------------

/** Opening sentences that name the project; {name} is the full project name. */
const INTRO_SENTENCES: readonly string[] = [
  '{name} -hanke toteutetaan {start}–{end} {muni} alueella.',
  '{name} -hankkeen hallinnoijana toimii {org}.',
  '{name} on {orgGen} hallinnoima hanke, joka toteutetaan {prov} alueella.',
  '{name} -hanke toteutetaan {sub} seutukunnan alueella {start}–{end}.',
  '{name} -hankkeella vastataan {prov} alueen kehittämistarpeisiin.',
];

const TARGET_SENTENCES: readonly string[] = [
  'Hankkeen kohderyhmänä ovat {targets}.',
  'Kohderyhmänä ovat erityisesti {targets}.',
  'Hankkeen toiminta kohdistuu ensisijaisesti seuraaviin ryhmiin: {targets}.',
];

const GENERIC_SUMMARY: readonly string[] = [
  'Hanketta hallinnoi {org}.',
  'Hanke toteutetaan yhteistyössä {partnerGen} kanssa.',
  'Hankkeessa tehdään tiivistä yhteistyötä {prov} ELY-keskuksen, alueen kuntien ja järjestöjen kanssa.',
  'Hankkeen ohjausryhmässä ovat edustettuina rahoittaja, hallinnoija sekä keskeiset yhteistyökumppanit.',
  'Hankkeen viestinnässä hyödynnetään verkkosivuja, sosiaalista mediaa ja paikallislehtiä.',
  'Hankkeen etenemistä seurataan säännöllisesti itsearvioinnin ja osallistujapalautteen avulla.',
  'Toiminta-alueena on {provN}, ja toimintaa järjestetään erityisesti {muni} alueella.',
  'Hankkeen tuloksista tiedotetaan alueen toimijoille seminaareissa ja uutiskirjeissä.',
  'Hankkeen toteuttamiseen palkataan projektipäällikkö ja {n:2-4} asiantuntijaa.',
  'Hankkeessa hyödynnetään aiemmissa hankkeissa saatuja kokemuksia ja hyviksi todettuja käytäntöjä.',
  'Hankkeen toteutuksessa noudatetaan kestävän kehityksen periaatteita ja kiinnitetään huomiota saavutettavuuteen.',
  'Yhteistyökumppaneina toimivat muun muassa {partner} ja alueen oppilaitokset.',
  'Hankkeen toimenpiteet suunnitellaan yhdessä kohderyhmän edustajien kanssa, jotta ne vastaavat todellisiin tarpeisiin.',
  'Hanke tukee {prov} maakuntaohjelman ja -strategian tavoitteiden toteutumista.',
  'Hankkeen tuloksia arvioidaan sekä määrällisesti että laadullisesti, ja arvioinnissa hyödynnetään ulkopuolista arvioitsijaa.',
  'Hanke täydentää alueella käynnissä olevia kehittämishankkeita eikä päällekkäisyyksiä synny.',
  'Hankkeen tuotokset julkaistaan avoimesti, jotta muut alueet voivat hyödyntää niitä.',
  'Toiminnan laajuus ja resurssit on mitoitettu niin, että tavoitteet ovat realistisesti saavutettavissa.',
];

const GENERIC_REPORT: readonly string[] = [
  'Hankkeen ohjausryhmä kokoontui toteutusaikana {n:6-14} kertaa ja osallistui aktiivisesti toiminnan suunnitteluun.',
  'Hankkeen viestintä onnistui hyvin: verkkosivuilla ja sosiaalisessa mediassa julkaistiin toteutusaikana yli {n:40-160} päivitystä.',
  'Hankkeen tulokset esiteltiin loppuseminaarissa, johon osallistui noin {n:40-180} henkilöä.',
  'Hankkeen henkilöstössä tapahtui vaihdoksia, mikä hidasti toiminnan käynnistymistä.',
  'Hankkeen keskeiset tulokset on koottu loppuraporttiin ja hankkeen verkkosivuille.',
  'Yhteistyö {partnerGen} kanssa jatkuu hankkeen päätyttyä.',
  'Ulkopuolisen arvioinnin mukaan hanke saavutti sille asetetut tavoitteet pääosin hyvin.',
  'Hankkeen aikana syntyneet yhteistyöverkostot ovat jääneet elämään ja niitä hyödynnetään uusissa hankkeissa.',
  'Hankkeen aikana tuotettiin {n:3-14} julkaisua, raporttia tai opasta.',
  'Kokemukset osoittivat, että pitkäjänteinen yhteistyö ja luottamus ovat kehittämistyön onnistumisen edellytyksiä.',
  'Hankkeen tuloksia hyödynnetään alueen seuraavan ohjelmakauden kehittämistyössä.',
];

/** A sentence for a project whose period overlapped the pandemic restrictions. */
const PANDEMIC_SENTENCES: readonly string[] = [
  'Koronapandemia vaikutti merkittävästi hankkeen toteutukseen keväästä 2020 alkaen, ja lähitoimintaa jouduttiin siirtämään verkkoon.',
  'Poikkeusolojen aikana kehitetyt etätoteutukset jäivät osaksi toimintaa myös rajoitusten päätyttyä.',
  'Koronarajoitusten vuoksi osa tapahtumista peruttiin tai siirrettiin, ja hankkeelle haettiin jatkoaikaa.',
];

const UNDERSPEND_SENTENCE =
  'Rahoitusta jäi käyttämättä, koska osa suunnitelluista toimenpiteistä toteutettiin ennakoitua edullisemmin.';

const REPORT_OPENINGS: readonly string[] = [
  '{org} toteutti {name} -hanketta {start} – {end}.',
  '{name} -hankkeen päätavoitteena oli vahvistaa alueen toimijoiden yhteistyötä ja kohderyhmän asemaa.',
  'Hanke toteutettiin {start}–{end} {prov} alueella.',
  '{name} -hanketta ja sen toimintaa kuvaavat sanat yhteistyö, osallisuus ja kehittäminen.',
];

/** Carriers of the first planted phrase, in the summary (future tense). */
const SUMMARY_PHRASE_SENTENCES: readonly string[] = [
  'Hankkeen keskeinen työmuoto on {p}, jota kehitetään yhdessä kohderyhmän ja yhteistyökumppaneiden kanssa.',
  'Hankkeen aikana rakennetaan {p}, joka jää hankkeen päätyttyä alueen toimijoiden käyttöön.',
  'Toiminnan ytimenä on {p}, jonka toimivuutta arvioidaan koko toteutusajan.',
  'Uutena avauksena hankkeessa pilotoidaan {p}.',
];

/** Carriers of the second planted phrase, in the final report (past tense). */
const REPORT_PHRASE_SENTENCES: readonly string[] = [
  'Hankkeen näkyvin tulos oli {p}, joka jäi pysyvästi alueen toimijoiden käyttöön.',
  '{p} osoittautui toimivaksi, ja sen käyttöä jatketaan hankkeen päätyttyä.',
  'Hankkeessa kehitetty {p} tavoitti toteutusaikana yli {n:40-600} osallistujaa.',
  'Palautteen perusteella {p} oli hankkeen onnistunein kokeilu.',
];

// ---------------------------------------------------------------------------------------------------
// Section 8: horizontal principles
// ---------------------------------------------------------------------------------------------------

const EQUALITY_QUESTIONS = [
  'Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta',
  'Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen)',
  'Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen',
] as const;

const EQUALITY_EXPLANATIONS: { yes: readonly string[]; no: readonly string[] }[] = [
  {
    yes: [
      'Suunnitteluvaiheessa on tarkasteltu kohderyhmän sukupuolijakaumaa {prov} työllisyyskatsausten ja Tilastokeskuksen aineistojen perusteella.',
      'TE-toimiston työllisyyskatsauksen mukaan {muni} työttömistä työnhakijoista noin {n:38-49} prosenttia on naisia. Pitkäaikaistyöttömistä selvä enemmistö on miehiä.',
      'Toimialan työvoima on voimakkaasti sukupuolen mukaan eriytynyttä, mikä on huomioitu toimenpiteiden suunnittelussa.',
      'Kohderyhmän sukupuolijakauma on arvioitu yhteistyökumppaneiden asiakastietojen perusteella; arviolta {n:55-75} % on miehiä.',
    ],
    no: [
      'Ei ole hankkeen tavoitteiden ja toteutuksen näkökulmasta relevanttia.',
      'Analyysia ei ole tehty, koska hankkeen toimenpiteet kohdistuvat organisaatioihin eivätkä yksittäisiin henkilöihin.',
      'Erillistä analyysia ei ole laadittu.',
    ],
  },
  {
    yes: [
      'Sukupuolinäkökulma huomioidaan hankkeen toiminnassa.',
      'Toimenpiteet suunnitellaan siten, että heikommassa asemassa olevan sukupuolen mahdollisuudet paranevat.',
      'Hankkeen viestinnässä ja materiaaleissa vältetään sukupuolistereotypioita, ja osallistujatiedot kerätään sukupuolen mukaan eriteltyinä.',
      'Tasa-arvoisen kohtelun näkökulma painottaa naisten ja miesten samoja oikeuksia; toimintaa suunnitellaan yksilöllisen tarpeen mukaan.',
    ],
    no: [
      'Hankkeen toimenpiteet ovat sukupuolineutraaleja.',
      'Ei ole hankkeen tavoitteiden ja toteutuksen näkökulmasta relevanttia.',
    ],
  },
  {
    yes: [
      'Hankkeen päätavoitteena on purkaa työmarkkinoiden sukupuolen mukaista eriytymistä alueella.',
      'Hanke edistää erityisesti naisten yrittäjyyttä ja työllistymistä miesvaltaisille aloille.',
    ],
    no: [
      'Hankkeen toiminta on suunnattu kaikille eikä hankkeen päätavoite ole sukupuolten tasa-arvon edistäminen.',
      'Sukupuolten tasa-arvon edistäminen on yksi lähtökohta, mutta ei päätavoite.',
      'Ei ole hankkeen tavoitteiden ja toteutuksen näkökulmasta relevanttia.',
      'Hankkeen päätavoite on kaikkien asukkaiden osallistaminen.',
    ],
  },
];

interface Criterion {
  group: string;
  name: string;
  /** The zero-impact note written specifically for this criterion. */
  zeroNote: string;
  positiveNotes: readonly string[];
}

const ECOLOGICAL = 'Ekologinen kestävyys';
const ECONOMIC = 'Taloudellinen kestävyys';
const SOCIAL = 'Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus';

/** The fifteen criteria of section 8.2 in document order, with their note pools. */
const CRITERIA: readonly Criterion[] = [
  {
    group: ECOLOGICAL,
    name: 'Luonnonvarojen käytön kestävyys',
    zeroNote: 'Hanke ei vaikuta luonnonvarojen käytön kestävyyteen.',
    positiveNotes: [
      'Hankkeessa tuotettavat aineistot ovat sähköisessä muodossa ja tarpeetonta tulostamista vältetään.',
      'Toiminnassa hyödynnetään kierrätettyjä materiaaleja ja lainattavia välineitä.',
      'Hankkeessa kehitetään ratkaisuja, jotka tehostavat raaka-aineiden käyttöä alueen yrityksissä.',
    ],
  },
  {
    group: ECOLOGICAL,
    name: 'Ilmastonmuutoksen aiheuttamien riskien vähentäminen',
    zeroNote: 'Hanke ei vaikuta ilmastonmuutoksen aiheuttamien riskien vähentämiseen.',
    positiveNotes: [
      'Hankkeessa käytetään etäkokous- ja etäosallistumismahdollisuuksia, jolloin matkustamisen aiheuttamat päästöt jäävät pieniksi.',
      'Hankkeen ratkaisut vähentävät yritysten energiankulutusta ja kasvihuonekaasupäästöjä.',
      'Ilmastonmuutokseen sopeutumista käsitellään koulutuksissa.',
    ],
  },
  {
    group: ECOLOGICAL,
    name: 'Kasvillisuus, eliöt ja luonnon monimuotoisuus',
    zeroNote: 'Hanke ei vaikuta kasvillisuuden, eliöiden ja luonnon monimuotoisuuteen.',
    positiveNotes: [
      'Luontoretkillä ja talkoissa opitaan tunnistamaan lähiympäristön lajistoa.',
      'Reittien suunnittelussa huomioidaan herkät luontokohteet ja kulutuksen ohjaaminen.',
    ],
  },
  {
    group: ECOLOGICAL,
    name: 'Pinta- ja pohjavedet, maaperä sekä ilma (ja kasvihuonekaasujen väheneminen)',
    zeroNote: 'Hankkeella ei ole vaikutusta pinta- ja pohjavesiin, maaperään sekä ilmastoon.',
    positiveNotes: [
      'Hankkeessa käytetään etäkokous- ja etäosallistumismahdollisuuksia, jolloin matkustamisen aiheuttamat kasvihuonepäästöt ovat mahdollisimman pienet.',
      'Hankkeessa kehitettävät prosessit vähentävät päästöjä ilmaan ja vesistöihin.',
    ],
  },
  {
    group: ECOLOGICAL,
    name: 'Natura 2000 -ohjelman kohteet',
    zeroNote: 'Natura 2000-ohjelman kohteet eivät sijaitse hankkeen toteutuspaikassa.',
    positiveNotes: [
      'Hankkeen toiminta-alueella sijaitsee Natura-alueita, joiden suojeluarvot huomioidaan toiminnan suunnittelussa.',
    ],
  },
  {
    group: ECONOMIC,
    name: 'Materiaalit ja jätteet',
    zeroNote: 'Hankkeella ei ole vaikutusta materiaalien käyttöön ja jätteisiin.',
    positiveNotes: [
      'Hankkeessa kiinnitetään huomiota kierrätykseen ja materiaalien hyötykäyttöön.',
      'Paperijätteen määrä pyritään pitämään vähäisenä ja painottamaan digitaalisia materiaaleja.',
      'Hankkeessa kehitetään sivuvirtojen hyödyntämistä ja kiertotalouden liiketoimintamalleja.',
    ],
  },
  {
    group: ECONOMIC,
    name: 'Uusiutuvien energialähteiden käyttö',
    zeroNote: 'Hankkeella ei ole vaikutusta uusiutuvien energialähteiden käyttöön.',
    positiveNotes: [
      'Hankkeessa selvitetään aurinko- ja bioenergian hyödyntämismahdollisuuksia yrityksissä.',
      'Hanke edistää uusiutuvan energian käyttöönottoa alueella.',
    ],
  },
  {
    group: ECONOMIC,
    name: 'Paikallisen elinkeinorakenteen kestävä kehittäminen',
    zeroNote: 'Hankkeella ei ole suoraa vaikutusta paikalliseen elinkeinorakenteeseen.',
    positiveNotes: [
      'Asukkaiden hyvinvoinnin vahvistumisen kautta mahdollistuu myös alueen elinvoiman kasvu.',
      'Hanke vahvistaa alueen yritysten kilpailukykyä ja luo edellytyksiä uusille työpaikoille.',
      'Osallistujien työllistyminen paikallisiin yrityksiin tukee alueen elinkeinorakenteen kehittymistä.',
    ],
  },
  {
    group: ECONOMIC,
    name: 'Aineettomien tuotteiden ja palvelujen kehittäminen',
    zeroNote: 'Hankkeessa ei kehitetä aineettomia tuotteita tai palveluja.',
    positiveNotes: [
      'Hankkeessa kehitetään uusia palvelumalleja ja menetelmiä, jotka jäävät alueen toimijoiden käyttöön.',
      'Hankkeessa tuotetaan digitaalisia työkaluja ja verkkomateriaaleja.',
    ],
  },
  {
    group: ECONOMIC,
    name: 'Liikkuminen ja logistiikka',
    zeroNote: 'Hankkeella ei ole vaikutusta liikkumiseen ja logistiikkaan.',
    positiveNotes: [
      'Matkustuksessa käytetään julkisia kulkuneuvoja mahdollisuuksien mukaan.',
      'Toimintaa viedään lähelle osallistujia, jolloin liikkumisen tarve vähenee.',
      'Kuljetusketjujen tehostaminen vähentää tyhjänä ajoa.',
    ],
  },
  {
    group: SOCIAL,
    name: 'Hyvinvoinnin edistäminen',
    zeroNote: 'Hankkeella ei ole suoraa vaikutusta hyvinvointiin.',
    positiveNotes: [
      'Hankkeen keskeinen tavoite on hyvinvoinnin edistäminen.',
      'Osallistujien työ- ja toimintakyky sekä elämänhallinta vahvistuvat.',
      'Työhyvinvoinnin kehittäminen parantaa henkilöstön jaksamista.',
    ],
  },
  {
    group: SOCIAL,
    name: 'Tasa-arvon edistäminen',
    zeroNote: 'Sukupuolten välisen tasa-arvon näkökulmasta hanke on neutraali.',
    positiveNotes: [
      'Toimenpiteet suunnitellaan siten, että ne ovat kaikkien sukupuolten saavutettavissa.',
      'Hankkeessa puretaan ammatteihin liittyviä sukupuolistereotypioita.',
    ],
  },
  {
    group: SOCIAL,
    name: 'Yhteiskunnallinen ja kulttuurinen yhdenvertaisuus',
    zeroNote: 'Hankkeella ei ole vaikutusta yhteiskunnalliseen ja kulttuuriseen yhdenvertaisuuteen.',
    positiveNotes: [
      'Hanke vahvistaa alueen asukkaiden osallisuutta, yhdenvertaisuutta ja aktiivista kansalaisuutta.',
      'Toiminta on maksutonta ja saavutettavaa, mikä madaltaa osallistumisen kynnystä.',
    ],
  },
  {
    group: SOCIAL,
    name: 'Kulttuuriympäristö',
    zeroNote: 'Hankkeella ei ole vaikutusta kulttuuriympäristöön.',
    positiveNotes: [
      'Toiminnassa hyödynnetään paikallista kulttuuriperintöä ja tarinoita.',
      'Hanke lisää asukkaiden arvostusta omaa asuinympäristöään kohtaan.',
    ],
  },
  {
    group: SOCIAL,
    name: 'Ympäristöosaaminen',
    zeroNote: 'Hankkeella ei ole vaikutusta ympäristöteknologian ja ympäristöjärjestelmien käyttöönottoon.',
    positiveNotes: [
      'Koulutuksissa käsitellään kestävää kehitystä ja ympäristövastuullisia toimintatapoja.',
      'Hankkeessa lisätään yritysten ympäristöosaamista ja tietoisuutta ympäristöjärjestelmistä.',
    ],
  },
];

/** Exposed for tests: every label line a description must contain. */
export const CRITERION_NAMES: readonly string[] = CRITERIA.map((criterion) => criterion.name);
export const CRITERION_GROUPS: readonly string[] = [ECOLOGICAL, ECONOMIC, SOCIAL];

// ---------------------------------------------------------------------------------------------------
// Names, acronyms and planted phrases
// ---------------------------------------------------------------------------------------------------

/**
 * Acronyms in order of popularity. They are drawn with Zipf-like weights, so the first ones
 * (POLKU, SILTA, VERSO …) recur across hundreds of projects with different full names, as in the
 * real service.
 */
const ACRONYMS: readonly string[] = [
  'POLKU',
  'SILTA',
  'VERSO',
  'KAKE',
  'VOIMA',
  'TAITO',
  'PORE',
  'KANTO',
  'OSAAJA',
  'KIPINÄ',
  'MAJAKKA',
  'SATAMA',
  'AKTIIVI',
  'TUKEVA',
  'VALO',
  'VIRTA',
  'TYÖPOLKU',
  'NUOTTA',
  'KOMPASSI',
  'TAKUU',
  'KASVU',
  'ASKEL',
  'ROHKEA',
  'LUOTSI',
  'ANKKURI',
  'TIKAS',
  'PAJA',
  'TUPA',
  'VIRE',
  'ELVI',
  'OTE',
  'SISU',
  'KYKY',
  'KOTO',
  'MATKA',
  'REITTI',
  'PORTTI',
  'AVAIN',
  'VOIMALA',
  'KEHÄ',
  'RATAS',
  'NOSTE',
  'VAUHTI',
  'TUULI',
  'KAIKU',
  'HELMI',
  'AALTO',
  'KIDE',
  'TÄHTI',
  'LIEKKI',
  'SOIHTU',
  'ARKI',
  'OIVA',
  'TAIMI',
  'DIGI',
  'BIOVIRTA',
  'KIERTO',
  'EKO',
  'HIILI',
  'TEKO',
  'SMART',
  'INNO',
  'NEXT',
  'BOOST',
  'ÄLYKÄS',
  'YHTEISVOIMA',
  'PIENI',
  'UUSI',
  'OSMO',
  'TERVE',
];

const ACRONYM_WEIGHTS: readonly number[] = ACRONYMS.map((_, index) => 1 / (index + 1) ** 0.9);

/** Exposed for tests: the most common acronym, which must recur in any sizeable corpus. */
export const MOST_COMMON_ACRONYM = ACRONYMS[0] as string;

const NAME_VERSIONS: readonly string[] = [' 2.0', ' II', ' 2', ' III', ' 3.0', ' Plus'];

// ---------------------------------------------------------------------------------------------------
// Project cards
// ---------------------------------------------------------------------------------------------------

const CARD_RELATED_SENTENCES: readonly string[] = [
  'Hanketta edelsi esiselvityshanke ({c1}) ja aiempi vastaava hanke ({c2}), joka kehitti samaa toimintamallia.',
  'Hanke on jatkoa aiemmalle hankkeelle ({c1}), jonka kokemusten pohjalta toimintaa laajennettiin.',
  'Hanke jatkaa {prov} alueella toteutetun hankkeen ({c1}) työtä.',
  'Hanketta edelsi hanke ({c1}), ja sen rinnalla toteutettiin investointihanke ({c2}).',
];

const CARD_OUTPUT_ITEMS: readonly string[] = [
  'Loppujulkaisu',
  'Toimintamallin kuvaus',
  'Vinkkivihko yhdistyksille',
  'Videosarja osallisuudesta',
  'Menetelmäopas',
  'Podcast-sarja',
  'Verkkokurssi',
  'Työkalupakki ammattilaisille',
  'Kyselytutkimuksen raportti',
  'Hyvien käytäntöjen kortit',
  'Opinnäytetyöt',
  'Selkokielinen esite',
  'Vinkkejä etäkokouksen järjestämiseen',
  'Livestriimaus',
  'Videot ja tekijänoikeudet',
  'Ohjaajan käsikirja',
  'Arviointiraportti',
];

const CARD_OUTPUT_HEADERS: readonly string[] = ['Vinkkivihkoset', 'Julkaisut', 'Oppaat', 'Materiaalit'];

const CARD_PRACTICES: readonly string[] = [
  'Matalan kynnyksen kohtaamispaikka; vertaisohjaajat; jalkautuva ohjaus',
  'Tuensiirrot pienille yhdistyksille; neuvonta hankkeiden suunnittelussa',
  'Yksilövalmennus ja työkokeilut; kokemusasiantuntijat ryhmien vetäjinä',
  'Osallistava budjetointi; asukasraadit',
  'Työelämälähtöinen kielikoulutus; vertaismentorit',
];

const CARD_DISSEMINATION: readonly string[] = [
  'Hankkeissa kehitettyjä toimintatapoja on jäänyt käyttöön tai saanut jatkorahoitusta.',
  'Toimintamalli on juurrutettu osaksi kunnan työllisyyspalveluja.',
  'Materiaalit ovat vapaasti saatavilla hankkeen verkkosivuilla.',
  'Toiminta jatkuu järjestöjen vapaaehtoisvoimin.',
  'Toimintamallia on esitelty valtakunnallisissa seminaareissa ja muiden alueiden hankkeille.',
];

const CARD_REMARKS: readonly string[] = [
  'Osallistujien tavoittaminen oli ennakoitua työläämpää, ja jalkautuvaa työtä lisättiin hankkeen aikana.',
  'Hankkeessa onnistuttiin toteuttamaan sellaisia kokeiluja, joiden rahoittaminen muuten olisi ollut hankalaa.',
  'Henkilöstövaihdokset hidastivat toimintaa hankkeen alkuvaiheessa.',
  'Yhteistyö eri hallinnonalojen välillä vaati aikaa, mutta tuotti pysyviä rakenteita.',
  'Hallinnollinen työ vei ennakoitua enemmän resursseja erityisesti tuensiirtojen osalta.',
];

// ---------------------------------------------------------------------------------------------------
// Planning: the ground truth of one project
// ---------------------------------------------------------------------------------------------------

/** State shared by all projects of one corpus: the random stream and what must stay unique. */
interface CorpusState {
  rng: Rng;
  seed: number;
  usedCodes: Set<string>;
  usedNames: Set<string>;
  usedPhrases: Set<string>;
  organisations: Map<string, Organisation>;
  /** Width of the code number range each fund spreads its codes over (grows with the corpus). */
  codeSpan: Record<Fund, number>;
}

/** A project with the truth and the few things only the text needs (partner, theme, places). */
interface PlannedProject {
  truth: GeneratedTruth;
  theme: Theme;
  province: Province;
  anchor: Municipality;
  organisation: Organisation;
  partner: Organisation;
  /** Placeholder values for the sentence templates. */
  values: Record<string, string>;
  /** Lines of sections 4.1 and 4.2 exactly as written. */
  targetLines: { primary: string[]; indirect: string[] };
}

/**
 * The code numbers a fund can use: S20000–S99999 and A70000–A99999. Real codes stay below S30000 and
 * A80000; corpora of more than 10,000 documents (the 50,000 of the search benchmark) go beyond.
 */
const CODE_BASE: Record<Fund, { prefix: string; base: number; capacity: number }> = {
  ESR: { prefix: 'S', base: 20000, capacity: 80000 },
  EAKR: { prefix: 'A', base: 70000, capacity: 30000 },
};

const FIRST_START_MONTH = 2014 * 12 + 8; // September 2014, the first calls of the programme
const LAST_START_MONTH = 2022 * 12 + 11; // December 2022
const LAST_END_DATE = '2023-12-31';

function makeState(seed: number, count: number): CorpusState {
  // Up to 10,000 documents the spans are those of earlier versions, so their corpora stay identical.
  const span =
    count <= 10000
      ? Math.min(10000, Math.max(3000, Math.ceil(count * 1.2)))
      : Math.min(CODE_BASE.ESR.capacity, Math.ceil(count * 1.2));
  return {
    rng: new Rng(seed),
    seed,
    usedCodes: new Set(),
    usedNames: new Set(),
    usedPhrases: new Set(),
    organisations: new Map(),
    codeSpan: {
      ESR: span,
      EAKR:
        count <= 10000
          ? Math.min(10000, Math.max(2000, Math.ceil(count * 0.6)))
          : Math.min(CODE_BASE.EAKR.capacity, Math.ceil(count * 0.6)),
    },
  };
}

/**
 * A unique code whose number grows with the start date, as real codes do (S20xxx projects are the
 * oldest). Collisions probe to the next free number.
 */
function allocateCode(state: CorpusState, fund: Fund, startMonth: number): string {
  const { prefix, base, capacity } = CODE_BASE[fund];
  const span = state.codeSpan[fund];
  const fraction = (startMonth - FIRST_START_MONTH) / (LAST_START_MONTH - FIRST_START_MONTH + 1);
  let offset = Math.floor(fraction * span) + state.rng.int(0, 40);
  for (let tries = 0; tries < capacity; tries++) {
    const code = `${prefix}${base + (offset % capacity)}`;
    if (!state.usedCodes.has(code)) {
      state.usedCodes.add(code);
      return code;
    }
    offset++;
  }
  throw new Error(`corpus: all ${capacity} ${fund} codes are taken; generate fewer documents`);
}

interface Period {
  start: string;
  end: string;
  startMonth: number;
}

/** A start between autumn 2014 and 2022, lasting one to three and a half years. */
function pickPeriod(rng: Rng): Period {
  const startMonth = rng.int(FIRST_START_MONTH, LAST_START_MONTH);
  const startYear = Math.floor(startMonth / 12);
  const startMonthOfYear = (startMonth % 12) + 1;
  const startDay = rng.chance(0.7) ? 1 : rng.int(2, 28);
  const endMonthIndex = startMonth + rng.int(12, 42) - 1;
  const endYear = Math.floor(endMonthIndex / 12);
  const endMonthOfYear = (endMonthIndex % 12) + 1;
  const endDay = rng.chance(0.8) ? daysInMonth(endYear, endMonthOfYear) : rng.int(1, 28);
  let end = isoDate(endYear, endMonthOfYear, endDay);
  if (end > LAST_END_DATE) end = LAST_END_DATE;
  return { start: isoDate(startYear, startMonthOfYear, startDay), end, startMonth };
}

/** A status that agrees with the dates: running projects end after the snapshot day. */
function pickStatus(rng: Rng, period: Period): string {
  if (rng.chance(0.03)) return 'Keskeytetty';
  return period.end > SNAPSHOT_DATE ? 'Toiminnassa' : 'Toiminta päättynyt';
}

/** Granted, realised and total public money that add up the way EURA figures do. */
function pickFunding(rng: Rng, status: string): GeneratedTruth['funding'] {
  const logLow = Math.log(50_000);
  const logHigh = Math.log(3_000_000);
  let granted = Math.round(Math.exp(logLow + rng.next() * (logHigh - logLow)));
  if (rng.chance(0.4)) granted = Math.max(50_000, Math.round(granted / 1000) * 1000);
  const share = rng.weighted([1, 0.8, 0.75, 0.7, 0.64, 0.6 + rng.next() * 0.35], [15, 35, 12, 12, 8, 18]);
  const plannedPublicTotal = Math.round(granted / share);
  let usedShare: number;
  if (status === 'Toiminnassa') usedShare = 0.2 + rng.next() * 0.6;
  else if (status === 'Keskeytetty') usedShare = 0.05 + rng.next() * 0.45;
  else if (rng.chance(0.02)) usedShare = 1 + rng.next() * 0.02;
  else if (rng.chance(0.12)) usedShare = 1;
  else usedShare = 0.75 + rng.next() * 0.25;
  const realizedEuState = Math.round(granted * usedShare);
  const realizedShare = Math.min(1, share + (rng.next() - 0.5) * 0.04);
  const realizedPublicTotal = Math.max(realizedEuState, Math.round(realizedEuState / realizedShare));
  return { grantedEuState: granted, realizedEuState, plannedPublicTotal, realizedPublicTotal };
}

/** Municipalities of a province weighted toward its centre and towns, where applicants sit. */
function pickMunicipality(rng: Rng, province: Province): Municipality {
  const all = municipalitiesOf(province);
  const centre = centreOf(province);
  return rng.weighted(
    all,
    all.map((m) => (m === centre ? 8 : m.isTown ? 3 : 1)),
  );
}

function cachedOrganisation(state: CorpusState, key: string, build: () => Organisation): Organisation {
  const known = state.organisations.get(key);
  if (known) return known;
  const built = build();
  state.organisations.set(key, built);
  return built;
}

/** Picks the applicant by the theme's mix of organisation kinds; falls back to a municipality. */
function pickApplicant(
  state: CorpusState,
  theme: Theme,
  province: Province,
): { organisation: Organisation; home: Municipality } {
  const { rng } = state;
  const kinds = Object.keys(theme.applicantWeights) as OrganisationKind[];
  const kind = rng.weighted(
    kinds,
    kinds.map((k) => theme.applicantWeights[k] ?? 0),
  );
  if (
    kind === 'amk' ||
    kind === 'university' ||
    kind === 'education' ||
    kind === 'sote' ||
    kind === 'state'
  ) {
    const candidates = institutionsServing(kind, province.name);
    if (candidates.length > 0) {
      const institution = rng.pick(candidates);
      const home = municipalityNamed(institution.city);
      const organisation = cachedOrganisation(state, `${institution.name}|${institution.city}`, () =>
        institutionOrganisation(institution, state.seed),
      );
      return { organisation, home };
    }
  }
  const home = pickMunicipality(rng, province);
  if (kind === 'association' || kind === 'foundation' || kind === 'company') {
    const organisation = generatedOrganisation(rng, kind, home, state.seed);
    return {
      organisation: cachedOrganisation(state, `${organisation.name}|${home.name}`, () => organisation),
      home,
    };
  }
  const organisation = cachedOrganisation(state, `city|${home.name}`, () =>
    municipalOrganisation(home, state.seed),
  );
  return { organisation, home };
}

/** A cooperation partner for the texts: another institution or town of the same province. */
function pickPartner(state: CorpusState, province: Province, applicant: Organisation): Organisation {
  const { rng } = state;
  const candidates = INSTITUTIONS.filter(
    (institution) => institution.serves.includes(province.name) && institution.name !== applicant.name,
  );
  if (candidates.length > 0 && rng.chance(0.6)) {
    const institution = rng.pick(candidates);
    return cachedOrganisation(state, `${institution.name}|${institution.city}`, () =>
      institutionOrganisation(institution, state.seed),
    );
  }
  const town = centreOf(province);
  const partner = cachedOrganisation(state, `city|${town.name}`, () =>
    municipalOrganisation(town, state.seed),
  );
  return partner.name === applicant.name
    ? generatedOrganisation(rng, 'association', town, state.seed)
    : partner;
}

/** Section 6: one municipality, a sub-region, much of a province, or several provinces. */
function pickRegion(
  rng: Rng,
  province: Province,
  home: Municipality,
): { region: GeneratedTruth['region']; anchor: Municipality } {
  const anchor = home.province === province.name ? home : pickMunicipality(rng, province);
  const anchorSub = province.subRegions.find((sub) => sub.name === anchor.subRegion);
  if (!anchorSub) throw new Error(`corpus: ${anchor.name} has no sub-region`);
  let chosen: Municipality[];
  const scope = rng.weighted(['municipality', 'subregion', 'province'], [40, 32, 28]);
  if (scope === 'municipality') {
    const others = anchorSub.municipalities.filter((m) => m !== anchor);
    chosen = [anchor, ...(rng.chance(0.2) ? rng.sample(others, rng.int(1, 2)) : [])];
  } else if (scope === 'subregion') {
    const others = anchorSub.municipalities.filter((m) => m !== anchor);
    const keep = rng.chance(0.6) ? others.length : rng.int(Math.ceil(others.length / 2), others.length);
    chosen = [anchor, ...rng.sample(others, keep)];
  } else {
    const otherSubs = province.subRegions.filter((sub) => sub !== anchorSub);
    const subs = [
      anchorSub,
      ...(rng.chance(0.5) ? otherSubs : rng.sample(otherSubs, rng.int(1, otherSubs.length))),
    ];
    const all = subs.flatMap((sub) => sub.municipalities).filter((m) => m !== anchor);
    chosen = [
      anchor,
      ...(rng.chance(0.6) ? all : rng.sample(all, rng.int(Math.ceil(all.length / 2), all.length))),
    ];
  }
  const provinces = [province];
  if (rng.chance(0.12)) {
    const neighbours = province.neighbours.map(provinceNamed);
    for (const extra of rng.sample(neighbours, rng.chance(0.25) ? 2 : 1)) {
      provinces.push(extra);
      const sub = rng.pick(extra.subRegions);
      chosen.push(...rng.sample(sub.municipalities, rng.int(1, Math.min(3, sub.municipalities.length))));
    }
  }
  const subRegionNames: string[] = [];
  for (const m of chosen) if (!subRegionNames.includes(m.subRegion)) subRegionNames.push(m.subRegion);
  const ordered = rng.chance(0.5) ? rng.shuffle(chosen) : chosen;
  return {
    region: {
      provinces: provinces.map((p) => p.name),
      subRegions: subRegionNames,
      municipalities: ordered.map((m) => m.name),
    },
    anchor,
  };
}

/** ESR went through the large-area ELY-keskus, EAKR mostly through the regional council. */
function pickAuthority(rng: Rng, fund: Fund, province: Province): string {
  const ely = (genitive: string) => `${genitive} elinkeino-, liikenne- ja ympäristökeskus`;
  if (fund === 'ESR') return ely(rng.chance(0.8) ? province.esrEly : province.localEly);
  return rng.chance(0.55) ? province.regionalCouncil : ely(province.localEly);
}

/** Fills `{key}` placeholders and `{n:a-b}` numbers; an unknown key is a bug in the pools. */
function fillTemplate(
  rng: Rng,
  template: string,
  values: Record<string, string>,
  capitalizeFirst = true,
): string {
  const filled = template.replace(
    /\{(\w+)(?::(\d+)-(\d+))?\}/g,
    (_match, key: string, low?: string, high?: string) => {
      if (key === 'n') return String(rng.int(Number(low), Number(high)));
      const value = values[key];
      if (value === undefined) throw new Error(`corpus: no value for {${key}} in "${template}"`);
      return value;
    },
  );
  return capitalizeFirst ? capitalize(filled) : filled;
}

/** A project name, mostly "ACRONYM - Full phrase"; unique within the corpus. */
function pickName(
  state: CorpusState,
  theme: Theme,
  values: Record<string, string>,
): { name: string; acronym: string | null } {
  const { rng } = state;
  for (let attempt = 0; attempt < 60; attempt++) {
    const phrase = fillTemplate(rng, rng.pick(theme.names), values);
    const acronym = rng.weighted(ACRONYMS, ACRONYM_WEIGHTS);
    const form = rng.weighted(['dash', 'endash', 'space', 'colon', 'place', 'plain'], [30, 10, 8, 7, 12, 25]);
    let name: string;
    if (form === 'dash') name = `${acronym} - ${phrase}`;
    else if (form === 'endash') name = `${acronym} – ${phrase}`;
    else if (form === 'space') name = `${acronym} ${phrase}`;
    else if (form === 'colon') name = `${acronym}: ${phrase}`;
    else if (form === 'place')
      name = `${values.muni} ${acronym}${rng.chance(0.5) ? rng.pick(NAME_VERSIONS) : ''}`;
    else name = phrase;
    if (attempt >= 8) name += rng.pick(NAME_VERSIONS);
    if (state.usedNames.has(name)) continue;
    state.usedNames.add(name);
    return { name, acronym: form === 'plain' ? null : acronym };
  }
  throw new Error('corpus: could not find a unique project name');
}

/**
 * A made-up method or product name ("Kajastus-olohuone", or "Kide ja Routa -verstas" once the
 * short forms run out). No phrase is a substring of another, so a search for one finds one project.
 */
function pickPhrase(state: CorpusState, theme: Theme): string {
  const { rng } = state;
  for (let attempt = 0; attempt < 200; attempt++) {
    const kind = rng.pick(theme.phraseKinds);
    const stem = rng.pick(STEMS);
    const second = rng.pick(STEMS);
    if (kind.includes(stem.toLowerCase()) || second === stem) continue;
    const phrase = attempt < 6 ? `${stem}-${kind}` : `${stem} ja ${second} -${kind}`;
    const key = phrase.toLowerCase();
    if (state.usedPhrases.has(key)) continue;
    state.usedPhrases.add(key);
    return phrase;
  }
  throw new Error('corpus: ran out of distinctive phrases');
}

/** Renders a target list in one of the seeds' forms; returns the lines and the parsed items. */
function planTargetList(
  rng: Rng,
  names: string[],
  section: 'primary' | 'indirect',
  values: Record<string, string>,
  allowNone: boolean,
): { lines: string[]; items: string[]; names: string[] } {
  const style = rng.weighted(
    ['bullets', 'numbered', 'prose', 'intro', 'none'],
    [35, 15, 35, 10, allowNone ? 5 : 0],
  );
  const capitalized = rng.chance(0.5);
  const shown = names.map((name) => (capitalized ? capitalize(name) : name));
  if (style === 'none') {
    const line =
      'Kohderyhmänä ei ole henkilöitä, sillä tavoitteena on välillisen kohderyhmän palvelujen ja rakenteiden kehittäminen';
    return { lines: [line], items: [line], names: [] };
  }
  if (style === 'bullets') return { lines: shown.map((name) => `- ${name}`), items: shown, names };
  if (style === 'numbered')
    return { lines: shown.map((name, i) => `${i + 1}) ${name}`), items: shown, names };
  if (style === 'intro') {
    const intro = fillTemplate(
      rng,
      rng.pick([
        'Hankkeen toiminta kohdistuu koko {sub} seutukunnan alueelle.',
        'Kohderyhmä on rajattu {muni} alueella asuviin tai toimiviin.',
        '{prov} alueella hankkeen kohderyhmät ovat seuraavat:',
      ]),
      values,
    );
    return {
      lines: [intro, ...shown.map((name, i) => `${i + 1}) ${name}`)],
      items: [intro, ...shown],
      names,
    };
  }
  const template =
    section === 'primary'
      ? rng.pick(['Hankkeen varsinaisena kohderyhmänä ovat {list}.', 'Kohderyhmänä ovat {list}.', '{list}.'])
      : rng.pick([
          'Välillisenä kohderyhmänä ovat {list}.',
          'Hankkeen välillisiä kohderyhmiä ovat {list}.',
          '{list}.',
        ]);
  const line = capitalize(template.replace('{list}', finnishList(names)));
  return { lines: [line], items: [line], names };
}

function pickIndicators(rng: Rng, fund: Fund, status: string): GeneratedTruth['indicators'] {
  const companiesPlanned = fund === 'EAKR' ? rng.int(5, 150) : rng.chance(0.6) ? 0 : rng.int(1, 25);
  const personsPlanned =
    fund === 'EAKR' ? (rng.chance(0.6) ? 0 : rng.int(5, 120)) : rng.chance(0.08) ? 0 : rng.int(20, 900);
  let companiesRealized: number | null;
  if (status === 'Toiminnassa') {
    companiesRealized = rng.chance(0.5) ? null : Math.round(companiesPlanned * rng.next());
  } else {
    companiesRealized = Math.round(companiesPlanned * (0.3 + rng.next() * 1.5));
  }
  return { companiesPlanned, companiesRealized, personsPlanned };
}

/** Scores around the theme's typical level; ESR projects score low on ecology, as in the seeds. */
function pickSustainability(rng: Rng, theme: Theme): GeneratedTruth['sustainability'] {
  return CRITERIA.map((criterion, index) => {
    const level = theme.emphasis[index] ?? 0;
    let direct = Math.max(0, Math.min(10, level + rng.int(-2, 2)));
    if (level <= 2 && rng.chance(0.5)) direct = 0;
    let indirect = Math.max(0, Math.min(10, direct + rng.int(-1, 2)));
    if (direct === 0 && rng.chance(0.5)) indirect = 0;
    return { group: criterion.group, criterion: criterion.name, direct, indirect };
  });
}

/** The contact person as the document writes them, with the truth in normal order. */
function pickContact(rng: Rng, organisation: Organisation): GeneratedTruth['contact'] {
  const person = randomPerson(rng);
  const name = `${person.first} ${person.last}`;
  const writtenName = rng.chance(0.2) ? `${person.last} ${person.first}` : name;
  const middle = rng.chance(0.08) ? `${String.fromCharCode(97 + rng.int(0, 25))}.` : '';
  const email = `${asciiSlug(person.first)}.${middle}${asciiSlug(person.last)}@${organisation.domain}`;
  return {
    name,
    writtenName,
    title: rng.chance(0.03) ? null : rng.pick(CONTACT_TITLES),
    email,
    phone: mobilePhone(rng),
  };
}

function pickArrangement(rng: Rng, theme: Theme): string | null {
  if (theme.id === 'community' && rng.chance(0.5)) return 'Tuen siirronsaajat';
  return rng.weighted([null, 'Vain yksi hakija', 'Osatoteuttajat', 'Tuen siirronsaajat'], [22, 50, 20, 8]);
}

/** The placeholder values every template of this project may use. */
function templateValues(
  province: Province,
  anchor: Municipality,
  organisation: Organisation,
  partner: Organisation,
  period: Period,
): Record<string, string> {
  return {
    prov: province.genitive,
    provN: province.name,
    muni: anchor.genitive,
    muniN: anchor.name,
    sub: anchor.subRegion,
    org: organisation.name,
    orgGen: organisation.genitive,
    partner: partner.name,
    partnerGen: partner.genitive,
    start: finnishDate(period.start),
    end: finnishDate(period.end),
    startYear: period.start.slice(0, 4),
    endYear: period.end.slice(0, 4),
  };
}

/** Plans one project: every fact of its ground truth, drawn in a fixed order from the stream. */
function planProject(state: CorpusState, fund: Fund, hasDescription: boolean): PlannedProject {
  const { rng } = state;
  const themes = THEMES_BY_FUND[fund];
  const theme = rng.weighted(
    themes,
    themes.map((t) => t.weight),
  );
  const province = rng.weighted(
    PROVINCES,
    PROVINCES.map((p) => p.weight),
  );
  const [priorityAxis, specificObjective] = rng.pick(theme.objectives);
  const period = pickPeriod(rng);
  const status = pickStatus(rng, period);
  const { organisation, home } = pickApplicant(state, theme, province);
  const partner = pickPartner(state, province, organisation);
  const { region, anchor } = pickRegion(rng, province, home);
  const authority = pickAuthority(rng, fund, province);
  const code = allocateCode(state, fund, period.startMonth);
  const values = templateValues(province, anchor, organisation, partner, period);
  const { name, acronym } = pickName(state, theme, values);
  values.name = name;
  const funding = pickFunding(rng, status);
  const contact = pickContact(rng, organisation);
  const applicantPhone = rng.chance(0.04) ? null : rng.chance(0.15) ? contact.phone : organisation.phone;
  let website: string | null = organisation.website;
  if (rng.chance(0.08)) website = null;
  else if (rng.chance(0.2))
    website = `${organisation.website}/${asciiSlug(acronym ?? name.split(' ')[0] ?? 'hanke')}`;
  const primaryNames = rng
    .sample(theme.primaryTargets, rng.int(1, 4))
    .map((t) => fillTemplate(rng, t, values, false));
  const indirectNames = rng
    .sample(theme.indirectTargets, rng.int(1, 3))
    .map((t) => fillTemplate(rng, t, values, false));
  const primary = planTargetList(rng, primaryNames, 'primary', values, fund === 'ESR');
  const indirect = planTargetList(rng, indirectNames, 'indirect', values, false);
  values.targets = finnishList(primary.names.length > 0 ? primary.names : indirect.names);
  const indicators = pickIndicators(rng, fund, status);
  const equality = {
    analysisDone: rng.chance(0.6),
    mainstreamed: rng.chance(0.85),
    mainGoal: rng.chance(0.06),
  };
  const sustainability = pickSustainability(rng, theme);
  const phrases = [pickPhrase(state, theme), pickPhrase(state, theme)];
  const location = rng.chance(0.15)
    ? { street: organisation.street, postcode: organisation.postcode, city: organisation.city }
    : null;
  const hasFinalReport =
    status === 'Toiminta päättynyt' ? rng.chance(0.88) : status === 'Keskeytetty' ? rng.chance(0.3) : false;
  const truth: GeneratedTruth = {
    code,
    name,
    acronym,
    fund,
    priorityAxis,
    specificObjective,
    period: { start: period.start, end: period.end },
    status,
    authority,
    applicant: {
      name: organisation.name,
      orgType: organisation.orgType,
      businessId: organisation.businessId,
      street: organisation.street,
      postcode: organisation.postcode,
      city: organisation.city,
      phone: applicantPhone,
      website,
    },
    contact,
    applicantArrangement: pickArrangement(rng, theme),
    funding,
    region,
    location,
    targetGroups: { primary: primary.items, indirect: indirect.items },
    targetGroupNames: { primary: primary.names, indirect: indirect.names },
    indicators,
    equality,
    sustainability,
    phrases,
    hasFinalReport,
    hasDescription,
    card: null,
    theme: theme.id,
  };
  return {
    truth,
    theme,
    province,
    anchor,
    organisation,
    partner,
    values,
    targetLines: { primary: primary.lines, indirect: indirect.lines },
  };
}

// ---------------------------------------------------------------------------------------------------
// Rendering a description ("hankkeen kuvaus")
// ---------------------------------------------------------------------------------------------------

const TITLES: Record<Fund, string> = {
  ESR: 'Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus',
  EAKR: 'Euroopan aluekehitysrahaston (EAKR) rahoittaman hankkeen kuvaus',
};

/** "Label: value", or a bare "Label:" for a missing value, exactly as the service prints them. */
function labelled(label: string, value: string | null): string {
  return value === null || value === '' ? `${label}:` : `${label}: ${value}`;
}

/** Lines separated by blank lines: the rhythm of the fields in sections 1, 2, 5, 6 and 7. */
function spaced(lines: readonly string[]): string {
  return lines.join('\n\n');
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** A paragraph of sentences, optionally introduced by a heading line ("Työpaketti 1: …"). */
interface Paragraph {
  heading?: string;
  sentences: string[];
}

/**
 * Writes a section by drawing sentences from pools without repeats until it reaches its byte
 * budget; this is what makes documents land in 6–12 KB whatever their fixed parts weigh.
 */
class SectionWriter {
  readonly paragraphs: Paragraph[] = [];
  private bytes = 0;
  private readonly pools = new Map<string, string[]>();

  constructor(
    private readonly rng: Rng,
    private readonly values: Record<string, string>,
  ) {}

  /** Registers a pool under a name; its templates are used in a random order, each at most once. */
  pool(name: string, templates: readonly string[]): void {
    this.pools.set(name, this.rng.shuffle(templates));
  }

  /** The next unused sentence of a pool, filled, or undefined when the pool is spent. */
  draw(name: string, extra: Record<string, string> = {}): string | undefined {
    const template = this.pools.get(name)?.pop();
    return template === undefined
      ? undefined
      : fillTemplate(this.rng, template, { ...this.values, ...extra });
  }

  paragraph(heading?: string): Paragraph {
    const paragraph: Paragraph = heading === undefined ? { sentences: [] } : { heading, sentences: [] };
    this.paragraphs.push(paragraph);
    if (heading !== undefined) this.bytes += byteLength(heading) + 2;
    return paragraph;
  }

  add(paragraph: Paragraph, sentence: string | undefined, position?: number): void {
    if (sentence === undefined) return;
    if (position === undefined) paragraph.sentences.push(sentence);
    else paragraph.sentences.splice(position, 0, sentence);
    this.bytes += byteLength(sentence) + 1;
  }

  /** Adds `count` sentences of a pool to a paragraph. */
  addFrom(paragraph: Paragraph, name: string, count: number): void {
    for (let i = 0; i < count; i++) this.add(paragraph, this.draw(name));
  }

  /** Tops the section up to `budget` bytes, taking pools in turn; stops when all are spent. */
  fill(budget: number, order: readonly [name: string, paragraph: Paragraph][]): void {
    while (this.bytes < budget) {
      let added = false;
      for (const [name, paragraph] of order) {
        if (this.bytes >= budget) break;
        const sentence = this.draw(name);
        if (sentence === undefined) continue;
        this.add(paragraph, sentence);
        added = true;
      }
      if (!added) return;
    }
  }

  /** Joins the paragraphs: blank lines, single newlines, or one long paragraph like seed 000. */
  render(layout: 'blank' | 'newline' | 'single'): string {
    const blocks: string[] = [];
    for (const paragraph of this.paragraphs) {
      if (paragraph.sentences.length === 0 && paragraph.heading === undefined) continue;
      if (paragraph.heading !== undefined && layout !== 'single') blocks.push(paragraph.heading);
      if (paragraph.sentences.length > 0) blocks.push(paragraph.sentences.join(' '));
    }
    if (layout === 'single') return blocks.join(' ');
    return blocks.join(layout === 'blank' ? '\n\n' : '\n');
  }
}

function overlapsPandemic(truth: GeneratedTruth): boolean {
  return truth.period.start <= '2021-12-31' && truth.period.end >= '2020-03-01';
}

/** Section 3: background, goals, actions (maybe as work packages), expected results. */
function composeSummary(
  rng: Rng,
  project: PlannedProject,
  budget: number,
  layout: 'blank' | 'newline' | 'single',
): string {
  const { theme, truth, values } = project;
  const writer = new SectionWriter(rng, values);
  writer.pool('intro', INTRO_SENTENCES);
  writer.pool('targets', TARGET_SENTENCES);
  writer.pool('background', theme.background);
  writer.pool('goals', theme.goals);
  writer.pool('actions', theme.actions);
  writer.pool('expected', theme.expected);
  writer.pool('generic', GENERIC_SUMMARY);
  writer.pool('phrase', SUMMARY_PHRASE_SENTENCES);

  const opening = writer.paragraph();
  writer.add(opening, writer.draw('intro'));
  writer.addFrom(opening, 'background', rng.int(1, 2));
  writer.add(opening, writer.draw('targets'));
  const goals = writer.paragraph();
  writer.addFrom(goals, 'goals', rng.int(1, 3));

  let actions: Paragraph;
  if (layout !== 'single' && rng.chance(0.25)) {
    const titles = rng.sample(theme.workPackages, rng.int(2, Math.min(4, theme.workPackages.length)));
    const separator = rng.pick([': ', '. ']);
    const packages = titles.map((title, i) => writer.paragraph(`Työpaketti ${i + 1}${separator}${title}`));
    for (const paragraph of packages) writer.addFrom(paragraph, 'actions', rng.int(1, 2));
    actions = packages[packages.length - 1] as Paragraph;
    const first = packages[0] as Paragraph;
    writer.add(
      first,
      writer.draw('phrase', { p: truth.phrases[0] ?? '' }),
      rng.int(0, first.sentences.length),
    );
  } else {
    actions = writer.paragraph();
    writer.addFrom(actions, 'actions', rng.int(2, 3));
    writer.add(
      actions,
      writer.draw('phrase', { p: truth.phrases[0] ?? '' }),
      rng.int(0, actions.sentences.length),
    );
  }
  const expected = writer.paragraph();
  writer.addFrom(expected, 'expected', rng.int(1, 2));
  if (!truth.hasFinalReport) {
    writer.add(
      expected,
      writer.draw('phrase', { p: truth.phrases[1] ?? '' }),
      rng.int(0, expected.sentences.length),
    );
  }
  const closing = writer.paragraph();
  if (rng.chance(0.6)) writer.add(closing, fillTemplate(rng, 'Hanketta hallinnoi {org}.', values));
  else writer.addFrom(closing, 'generic', 1);

  writer.fill(budget, [
    ['actions', actions],
    ['background', opening],
    ['expected', expected],
    ['generic', closing],
    ['goals', goals],
  ]);
  return writer.render(layout);
}

/** Section 9: what was done and achieved, in the past tense. */
function composeFinalReport(
  rng: Rng,
  project: PlannedProject,
  budget: number,
  layout: 'blank' | 'newline' | 'single',
): string {
  const { theme, truth, values } = project;
  const writer = new SectionWriter(rng, values);
  writer.pool('opening', REPORT_OPENINGS);
  writer.pool('report', theme.report);
  writer.pool('generic', GENERIC_REPORT);
  writer.pool('pandemic', PANDEMIC_SENTENCES);
  writer.pool('phrase', REPORT_PHRASE_SENTENCES);

  const opening = writer.paragraph();
  writer.add(opening, writer.draw('opening'));
  if (truth.status === 'Keskeytetty') {
    writer.add(
      opening,
      'Hanke keskeytettiin ennenaikaisesti, koska sen toteuttamiselle ei löytynyt riittäviä edellytyksiä.',
    );
  }
  const results = writer.paragraph();
  writer.addFrom(results, 'report', rng.int(2, 4));
  writer.add(
    results,
    writer.draw('phrase', { p: truth.phrases[1] ?? '' }),
    rng.int(0, results.sentences.length),
  );
  const closing = writer.paragraph();
  if (overlapsPandemic(truth)) writer.addFrom(closing, 'pandemic', rng.int(1, 2));
  if (truth.funding.realizedEuState < truth.funding.grantedEuState * 0.9)
    writer.add(closing, UNDERSPEND_SENTENCE);
  writer.addFrom(closing, 'generic', rng.int(1, 2));
  writer.fill(budget, [
    ['report', results],
    ['generic', closing],
  ]);
  return writer.render(layout);
}

/** The applicant-arrangement field: on the label line, on the line after a blank, or empty. */
function renderArrangement(rng: Rng, value: string | null): string {
  const label = 'Hakijoiden lukumäärä tai tuen siirto -menettely';
  if (value === null) return `${label}:`;
  return rng.chance(0.5) ? `${label}: ${value}` : `${label}:\n\n${value}`;
}

function renderEquality(rng: Rng, project: PlannedProject): string {
  const answers = [
    project.truth.equality.analysisDone,
    project.truth.equality.mainstreamed,
    project.truth.equality.mainGoal,
  ];
  const lines: string[] = [];
  EQUALITY_QUESTIONS.forEach((question, index) => {
    const answer = answers[index] ?? false;
    const explanations = EQUALITY_EXPLANATIONS[index];
    if (!explanations) throw new Error('corpus: missing equality explanations');
    lines.push(`${question}: ${answer ? 'Kyllä' : 'Ei'}`);
    lines.push(fillTemplate(rng, rng.pick(answer ? explanations.yes : explanations.no), project.values));
  });
  return lines.join('\n');
}

/** Section 8.2 with the seeds' header row, group lines, score lines and optional note lines. */
function renderSustainability(rng: Rng, truth: GeneratedTruth): string {
  const style = rng.weighted(['uniform', 'specific', 'sparse'], [20, 45, 35]);
  const uniformNote = rng.pick(['Ei erityisiä vaikutuksia.', 'Ei vaikutusta.']);
  const lines = ['VälitönVälillinen'];
  let group = '';
  CRITERIA.forEach((criterion, index) => {
    const score = truth.sustainability[index];
    if (!score) throw new Error('corpus: missing sustainability score');
    if (criterion.group !== group) {
      group = criterion.group;
      lines.push(group);
    }
    lines.push(`${criterion.name} ${score.direct} ${score.indirect}`);
    let note: string | null;
    if (score.direct > 0 || score.indirect > 0)
      note = rng.chance(0.92) ? rng.pick(criterion.positiveNotes) : null;
    else if (style === 'uniform') note = uniformNote;
    else if (style === 'specific') note = criterion.zeroNote;
    else note = rng.chance(0.3) ? 'Ei vaikutusta.' : null;
    if (note !== null) lines.push(note);
  });
  return lines.join('\n');
}

/** The whole description except the texts of sections 3 and 9, split around them. */
function renderDescriptionFrame(rng: Rng, project: PlannedProject): { before: string; middle: string } {
  const { truth } = project;
  const separator = rng.weighted([' ', '\u00a0', '\u2009', '\u202f'], [80, 10, 5, 5]);
  const euros = (value: number) => formatEuros(value, separator);
  const location = truth.location;
  const before = `${spaced([
    'Euroopan unioni Vipuvoimaa EU:lta',
    TITLES[truth.fund],
    '1 Hanke',
    labelled('Hankekoodi', truth.code),
    labelled('Hankkeen nimi', truth.name),
    labelled('Toimintalinja', truth.priorityAxis),
    labelled('Erityistavoite', truth.specificObjective),
    `Suunnitelman mukainen toteutusaika: Alkaa ${finnishDate(truth.period.start)} ja päättyy ${finnishDate(truth.period.end)}`,
    labelled('Toiminnan tila', truth.status),
    labelled('Vastuuviranomainen', truth.authority),
    '2 Hakijan perustiedot',
    labelled('Hakijan virallinen nimi', truth.applicant.name),
    labelled('Organisaatiotyyppi', truth.applicant.orgType),
    labelled('Y-tunnus', truth.applicant.businessId),
    labelled('Jakeluosoite', truth.applicant.street),
    labelled('Puhelinnumero', truth.applicant.phone),
    labelled('Postinumero', truth.applicant.postcode),
    labelled('Postitoimipaikka', truth.applicant.city),
    labelled('WWW-osoite', truth.applicant.website),
    labelled('Hankkeen yhteyshenkilön nimi', truth.contact.writtenName),
    labelled('Yhteyshenkilön asema hakijaorganisaatiossa', truth.contact.title),
    labelled('Yhteyshenkilön sähköpostisoite', truth.contact.email.replace('@', '(at)')),
    labelled('Yhteyshenkilön puhelinnumero', truth.contact.phone),
    renderArrangement(rng, truth.applicantArrangement),
    '3 Suunnitelman mukainen tiivistelmä toteutuksesta',
  ])}\n\n`;
  const middle = `\n\n${spaced([
    '4 Hankkeen kohderyhmät',
    '4.1 Varsinaiset kohderyhmät',
    project.targetLines.primary.join('\n'),
    '4.2 Välilliset kohderyhmät',
    project.targetLines.indirect.join('\n'),
    '5 Projektin julkinen rahoitus, euroa',
    labelled('Myönnetty EU- ja valtion rahoitus', euros(truth.funding.grantedEuState)),
    labelled('Toteutunut EU- ja valtion rahoitus', euros(truth.funding.realizedEuState)),
    labelled('Suunniteltu julkinen rahoitus yhteensä', euros(truth.funding.plannedPublicTotal)),
    labelled('Toteutunut julkinen rahoitus yhteensä', euros(truth.funding.realizedPublicTotal)),
    '6 Maantieteellinen kohdealue',
    labelled('Maakunnat', truth.region.provinces.join(', ')),
    labelled('Seutukunnat', truth.region.subRegions.join(', ')),
    labelled('Kunnat', truth.region.municipalities.join(', ')),
    'Toteutuspaikan osoite, jos hanke toteutetaan yhdessä paikassa',
    labelled('Jakeluosoite', location?.street ?? null),
    labelled('Postinumero', location?.postcode ?? null),
    labelled('Postitoimipaikka', location?.city ?? null),
    '7 Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista',
    '7.1 Osallistuvien yritysten lukumäärä',
    labelled('Suunniteltu', String(truth.indicators.companiesPlanned)),
    labelled(
      'Toteutunut seurantatietojen mukaan',
      truth.indicators.companiesRealized === null ? null : String(truth.indicators.companiesRealized),
    ),
    '7.2 Osallistuvien henkilöiden lukumäärä',
    labelled('Suunniteltu', String(truth.indicators.personsPlanned)),
    '8 Horisontaaliset periaatteet',
    '8.1 Sukupuolten tasa-arvo',
    renderEquality(rng, project),
    '8.2 Kestävä kehitys',
    renderSustainability(rng, truth),
    '9 Loppuraportin tiivistelmä',
  ])}\n\n`;
  return { before, middle };
}

/** A full description sized to a random target in 6.4–11.5 KB. */
function renderDescription(rng: Rng, project: PlannedProject): string {
  const { before, middle } = renderDescriptionFrame(rng, project);
  const layout = rng.weighted(['blank', 'newline', 'single'] as const, [62, 30, 8]);
  const target = rng.int(MIN_TARGET_BYTES, MAX_TARGET_BYTES);
  const available = Math.max(1500, target - byteLength(before) - byteLength(middle));
  let report = '-';
  if (project.truth.hasFinalReport) {
    const reportBudget = Math.min(3200, Math.max(600, Math.round(available * (0.3 + rng.next() * 0.25))));
    report = composeFinalReport(rng, project, reportBudget, layout === 'single' ? 'blank' : layout);
  }
  const summary = composeSummary(rng, project, Math.max(800, available - byteLength(report)), layout);
  const text = `${before}${summary}${middle}${report}`;
  if (byteLength(text) > HARD_MAX_BYTES) return trimToSize(text, before, summary, middle, report);
  return text;
}

/** Drops trailing summary sentences in the rare case a document overshoots the size limit. */
function trimToSize(text: string, before: string, summary: string, middle: string, report: string): string {
  let trimmed = summary;
  let result = text;
  while (byteLength(result) > HARD_MAX_BYTES) {
    const cut = trimmed.lastIndexOf('. ', trimmed.length - 2);
    if (cut < 200) break;
    trimmed = trimmed.slice(0, cut + 1);
    result = `${before}${trimmed}${middle}${report}`;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Project cards: PDF-extracted text with broken labels, trailing spaces and wrapped values
// ---------------------------------------------------------------------------------------------------

/** Greedy word wrap, as the PDF extraction breaks the card's value text. */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Card facts: related codes, outputs, links and funder; drawn while planning. */
function planCard(state: CorpusState, project: PlannedProject, esrCodes: readonly string[]): CardTruth {
  const { rng } = state;
  const { truth, organisation } = project;
  // Related projects came before this one, so they have smaller codes (codes grow with time).
  const earlier = esrCodes.filter((code) => code < truth.code);
  const ownNumber = Number(truth.code.slice(1));
  const relatedCodes: string[] = [];
  const wanted = rng.chance(0.45) ? 1 : 2;
  for (let tries = 0; relatedCodes.length < wanted && tries < 50; tries++) {
    const code =
      rng.chance(0.7) && earlier.length > 2
        ? rng.pick(earlier)
        : `S${ownNumber > 20010 ? rng.int(20000, ownNumber - 1) : rng.int(ownNumber + 1, 22999)}`;
    if (code !== truth.code && !relatedCodes.includes(code)) relatedCodes.push(code);
  }
  relatedCodes.sort();
  const year = truth.period.end.slice(0, 4);
  const items = rng.sample(CARD_OUTPUT_ITEMS, rng.int(1, 3));
  // A card-only project has no description, so its card is the one place its phrase can appear.
  const withPhrase = !truth.hasDescription || rng.chance(0.5);
  const outputs = withPhrase ? [`${truth.phrases[0]} (${organisation.domain}, ${year})`, ...items] : items;
  if (!truth.hasDescription) truth.phrases = truth.phrases.slice(0, 1);
  const outputsLine = rng.chance(0.5)
    ? outputs.join('; ')
    : `${rng.pick(CARD_OUTPUT_HEADERS)} (${organisation.domain}, ${year}): ${outputs.join('; ')}`;
  const documentLinks = items.map(
    (item) =>
      `https://www.${organisation.domain}/documents/${rng.int(1000000, 9999999)}/${rng.int(10000000, 99999999)}/` +
      `${encodeURIComponent(item).replace(/%20/g, '+')}.pdf/${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`,
  );
  const links = [
    `https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=${truth.code}`,
    ...relatedCodes.map((code) => `https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=${code}`),
    ...documentLinks,
  ];
  return { relatedCodes, outputs, outputsLine, links, funder: funderShortName(truth.authority) };
}

/** A project card in the layout of seed 004. */
function renderCard(rng: Rng, project: PlannedProject): string {
  const { truth, theme, values } = project;
  const card = truth.card;
  if (!card) throw new Error(`corpus: ${truth.code} has no card`);
  const width = rng.int(84, 100);
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  /** Wrapped value lines, each with the trailing space and blank line of the PDF extraction. */
  const wrapped = (text: string) => {
    for (const line of wrapWords(text, width)) push(`${line} `, '');
  };
  const fill = (template: string, extra: Record<string, string> = {}) =>
    fillTemplate(rng, template, { ...values, ...extra });
  const [c1 = '', c2 = ''] = card.relatedCodes;
  const relatedTemplates = CARD_RELATED_SENTENCES.filter(
    (t) => t.includes('{c2}') === card.relatedCodes.length > 1,
  );
  const start = finnishDate(truth.period.start);
  const end = finnishDate(truth.period.end);

  push(` ${truth.code}, ${truth.name} `, '');
  push('Hankkeen nimi, S-numero ja ', '', 'toteutusaika ', '');
  push(`${truth.code}, ${truth.name}, ${start} – ${end} (hanke RR-tietopalvelussa) `, '');
  push('Rahoittaja ja toteutunut ', '', 'julkinen rahoitus ', '');
  push(`${card.funder}, ${formatEuros(truth.funding.realizedPublicTotal, ' ')} € `, '');
  const partners =
    truth.applicantArrangement === 'Tuen siirronsaajat'
      ? ' ja pienet tulonsiirtohankkeet'
      : rng.chance(0.4)
        ? ` ja ${project.partner.name}`
        : '';
  wrapped(`Toteuttajat ${truth.applicant.name} (päätoteuttaja)${partners}`);
  push('Varsinaiset kohderyhmät ', '');
  wrapped(
    capitalize(
      (truth.targetGroupNames.primary.length > 0
        ? truth.targetGroupNames.primary
        : truth.targetGroupNames.indirect
      ).join('; '),
    ),
  );
  push('Hankkeen tausta ', '');
  wrapped(
    [
      fill(rng.pick(relatedTemplates), { c1, c2 }),
      ...rng.sample(theme.background, rng.int(1, 2)).map((t) => fill(t)),
    ].join('  '),
  );
  push('Tavoitteet  ', '');
  wrapped(
    rng
      .sample(theme.goals, rng.int(1, 2))
      .map((t) => fill(t))
      .join(' '),
  );
  push('Toimintatapa ');
  wrapped(
    rng
      .sample(theme.actions, 2)
      .map((t) => fill(t))
      .join(' '),
  );
  push('Tuotokset ');
  wrapped(card.outputsLine);
  push('Lupaavat osallisuuden ', '', 'käytännöt ja palaset ', '');
  if (rng.chance(0.4)) wrapped(rng.pick(CARD_PRACTICES));
  else push(' ', '');
  push('Muut tulokset ja vaikutukset ', '');
  wrapped(
    rng
      .sample(theme.report, 2)
      .map((t) => fill(t))
      .join(' '),
  );
  wrapped(`Levittäminen ja juurrutus ${rng.pick(CARD_DISSEMINATION)}`);
  push('Erityishuomioita, kehittä-', '', 'mistyön ongelmia ', '');
  wrapped(rng.pick(CARD_REMARKS));
  for (const link of card.links) {
    push(link);
    if (!link.includes('eura2014') && rng.chance(0.3)) push(link);
  }
  push('', '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------------

interface CorpusEntry {
  kind: DocumentKind;
  project: PlannedProject;
}

function checkOptions(options: CorpusOptions): Required<CorpusOptions> {
  const { count, seed } = options;
  const cardShare = options.cardShare ?? DEFAULT_CARD_SHARE;
  if (!Number.isInteger(count) || count < 0)
    throw new Error(`corpus: count must be a non-negative integer, got ${count}`);
  if (!Number.isFinite(seed)) throw new Error(`corpus: seed must be a number, got ${seed}`);
  if (!(cardShare >= 0 && cardShare <= 1))
    throw new Error(`corpus: cardShare must be in 0..1, got ${cardShare}`);
  return { count, seed, cardShare };
}

/**
 * Plans every project first (cards need the codes of existing descriptions), then shuffles the
 * documents so cards are spread over the folders.
 */
function planCorpus(options: CorpusOptions): { state: CorpusState; entries: CorpusEntry[] } {
  const { count, seed, cardShare } = checkOptions(options);
  const state = makeState(seed, count);
  const { rng } = state;
  const cardCount = Math.round(count * cardShare);
  const descriptions: PlannedProject[] = [];
  for (let i = 0; i < count - cardCount; i++) {
    descriptions.push(planProject(state, rng.chance(ESR_SHARE) ? 'ESR' : 'EAKR', true));
  }
  // Cards exist for ESR projects (the cards describe social-inclusion projects); ended ones first.
  const esr = rng.shuffle(descriptions.filter((p) => p.truth.fund === 'ESR'));
  const candidates = [
    ...esr.filter((p) => p.truth.status !== 'Toiminnassa'),
    ...esr.filter((p) => p.truth.status === 'Toiminnassa'),
  ];
  const withDescription = Math.min(cardCount - Math.round(cardCount * CARD_ONLY_SHARE), candidates.length);
  const carded = candidates.slice(0, withDescription);
  while (carded.length < cardCount) carded.push(planProject(state, 'ESR', false));
  const esrCodes = [...descriptions, ...carded]
    .filter((p) => p.truth.fund === 'ESR')
    .map((p) => p.truth.code);
  for (const project of carded) project.truth.card = planCard(state, project, esrCodes);
  const entries: CorpusEntry[] = [
    ...descriptions.map((project) => ({ kind: 'description' as const, project })),
    ...carded.map((project) => ({ kind: 'card' as const, project })),
  ];
  return { state, entries: rng.shuffle(entries) };
}

/** `000/000123_3f9a…txt`: 1000 files per folder, names like the seeds' "000_e8b06d3c13176a02.txt". */
function fileName(index: number, rng: Rng): string {
  const folder = String(Math.floor(index / FILES_PER_FOLDER)).padStart(3, '0');
  return `${folder}/${String(index).padStart(6, '0')}_${rng.hex(16)}.txt`;
}

/**
 * Yields the documents one at a time, so a large corpus can be written without holding every text
 * in memory. Same options, same documents, byte for byte.
 */
export function* iterateCorpus(options: CorpusOptions): Generator<GeneratedDocument> {
  const { state, entries } = planCorpus(options);
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as CorpusEntry;
    const text =
      entry.kind === 'description'
        ? renderDescription(state.rng, entry.project)
        : renderCard(state.rng, entry.project);
    yield { file: fileName(index, state.rng), text, kind: entry.kind, truth: entry.project.truth };
  }
}

/**
 * Generates a corpus in memory.
 *
 * @example
 * const docs = generateCorpus({ count: 200, seed: 7 });
 * docs.filter((d) => d.kind === 'card').map((d) => d.truth.code);
 */
export function generateCorpus(options: CorpusOptions): GeneratedDocument[] {
  return [...iterateCorpus(options)];
}

/** Files written at once: enough to keep the disk busy, few enough not to exhaust file handles. */
const WRITE_BATCH = 64;

/**
 * Writes a corpus under `dir` (subfolders of {@link FILES_PER_FOLDER} files) and returns only the
 * totals; `onDocument` sees each document before it is dropped. Use this for large corpora.
 */
export async function writeCorpusFiles(
  dir: string,
  options: CorpusOptions,
  onDocument?: (document: GeneratedDocument) => void,
): Promise<CorpusStats> {
  const stats: CorpusStats = { documents: 0, descriptions: 0, cards: 0, bytes: 0 };
  const folders = new Set<string>();
  let batch: Promise<void>[] = [];
  for (const document of iterateCorpus(options)) {
    const path = join(dir, document.file);
    const folder = join(dir, document.file.split('/')[0] ?? '');
    if (!folders.has(folder)) {
      await Promise.all(batch);
      batch = [];
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    batch.push(writeFile(path, document.text, 'utf8'));
    if (batch.length >= WRITE_BATCH) {
      await Promise.all(batch);
      batch = [];
    }
    stats.documents++;
    if (document.kind === 'card') stats.cards++;
    else stats.descriptions++;
    stats.bytes += byteLength(document.text);
    onDocument?.(document);
  }
  await Promise.all(batch);
  return stats;
}

/**
 * Writes a corpus under `dir` as `.txt` files in subfolders of 1000 and returns the documents.
 *
 * @example
 * const docs = await writeCorpus('bench/out/corpus-1000', { count: 1000, seed: 1 });
 */
export async function writeCorpus(dir: string, options: CorpusOptions): Promise<GeneratedDocument[]> {
  const documents: GeneratedDocument[] = [];
  await writeCorpusFiles(dir, options, (document) => documents.push(document));
  return documents;
}
