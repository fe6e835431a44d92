/**
 * Every user-facing text in both languages, in one table. Answers and renderers take a `Lang` and
 * look their words up here; nothing else holds a user-facing string.
 */
import type { Lang } from './format.ts';

type Message = string | ((...args: never[]) => string);
type Table = Record<string, { fi: Message; en: Message }>;

const table = {
  // Field names of the project views.
  code: { fi: 'Hankekoodi', en: 'Project code' },
  name: { fi: 'Nimi', en: 'Name' },
  fund: { fi: 'Rahasto', en: 'Fund' },
  period: { fi: 'Toteutusaika', en: 'Period' },
  status: { fi: 'Tila', en: 'Status' },
  authority: { fi: 'Vastuuviranomainen', en: 'Managing authority' },
  applicant: { fi: 'Toteuttaja', en: 'Organisation' },
  orgType: { fi: 'Organisaatiotyyppi', en: 'Organisation type' },
  businessId: { fi: 'Y-tunnus', en: 'Business ID' },
  address: { fi: 'Osoite', en: 'Address' },
  website: { fi: 'Verkkosivu', en: 'Website' },
  phone: { fi: 'Puhelin', en: 'Phone' },
  email: { fi: 'Sähköposti', en: 'Email' },
  contact: { fi: 'Yhteyshenkilö', en: 'Contact person' },
  role: { fi: 'Tehtävä', en: 'Role' },
  region: { fi: 'Alue', en: 'Region' },
  provinces: { fi: 'Maakunnat', en: 'Regions' },
  municipalities: { fi: 'Kunnat', en: 'Municipalities' },
  summary: { fi: 'Tiivistelmä', en: 'Summary' },
  finalReport: { fi: 'Loppuraportti', en: 'Final report' },
  primaryTargets: { fi: 'Varsinaiset kohderyhmät', en: 'Primary target groups' },
  indirectTargets: { fi: 'Välilliset kohderyhmät', en: 'Indirect target groups' },
  funding: { fi: 'Rahoitus', en: 'Funding' },
  grantedEuState: { fi: 'Myönnetty EU- ja valtion rahoitus', en: 'Granted EU + state funding' },
  realizedEuState: { fi: 'Toteutunut EU- ja valtion rahoitus', en: 'Realised EU + state funding' },
  plannedPublicTotal: { fi: 'Suunniteltu julkinen rahoitus yhteensä', en: 'Planned total public funding' },
  realizedPublicTotal: { fi: 'Toteutunut julkinen rahoitus yhteensä', en: 'Realised total public funding' },
  euState: { fi: 'EU- ja valtion rahoitus', en: 'EU + state funding' },
  publicTotal: { fi: 'Julkinen rahoitus yhteensä', en: 'Total public funding' },
  used: { fi: (share: string) => `käytetty ${share}`, en: (share: string) => `${share} used` },
  noData: { fi: 'ei tietoa', en: 'no data' },
  none: { fi: 'ei ilmoitettu', en: 'not given' },
  related: { fi: 'Liittyvät hankkeet', en: 'Related projects' },
  outputs: { fi: 'Tuotokset', en: 'Outputs' },
  card: { fi: 'Arviointikortti', en: 'Evaluation card' },
  sources: { fi: 'Lähteet', en: 'Sources' },
  projectPage: { fi: 'Hankkeen sivu EURA 2014 -palvelussa', en: 'Project page in EURA 2014' },
  participants: { fi: 'Osallistujia (suunniteltu)', en: 'Participants (planned)' },
  companies: { fi: 'Yrityksiä (suunniteltu / toteutunut)', en: 'Companies (planned / realised)' },
  truncated: {
    fi: 'Katkaistu – koko teksti hankkeen sivulla',
    en: 'Shortened – full text on the project page',
  },

  // Sentences.
  notFound: {
    fi: (query: string) => `Hanketta ”${query}” ei löytynyt.`,
    en: (query: string) => `No project matches “${query}”.`,
  },
  didYouMean: { fi: 'Tarkoititko:', en: 'Did you mean:' },
  tryProjectSearch: {
    fi: 'Kokeile hakua: /haku <hakusanat> tai anna hankekoodi (esim. S21154).',
    en: 'Try a search: /search <words>, or give a project code (e.g. S21154).',
  },
  ambiguous: {
    fi: (query: string, count: number) => `”${query}” sopii ${count} hankkeeseen. Tarkenna hankekoodilla:`,
    en: (query: string, count: number) => `“${query}” fits ${count} projects. Pick one by its code:`,
  },
  alsoMatched: { fi: 'Myös nämä sopivat:', en: 'These also match:' },
  noFinalReport: { fi: 'Loppuraporttia ei ole.', en: 'No final report.' },
  noTargets: { fi: 'Kohderyhmiä ei ole kuvattu.', en: 'No target groups are described.' },
  noContact: { fi: 'Yhteyshenkilöä ei ole ilmoitettu.', en: 'No contact person is given.' },
  realizedMissing: {
    fi: 'Toteutuneita lukuja ei ole vielä.',
    en: 'Realised figures are not available yet.',
  },
  contactSentence: {
    fi: (project: string, person: string) => `${project}: yhteyshenkilö on ${person}.`,
    en: (project: string, person: string) => `${project}: the contact person is ${person}.`,
  },
  fundingSentence: {
    fi: (project: string) => `${project} – julkinen rahoitus:`,
    en: (project: string) => `${project} – public funding:`,
  },
  targetsSentence: {
    fi: (project: string) => `${project} – kohderyhmät:`,
    en: (project: string) => `${project} – target groups:`,
  },
  codeNeeded: {
    fi: (command: string, example: string) =>
      `Anna hankekoodi tai hankkeen nimi. Käyttö: ${command} koodi tai nimi, esim. ${command} ${example}`,
    en: (command: string, example: string) =>
      `Give a project code or name. Usage: ${command} code or name, e.g. ${command} ${example}`,
  },

  // Filters of /search and /stats: the values they accept, and what an unknown one gets.
  statusRunning: { fi: 'käynnissä', en: 'running' },
  statusEnded: { fi: 'päättynyt', en: 'ended' },
  statusInterrupted: { fi: 'keskeytetty', en: 'interrupted' },
  /** The accepted values as a user reads them; the documents' own word for running is "toiminnassa". */
  statusValues: {
    fi: 'toiminnassa (käynnissä), päättynyt, keskeytetty',
    en: 'running (toiminnassa), ended (päättynyt), interrupted (keskeytetty)',
  },
  unknownStatus: {
    fi: (value: string, valid: string) => `Tilaa ”${value}” ei tunneta. Tila voi olla: ${valid}.`,
    en: (value: string, valid: string) => `Unknown status “${value}”. The status can be: ${valid}.`,
  },
  unknownRegion: {
    fi: (value: string) => `Maakuntaa tai paikkaa ”${value}” ei löytynyt aineistosta.`,
    en: (value: string) => `No region or place “${value}” in the data.`,
  },
  regionsNear: {
    fi: (names: string) => `Tarkoititko: ${names}?`,
    en: (names: string) => `Did you mean: ${names}?`,
  },
  regionsAll: {
    fi: (names: string) => `Maakunnat: ${names}.`,
    en: (names: string) => `Regions: ${names}.`,
  },
  unknownBreakdown: {
    fi: (value: string, valid: string) => `Perustetta ”${value}” ei ole. Peruste voi olla: ${valid}.`,
    en: (value: string, valid: string) => `There is no breakdown “${value}”. Choose one of: ${valid}.`,
  },

  // /search: the heading of a results page, its footer and buttons.
  searchHeading: {
    fi: (query: string, scope: string, hits: string) =>
      `Haku ”${query}”${scope ? ` (${scope})` : ''}: ${hits}`,
    en: (query: string, scope: string, hits: string) =>
      `Search “${query}”${scope ? ` (${scope})` : ''}: ${hits}`,
  },
  searchNoHits: {
    fi: 'Kokeile muita sanoja tai poista rajaukset.',
    en: 'Try other words or remove the filters.',
  },
  pageOf: {
    fi: (page: number, count: number) => `Sivu ${page}/${count}`,
    en: (page: number, count: number) => `Page ${page}/${count}`,
  },
  previousPage: { fi: '◀ Edellinen', en: '◀ Previous' },
  nextPage: { fi: 'Seuraava ▶', en: 'Next ▶' },
  buttonExpired: {
    fi: 'Tämä painike on vanhentunut. Tee haku uudelleen.',
    en: 'This button has expired. Please search again.',
  },

  // /stats: the title of each breakdown, the total line, and the label of a group without a value.
  statsByRegion: {
    fi: 'Toteutunut julkinen rahoitus maakunnittain',
    en: 'Realised public funding by region',
  },
  statsByStatus: { fi: 'Toteutunut julkinen rahoitus tilan mukaan', en: 'Realised public funding by status' },
  statsByOrgType: {
    fi: 'Toteutunut julkinen rahoitus organisaatiotyypeittäin',
    en: 'Realised public funding by organisation type',
  },
  statsByYear: {
    fi: 'Toteutunut julkinen rahoitus aloitusvuosittain',
    en: 'Realised public funding by start year',
  },
  statsTotal: {
    fi: (sum: string, projects: string) => `Yhteensä ${sum} · ${projects}`,
    en: (sum: string, projects: string) => `Total ${sum} · ${projects}`,
  },
  statsSeveralRegions: {
    fi: 'Usean maakunnan hanke näkyy jokaisen maakuntansa rivillä.',
    en: 'A project in several regions is counted on each of its rows.',
  },
  unknownGroup: { fi: 'ei tietoa', en: 'unknown' },

  // /help.
  helpTitle: { fi: 'Hankebotti – ohje', en: 'Hankebotti – help' },
  helpText: {
    fi: (projects: string) =>
      [
        `Vastaan kysymyksiin EU-rahoitteisista hankkeista (${projects} aineistossa).`,
        '',
        '**/hanke** koodi – hankkeen tiivistelmä, esim. `/hanke S21154`',
        '**/rahoitus** koodi – myönnetty ja toteutunut rahoitus sekä käyttöaste',
        '**/yhteystiedot** koodi – yhteyshenkilö ja toteuttaja',
        '**/kohderyhmät** koodi – varsinaiset ja välilliset kohderyhmät',
        '**/haku** hakusanat [maakunta] [tila] – hakutulokset sivuittain, esim. `/haku nuoret maakunta:Kainuu`',
        '**/kysy** kysymys – suora vastaus, esim. `/kysy Kuka on KANTO-hankkeen yhteyshenkilö?`',
        '**/tilastot** [peruste] – rahoitus ja määrät maakunnittain, tilan, organisaatiotyypin tai vuoden mukaan',
        '',
        'Voit myös mainita minut viestissä ja kysyä suoraan. Koodin kohdalla kirjoita koodi tai nimen alku, niin ehdotan hankkeita.',
      ].join('\n'),
    en: (projects: string) =>
      [
        `I answer questions about EU-funded projects in Finland (${projects} in the data).`,
        '',
        '**/project** code – summary card, e.g. `/project S21154`',
        '**/funding** code – granted and realised funding, share used',
        '**/contact** code – contact person and organisation',
        '**/targets** code – primary and indirect target groups',
        '**/search** words [region] [status] – paginated results, e.g. `/search youth region:Kainuu`',
        '**/ask** question – a direct answer, e.g. `/ask Who is the contact person of KANTO?`',
        '**/stats** [by] – funding and counts by region, status, organisation type or year',
        '',
        'You can also mention me in a message with a question. In a code option, type a code or the start of a name to get suggestions.',
      ].join('\n'),
  },

  // The terminal chat's own commands, added to /help there (Discord has buttons and its own language).
  chatHelp: {
    fi: [
      'Päätteessä myös:',
      '**/seuraava** ja **/edellinen** – hakutulosten sivut',
      '**/kieli** en tai fi – vastausten kieli',
      'Sarkain täydentää komennot ja hankekoodit, Ctrl-D lopettaa.',
    ].join('\n'),
    en: [
      'In the terminal also:',
      '**/next** and **/previous** – pages of search results',
      '**/lang** fi or en – the language of the answers',
      'Tab completes commands and project codes, Ctrl-D quits.',
    ].join('\n'),
  },
  languageUsage: {
    fi: 'Käyttö: /kieli fi tai /kieli en',
    en: 'Usage: /lang en or /lang fi',
  },

  error: {
    fi: 'Jokin meni pieleen tätä käsitellessä. Yritä hetken päästä uudelleen.',
    en: 'Something went wrong while handling this. Please try again in a moment.',
  },

  // Start-up failures of the front ends: one line on stderr, then a non-zero exit.
  dataMissing: {
    fi: (dir: string) => `Aineistokansiota ei löydy: ${dir} (aseta --data tai PROJECTS_DIR)`,
    en: (dir: string) => `Data folder not found: ${dir} (set --data or PROJECTS_DIR)`,
  },
  dataNotFolder: {
    fi: (dir: string) => `Aineistokansio ei ole kansio vaan tiedosto: ${dir}`,
    en: (dir: string) => `Data folder is a file, not a folder: ${dir}`,
  },
  dataUnreadable: {
    fi: (dir: string, code: string) => `Aineistokansiota ei voi lukea (${code}): ${dir}`,
    en: (dir: string, code: string) => `Data folder cannot be read (${code}): ${dir}`,
  },
  tokenInvalid: {
    fi: 'Discord hylkäsi DISCORD_TOKENin: tarkista se kehittäjäportaalista (Bot → Reset Token)',
    en: 'Discord rejected DISCORD_TOKEN: check it in the developer portal (Bot → Reset Token)',
  },
  discordUnreachable: {
    fi: (url: string, why: string) => `Discordiin ei saada yhteyttä (${url}): ${why}`,
    en: (url: string, why: string) => `Discord cannot be reached (${url}): ${why}`,
  },
  deployFailed: {
    fi: (why: string) => `Komentojen rekisteröinti epäonnistui: ${why}`,
    en: (why: string) => `Registering the commands failed: ${why}`,
  },
  deployNeedsIds: {
    fi: 'Aseta DISCORD_TOKEN ja DISCORD_CLIENT_ID (katso .env.example)',
    en: 'Set DISCORD_TOKEN and DISCORD_CLIENT_ID (see .env.example)',
  },
} satisfies Table;

export type MessageKey = keyof typeof table;

type MessageOf<K extends MessageKey> = (typeof table)[K]['fi'];

/** The message `key` in `lang`; call the result when the message takes arguments. */
export function t<K extends MessageKey>(lang: Lang, key: K): MessageOf<K> {
  return table[key][lang] as MessageOf<K>;
}
