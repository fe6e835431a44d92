/**
 * The field table: every field of a ProjectRecord a user can ask about, with the words that ask for
 * it in Finnish and English, how its value is written, and its group. One table, read by the
 * question reader (which field is asked) and by the answer builder (how to say its value); a test
 * holds it against the zod schema so a new record field cannot go unanswered.
 *
 * Words are written as base forms ("yhteyshenkilö", "alkaa") and run through the same Finnish
 * analyser as the search when the table is compiled (`./vocabulary.ts`), so inflections and compounds
 * match without prefix lists: "yhteyshenkilön", "sähköpostiosoite", "alkoi".
 *
 * A group's `words` ask for the group as a whole (its `defaults` are answered); a field's `words` ask
 * for that field alone; a field's `qualifiers` pick it among its group's fields only when something
 * else asks for the group ("nimi" in "yhteyshenkilön nimi", "myönnetty" in "myönnetty rahoitus").
 * `weak` words (interrogatives) ask only when nothing stronger does: "kuka" leans to the contact,
 * "kenelle" to the target groups, and a content word outweighs either.
 */

import { say } from '../i18n/answers.ts';
import {
  formatDate,
  formatEuros,
  formatInteger,
  formatList,
  formatPercent,
  formatPeriod,
  type Lang,
  shareOf,
} from '../i18n/format.ts';
import type { ProjectRecord } from '../records/schema.ts';

/**
 * Words in both languages. Finnish as base forms; English as plain words or short phrases. A word
 * written "=toiminnassa" matches only as written, for inflected forms whose base form means
 * something else (toiminnassa "running" ~ toiminta "activity").
 */
export interface Words {
  fi: readonly string[];
  en: readonly string[];
}

export const GROUPS = [
  'identity',
  'admin',
  'dates',
  'applicant',
  'contact',
  'funding',
  'targets',
  'region',
  'indicators',
  'equality',
  'sustainability',
  'texts',
  'card',
] as const;
export type GroupId = (typeof GROUPS)[number];

/** A field's value as shown: one line, or list items. */
export type FieldValue = string | readonly string[] | null;

export interface FieldSpec {
  id: string;
  group: GroupId;
  label: Record<Lang, string>;
  words?: Words;
  qualifiers?: Words;
  weak?: Words;
  /** Record fields this one answers besides its own id (an explanation, the parts of an address). */
  covers?: readonly string[];
  /** Listed beside other fields only when the record holds it (not as "not in the data"). */
  quiet?: boolean;
  value: (record: ProjectRecord, lang: Lang) => FieldValue;
}

export interface GroupSpec {
  id: GroupId;
  words?: Words;
  weak?: Words;
  /** Answered when the group is asked for as a whole. */
  defaults: readonly string[];
}

const w = (fi: string[], en: string[]): Words => ({ fi, en });

function yesNo(answer: boolean | null, explanation: string | null, lang: Lang): FieldValue {
  if (answer == null && !explanation) return null;
  const head = answer == null ? null : say(lang, answer ? 'yes' : 'no');
  return [head, explanation].filter(Boolean).join(' – ');
}

const euros = (value: number | null, lang: Lang): FieldValue =>
  value == null ? null : formatEuros(value, lang);

function usedShare(realized: number | null, planned: number | null, lang: Lang): string {
  const share = shareOf(realized, planned);
  return share == null ? '' : ` (${say(lang, 'shareUsed')(formatPercent(share, lang))})`;
}

const FUND_NAMES: Record<string, Record<Lang, string>> = {
  ESR: { fi: 'ESR – Euroopan sosiaalirahasto', en: 'ESF – European Social Fund (ESR)' },
  EAKR: { fi: 'EAKR – Euroopan aluekehitysrahasto', en: 'ERDF – European Regional Development Fund (EAKR)' },
};

const list = (items: readonly string[]): FieldValue => (items.length ? items : null);
const place = (parts: ReadonlyArray<string | null>): FieldValue => {
  const [street, postcode, city] = parts;
  const line = [street, [postcode, city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return line || null;
};

export const GROUP_TABLE: readonly GroupSpec[] = [
  { id: 'identity', defaults: ['name', 'code'] },
  { id: 'admin', defaults: ['fund', 'priorityAxis', 'specificObjective', 'authority'] },
  {
    id: 'dates',
    words: w(
      ['aikataulu', 'aikaväli', 'ajankohta', 'aika'],
      ['period', 'schedule', 'timeframe', 'time frame', 'dates', 'timeline'],
    ),
    weak: w(['=milloin', '=koska'], ['when']),
    defaults: ['period.start', 'period.end', 'status'],
  },
  {
    id: 'applicant',
    words: w(
      [
        'toteuttaja',
        'hakea',
        'hakija',
        'organisaatio',
        'hallinnoija',
        'hallinnoida',
        'toteuttaa',
        'päätoteuttaja',
        'taho',
        'tuensaaja',
        'järjestäjä',
      ],
      [
        'organisation',
        'organization',
        'applicant',
        // Not "applied" alone: "university of applied sciences" is an organisation.
        'applied for',
        'beneficiary',
        'implementer',
        'implemented',
        'ran',
        'runs',
        'run by',
        'carried out',
        'behind',
        'organiser',
        'organizer',
        'coordinator',
        'lead partner',
      ],
    ),
    defaults: ['applicant.name', 'applicant.orgType', 'card.implementers'],
  },
  {
    id: 'contact',
    words: w(
      [
        'yhteyshenkilö',
        'vetää',
        'yhteystieto',
        'yhteyshlö',
        'vastuuhenkilö',
        'projektipäällikkö',
        'hankevetäjä',
        'vetäjä',
        'hankekoordinaattori',
        'koordinaattori',
        'tavoittaa',
        'ottaa yhteyttä',
        'kysyä',
        'vastata',
      ],
      [
        'contact',
        'contacts',
        'contact person',
        'project manager',
        'manager',
        'coordinator',
        'in charge',
        'responsible',
        'reach',
        'get in touch',
        'talk to',
        'ask',
        'leads',
        'lead',
        'head',
      ],
    ),
    weak: w(['=kuka', '=kenen', '=keneen', '=keneltä', '=kehen'], ['who', 'whom', 'whose']),
    defaults: ['contact.name', 'contact.title', 'contact.email', 'contact.phone'],
  },
  {
    id: 'funding',
    words: w(
      [
        'rahoitus',
        'raha',
        'budjetti',
        'euro',
        '€',
        'tuki',
        'avustus',
        'kustannus',
        'rahamäärä',
        'summa',
        'rahoittaa',
        'maksaa',
        'kulu',
        'maksu',
        'miljoona',
        'rahoitusosuus',
      ],
      [
        'funding',
        'funds',
        'funded',
        'money',
        'budget',
        'euros',
        'eur',
        'cost',
        'costs',
        'grant',
        'financing',
        'finance',
        'amount',
        'paid',
        'worth',
        'cash',
        'million',
      ],
    ),
    weak: w(['=paljonko', '=kuinka paljon', '=paljon'], ['how much', 'much']),
    defaults: [
      'funding.grantedEuState',
      'funding.realizedEuState',
      'funding.plannedPublicTotal',
      'funding.realizedPublicTotal',
    ],
  },
  {
    id: 'targets',
    words: w(
      ['kohderyhmä', 'kohdeyleisö', 'hyödynsaaja', 'kohdistua', 'tarkoitettu', 'palvella', 'hyötyä'],
      [
        'target group',
        'target groups',
        'targets',
        'target',
        'targeted',
        'audience',
        'beneficiaries',
        'served',
        'serve',
        'aimed at',
        'for whom',
        'meant for',
        'intended for',
        'benefit',
      ],
    ),
    weak: w(['=kenelle', '=keille', '=ketkä', '=ketä', '=kelle'], ['whom', 'who']),
    defaults: ['targetGroups.primary', 'targetGroups.indirect'],
  },
  {
    id: 'region',
    words: w(
      ['alue', 'toiminta-alue', 'paikkakunta', 'sijainti', 'sijaita'],
      ['region', 'regions', 'area', 'areas', 'located', 'location', 'where', 'place', 'places'],
    ),
    weak: w(['=missä', '=mistä', '=minne', '=mis', '=mist', '=missäpäin'], []),
    defaults: ['region.provinces', 'region.municipalities'],
  },
  {
    id: 'indicators',
    words: w(
      ['indikaattori', 'tavoitearvo', 'tavoitemäärä'],
      ['indicator', 'indicators', 'target value', 'targets set'],
    ),
    weak: w(['=montako', '=kuinka monta', '=moniko'], ['how many']),
    defaults: ['indicators.personsPlanned', 'indicators.companiesPlanned', 'indicators.companiesRealized'],
  },
  {
    id: 'equality',
    words: w(
      ['tasa-arvo', 'sukupuoli', 'sukupuolten', 'tasa-arvoinen', 'sukupuolivaikutus'],
      ['gender', 'equality', 'gender equality', 'equal opportunities'],
    ),
    defaults: ['equality.analysisDone', 'equality.mainstreamed', 'equality.mainGoal'],
  },
  {
    id: 'sustainability',
    words: w(
      [
        'kestävä',
        'kestävyys',
        'ympäristö',
        'ilmasto',
        'hiilineutraali',
        'luonnonvara',
        'ympäristövaikutus',
        'vihreä',
      ],
      [
        'sustainability',
        'sustainable',
        'environment',
        'environmental',
        'climate',
        'green',
        'carbon',
        'ecological',
      ],
    ),
    defaults: ['sustainability'],
  },
  { id: 'texts', defaults: ['summary'] },
  { id: 'card', defaults: ['card.goals', 'card.results'] },
];

export const FIELD_TABLE: readonly FieldSpec[] = [
  {
    id: 'code',
    group: 'identity',
    label: { fi: 'hankekoodi', en: 'project code' },
    words: w(
      ['hankekoodi', 'koodi', 'projektikoodi', 's-numero', 'hankenumero', 'tunniste'],
      ['code', 'project code', 'project number', 'project id', 'identifier'],
    ),
    value: (r) => r.code,
  },
  {
    id: 'name',
    group: 'identity',
    label: { fi: 'nimi', en: 'name' },
    words: w(['nimi', 'nimetä', 'kutsua'], ['name', 'called', 'title']),
    value: (r) => r.name,
  },
  {
    id: 'fund',
    group: 'admin',
    label: { fi: 'rahasto', en: 'fund' },
    words: w(
      ['rahasto', 'rakennerahasto', 'ohjelma'],
      ['fund', 'which fund', 'structural fund', 'programme'],
    ),
    value: (r, lang) => (r.fund ? (FUND_NAMES[r.fund]?.[lang] ?? r.fund) : null),
  },
  {
    id: 'priorityAxis',
    group: 'admin',
    label: { fi: 'toimintalinja', en: 'priority axis' },
    words: w(['toimintalinja', 'linja'], ['priority axis', 'axis', 'priority']),
    value: (r) => r.priorityAxis,
  },
  {
    id: 'specificObjective',
    group: 'admin',
    label: { fi: 'erityistavoite', en: 'specific objective' },
    words: w(['erityistavoite'], ['specific objective', 'specific goal']),
    value: (r) => r.specificObjective,
  },
  {
    id: 'authority',
    group: 'admin',
    label: { fi: 'vastuuviranomainen', en: 'managing authority' },
    words: w(
      [
        'vastuuviranomainen',
        'viranomainen',
        'ely-keskus',
        'ely',
        'välittävä toimielin',
        'rahoittaja',
        'myöntäjä',
        'kuka rahoittaa',
        'kenen rahoittama',
        'mikä taho rahoittaa',
      ],
      [
        'authority',
        'managing authority',
        'responsible authority',
        'ely centre',
        'ely center',
        'ely',
        'funder',
        'who funded',
        'funded by',
        'intermediate body',
      ],
    ),
    value: (r) => r.authority ?? r.card?.funder ?? null,
  },
  {
    id: 'status',
    group: 'dates',
    label: { fi: 'tila', en: 'status' },
    words: w(
      [
        'tila',
        'tilanne',
        '=käynnissä',
        '=toiminnassa',
        'meneillään',
        'vielä',
        'edelleen',
        '=päättynyt',
        '=loppunut',
        'valmis',
      ],
      ['status', 'state', 'running', 'ongoing', 'still', 'over', 'finished', 'completed', 'closed', 'live'],
    ),
    value: (r) => r.status,
  },
  {
    id: 'period.start',
    group: 'dates',
    label: { fi: 'alkamispäivä', en: 'start date' },
    words: w(
      [
        'alkaa',
        'alku',
        'aloittaa',
        'aloitus',
        'alkamispäivä',
        'käynnistyä',
        'käynnistää',
        'alkamisaika',
        'aloituspäivä',
        'alkuvuosi',
        'aloitusvuosi',
        'alkamisvuosi',
      ],
      [
        'start',
        'starts',
        'started',
        'starting',
        'begin',
        'began',
        'begun',
        'beginning',
        'launched',
        'launch',
        'kick off',
        'kicked off',
        'commenced',
        'start date',
      ],
    ),
    value: (r, lang) => (r.period.start ? formatDate(r.period.start, lang) : null),
  },
  {
    id: 'period.end',
    group: 'dates',
    label: { fi: 'päättymispäivä', en: 'end date' },
    words: w(
      [
        'päättyä',
        'loppua',
        'päättymispäivä',
        'loppu',
        'päättymisaika',
        'valmistua',
        'päättää',
        'sulkeutua',
        'päättymisvuosi',
        'loppupäivä',
      ],
      [
        'end',
        'ends',
        'ended',
        'ending',
        'finish',
        'finishes',
        'wrap up',
        'wrapped up',
        'close',
        'closes',
        'conclude',
        'concluded',
        'end date',
        'until',
      ],
    ),
    value: (r, lang) => (r.period.end ? formatDate(r.period.end, lang) : null),
  },
  {
    id: 'period',
    covers: ['period.start', 'period.end'],
    group: 'dates',
    label: { fi: 'toteutusaika', en: 'period' },
    words: w(
      ['kesto', 'kestää', 'toteutusaika', 'kestoaika'],
      ['duration', 'how long', 'last', 'lasted', 'length'],
    ),
    value: (r, lang) => formatPeriod(r.period.start, r.period.end, lang),
  },
  {
    id: 'applicant.name',
    group: 'applicant',
    label: { fi: 'toteuttaja', en: 'organisation' },
    qualifiers: w(['nimi', 'virallinen'], ['name', 'official', 'which', 'who']),
    value: (r) => r.applicant.name,
  },
  {
    id: 'applicant.orgType',
    group: 'applicant',
    label: { fi: 'organisaatiotyyppi', en: 'organisation type' },
    words: w(
      ['organisaatiotyyppi', 'organisaatiomuoto'],
      [
        'organisation type',
        'organization type',
        'type of organisation',
        'type of organization',
        'kind of organisation',
        'kind of organization',
      ],
    ),
    qualifiers: w(['tyyppi', 'muoto', 'laji'], ['type', 'kind', 'sort']),
    value: (r) => r.applicant.orgType,
  },
  {
    id: 'applicant.businessId',
    group: 'applicant',
    label: { fi: 'Y-tunnus', en: 'business ID' },
    words: w(
      ['y-tunnus', 'ytunnus', 'yritystunnus', 'y tunnus'],
      [
        'business id',
        'business-id',
        'company id',
        'business identity code',
        'y-tunnus',
        'registration number',
        'vat number',
      ],
    ),
    qualifiers: w(['tunnus'], ['id']),
    value: (r) => r.applicant.businessId,
  },
  {
    id: 'applicant.street',
    covers: ['applicant.street'],
    group: 'applicant',
    label: { fi: 'osoite', en: 'address' },
    words: w(
      ['osoite', 'katuosoite', 'postiosoite', 'jakeluosoite', 'käyntiosoite'],
      ['address', 'street', 'postal address', 'street address', 'mailing address'],
    ),
    value: (r) => place([r.applicant.street, r.applicant.postcode, r.applicant.city]),
  },
  {
    id: 'applicant.postcode',
    group: 'applicant',
    label: { fi: 'postinumero', en: 'postcode' },
    words: w(['postinumero'], ['postcode', 'post code', 'postal code', 'zip', 'zip code']),
    value: (r) => r.applicant.postcode,
  },
  {
    id: 'applicant.city',
    group: 'applicant',
    label: { fi: 'postitoimipaikka', en: 'city' },
    words: w(['postitoimipaikka', 'kotipaikka', 'kotikunta'], ['city', 'home town', 'hometown', 'based']),
    qualifiers: w(['kaupunki', 'kunta', 'paikkakunta'], ['town']),
    value: (r) => r.applicant.city,
  },
  {
    id: 'applicant.phone',
    group: 'applicant',
    label: { fi: 'organisaation puhelin', en: "organisation's phone" },
    words: w(['vaihde'], ['switchboard']),
    qualifiers: w(
      ['puhelin', 'puhelinnumero', 'numero', 'puh', 'soittaa'],
      ['phone', 'telephone', 'number', 'call'],
    ),
    value: (r) => r.applicant.phone,
  },
  {
    id: 'applicant.website',
    group: 'applicant',
    label: { fi: 'verkkosivu', en: 'website' },
    words: w(
      [
        'verkkosivu',
        'kotisivu',
        'nettisivu',
        'www-osoite',
        'www',
        'sivusto',
        'verkko-osoite',
        'netti',
        'internetsivu',
        'websivu',
        'sivu',
      ],
      ['website', 'web site', 'web page', 'webpage', 'homepage', 'home page', 'url', 'site', 'www', 'online'],
    ),
    value: (r) => r.applicant.website,
  },
  {
    id: 'contact.name',
    group: 'contact',
    label: { fi: 'yhteyshenkilö', en: 'contact person' },
    qualifiers: w(['nimi', 'henkilö'], ['name', 'person']),
    value: (r) => r.contact.name,
  },
  {
    id: 'contact.title',
    group: 'contact',
    label: { fi: 'tehtävä', en: 'role' },
    words: w(
      ['asema', 'titteli', 'nimike', 'tehtävänimike', 'virka', 'ammattinimike'],
      ['job title', 'role', 'position', 'title of', 'job'],
    ),
    qualifiers: w(['tehtävä', 'rooli'], ['title']),
    value: (r) => r.contact.title,
  },
  {
    id: 'contact.email',
    group: 'contact',
    label: { fi: 'sähköposti', en: 'email' },
    words: w(
      ['sähköposti', 'sposti', 'sähköpostiosoite', 'email', 'e-mail', 'meili', 'maili', 'mail', 's-posti'],
      ['email', 'e-mail', 'mail', 'email address', 'e-mail address', 'mail address'],
    ),
    value: (r) => r.contact.email,
  },
  {
    id: 'contact.phone',
    group: 'contact',
    label: { fi: 'puhelin', en: 'phone' },
    words: w(
      ['puhelin', 'puhelinnumero', 'puh', 'numero', 'soittaa', 'kännykkä', 'gsm', 'puhnro', 'nro'],
      ['phone', 'phone number', 'telephone', 'number', 'call', 'ring', 'mobile', 'tel'],
    ),
    value: (r) => r.contact.phone,
  },
  {
    id: 'applicantArrangement',
    group: 'admin',
    label: { fi: 'hakijat / tuensiirto', en: 'applicants / support transfer' },
    words: w(
      [
        'tuensiirto',
        'tuensiirtomenettely',
        'hakijoiden lukumäärä',
        'yksi hakija',
        'useampi hakija',
        'hakijamäärä',
        'yhteishanke',
        'osatoteuttaja',
        'kumppani',
        'tulonsiirto',
        'pienhanke',
      ],
      [
        'support transfer',
        'transfer of support',
        'co-applicant',
        'co-applicants',
        'partners',
        'partner',
        'joint project',
        'number of applicants',
        'single applicant',
        'one applicant',
        'several applicants',
        'co-implementers',
        'co-implementer',
        'applicants',
        'sub-projects',
        'small grants',
      ],
    ),
    value: (r) => r.applicantArrangement,
  },
  {
    id: 'summary',
    group: 'texts',
    label: { fi: 'tiivistelmä', en: 'summary' },
    words: w(
      ['tiivistelmä', 'kuvaus', 'kyse', 'kyseessä', 'tarkoitus', 'idea', 'sisältö', 'yleiskuva', 'esittely'],
      ['summary', 'description', 'about', 'overview', 'purpose', 'idea'],
    ),
    // Verbs of telling ask for the summary only when nothing else is asked: "kerro KANTOn
    // yhteyshenkilö", "summarise the final report".
    weak: w(
      ['kertoa', 'kuvailla', 'tiivistää', 'selittää'],
      ['summarise', 'summarize', 'describe', 'tell', 'explain'],
    ),
    value: (r) => r.summary ?? r.card?.background ?? null,
  },
  {
    id: 'targetGroups.primary',
    covers: ['targetGroups'],
    group: 'targets',
    label: { fi: 'varsinaiset kohderyhmät', en: 'primary target groups' },
    qualifiers: w(
      ['varsinainen', 'ensisijainen', 'pää', 'suora', 'pääasiallinen'],
      ['primary', 'main', 'direct', 'principal', 'actual'],
    ),
    value: (r) => list(r.targetGroups.primary),
  },
  {
    id: 'targetGroups.indirect',
    group: 'targets',
    label: { fi: 'välilliset kohderyhmät', en: 'indirect target groups' },
    words: w(
      ['välillinen kohderyhmä'],
      ['indirect target group', 'indirect target groups', 'secondary target group'],
    ),
    qualifiers: w(['välillinen', 'epäsuora', 'toissijainen'], ['indirect', 'secondary', 'indirectly']),
    value: (r) => list(r.targetGroups.indirect),
  },
  {
    id: 'funding.grantedEuState',
    group: 'funding',
    label: { fi: 'myönnetty EU- ja valtion rahoitus', en: 'granted EU + state funding' },
    qualifiers: w(
      ['myönnetty', 'myöntää', 'saada', 'eu', 'valtio', 'eu-rahoitus', 'sai'],
      ['granted', 'awarded', 'got', 'get', 'receive', 'received', 'eu', 'state', 'given', 'allocated'],
    ),
    value: (r, lang) => euros(r.funding.grantedEuState, lang),
  },
  {
    id: 'funding.realizedEuState',
    group: 'funding',
    label: { fi: 'toteutunut EU- ja valtion rahoitus', en: 'realised EU + state funding' },
    qualifiers: w(
      ['toteutunut', 'toteutua', 'eu', 'valtio', 'käytetty', 'käyttää'],
      ['realised', 'realized', 'actual', 'eu', 'state', 'used', 'use', 'spent', 'spend'],
    ),
    value: (r, lang) => {
      const value = euros(r.funding.realizedEuState, lang);
      return value && `${value}${usedShare(r.funding.realizedEuState, r.funding.grantedEuState, lang)}`;
    },
  },
  {
    id: 'funding.plannedPublicTotal',
    group: 'funding',
    label: { fi: 'suunniteltu julkinen rahoitus yhteensä', en: 'planned total public funding' },
    qualifiers: w(
      ['suunniteltu', 'suunnitella', 'julkinen', 'budjetoitu', 'arvioitu', 'alkuperäinen'],
      ['planned', 'public', 'budgeted', 'estimated', 'original', 'plan'],
    ),
    value: (r, lang) => euros(r.funding.plannedPublicTotal, lang),
  },
  {
    id: 'funding.realizedPublicTotal',
    group: 'funding',
    label: { fi: 'toteutunut julkinen rahoitus yhteensä', en: 'realised total public funding' },
    qualifiers: w(
      [
        'toteutunut',
        'toteutua',
        'julkinen',
        'käytetty',
        'käyttää',
        'kulua',
        'kuluttaa',
        'mennä',
        'yhteensä',
        'lopullinen',
      ],
      [
        'realised',
        'realized',
        'actual',
        'public',
        'used',
        'spent',
        'spend',
        'use',
        'total',
        'final',
        'in total',
        'went',
      ],
    ),
    value: (r, lang) => {
      const value = euros(r.funding.realizedPublicTotal, lang);
      return (
        value && `${value}${usedShare(r.funding.realizedPublicTotal, r.funding.plannedPublicTotal, lang)}`
      );
    },
  },
  {
    id: 'funding.used',
    group: 'funding',
    label: { fi: 'käyttöaste', en: 'share used' },
    words: w(
      ['käyttöaste', 'käyttöprosentti', 'toteutumisaste', 'prosentti'],
      ['share used', 'percentage', 'percent', 'utilisation', 'utilization', 'proportion', 'share'],
    ),
    qualifiers: w(['osuus'], ['%']),
    value: (r, lang) => {
      const publicShare = shareOf(r.funding.realizedPublicTotal, r.funding.plannedPublicTotal);
      const euShare = shareOf(r.funding.realizedEuState, r.funding.grantedEuState);
      const parts = [
        publicShare == null ? null : say(lang, 'shareOfPlanned')(formatPercent(publicShare, lang)),
        euShare == null ? null : say(lang, 'shareOfGranted')(formatPercent(euShare, lang)),
      ].filter((part): part is string => !!part);
      return parts.length ? formatList(parts, lang) : null;
    },
  },
  {
    id: 'region.provinces',
    group: 'region',
    label: { fi: 'maakunnat', en: 'regions' },
    words: w(['maakunta'], ['province', 'provinces', 'county']),
    value: (r) => list(r.region.provinces),
  },
  {
    id: 'region.subRegions',
    group: 'region',
    label: { fi: 'seutukunnat', en: 'sub-regions' },
    words: w(['seutukunta', 'seutu'], ['sub-region', 'sub-regions', 'subregion', 'subregions']),
    value: (r) => list(r.region.subRegions),
  },
  {
    id: 'region.municipalities',
    group: 'region',
    label: { fi: 'kunnat', en: 'municipalities' },
    words: w(['kunta', 'kaupunki'], ['municipality', 'municipalities', 'town', 'towns', 'cities']),
    value: (r) => list(r.region.municipalities),
  },
  {
    id: 'location',
    covers: ['location.street', 'location.postcode', 'location.city'],
    group: 'region',
    label: { fi: 'toteutuspaikka', en: 'place of implementation' },
    words: w(
      ['toteutuspaikka', 'toimipaikka', 'toimitila', 'tila-osoite'],
      ['place of implementation', 'premises', 'venue', 'site address'],
    ),
    value: (r) => (r.location ? place([r.location.street, r.location.postcode, r.location.city]) : null),
  },
  {
    id: 'indicators.personsPlanned',
    group: 'indicators',
    label: { fi: 'osallistujia (suunniteltu)', en: 'participants (planned)' },
    words: w(
      ['osallistuja', 'osallistujamäärä', 'henkilömäärä', 'asiakas', 'asiakasmäärä'],
      ['participants', 'participant', 'people', 'persons', 'individuals', 'attendees', 'clients'],
    ),
    qualifiers: w(
      ['henkilö', 'suunniteltu', 'suunnitella', 'tavoite', 'tavoitella'],
      ['person', 'planned', 'target', 'aimed'],
    ),
    value: (r, lang) =>
      r.indicators.personsPlanned == null ? null : formatInteger(r.indicators.personsPlanned, lang),
  },
  {
    id: 'indicators.companiesPlanned',
    group: 'indicators',
    label: { fi: 'yrityksiä (suunniteltu)', en: 'companies (planned)' },
    words: w(
      ['yritys', 'yritysmäärä', 'pk-yritys'],
      ['companies', 'company', 'firms', 'businesses', 'enterprises', 'smes'],
    ),
    qualifiers: w(['suunniteltu', 'suunnitella', 'tavoite', 'tavoitella'], ['planned', 'target', 'aimed']),
    value: (r, lang) =>
      r.indicators.companiesPlanned == null ? null : formatInteger(r.indicators.companiesPlanned, lang),
  },
  {
    id: 'indicators.companiesRealized',
    group: 'indicators',
    label: { fi: 'yrityksiä (toteutunut)', en: 'companies (realised)' },
    // The same words as the planned figure: a qualifier tells which of the two is asked.
    words: w(
      ['yritys', 'yritysmäärä', 'pk-yritys'],
      ['companies', 'company', 'firms', 'businesses', 'enterprises', 'smes'],
    ),
    qualifiers: w(
      ['toteutunut', 'toteutua', 'mukana', 'osallistua', 'lopulta'],
      ['realised', 'realized', 'actual', 'actually', 'took part', 'involved', 'reached'],
    ),
    value: (r, lang) =>
      r.indicators.companiesRealized == null ? null : formatInteger(r.indicators.companiesRealized, lang),
  },
  {
    id: 'equality.analysisDone',
    covers: ['equality.analysisExplanation'],
    group: 'equality',
    label: { fi: 'sukupuolivaikutusten arviointi tehty', en: 'gender impact analysis done' },
    words: w(
      ['sukupuolivaikutusten arviointi', 'tasa-arvoanalyysi', 'analyysi'],
      ['gender analysis', 'impact analysis', 'analysis', 'assessment', 'analysed', 'assessed'],
    ),
    qualifiers: w(['arviointi', 'arvioida', 'selvittää'], ['evaluate', 'evaluated']),
    value: (r, lang) => yesNo(r.equality.analysisDone, r.equality.analysisExplanation, lang),
  },
  {
    id: 'equality.mainstreamed',
    covers: ['equality.mainstreamedExplanation'],
    group: 'equality',
    label: { fi: 'tasa-arvo valtavirtaistettu', en: 'gender equality mainstreamed' },
    words: w(
      ['valtavirtaistaminen', 'valtavirtaistaa', 'sukupuolinäkökulma'],
      ['mainstreaming', 'mainstreamed', 'mainstream', 'gender perspective'],
    ),
    qualifiers: w(
      ['huomioida', 'ottaa huomioon', 'edistää', 'näkyä'],
      ['considered', 'taken into account', 'promote', 'promoted', 'promotes', 'account'],
    ),
    value: (r, lang) => yesNo(r.equality.mainstreamed, r.equality.mainstreamedExplanation, lang),
  },
  {
    id: 'equality.mainGoal',
    covers: ['equality.mainGoalExplanation'],
    group: 'equality',
    label: { fi: 'tasa-arvo päätavoitteena', en: 'gender equality as the main goal' },
    words: w(['päätavoite'], ['main goal', 'main aim', 'primary goal', 'main objective']),
    qualifiers: w(['tavoite', 'pää'], ['goal', 'aim', 'objective']),
    value: (r, lang) => yesNo(r.equality.mainGoal, r.equality.mainGoalExplanation, lang),
  },
  {
    id: 'sustainability',
    group: 'sustainability',
    covers: [
      'sustainability.group',
      'sustainability.criterion',
      'sustainability.direct',
      'sustainability.indirect',
      'sustainability.note',
    ],
    label: {
      fi: 'kestävän kehityksen arviot (suora / välillinen, 0–10)',
      en: 'sustainability scores (direct / indirect, 0–10)',
    },
    words: w(
      ['pisteet', 'pisteytys', 'kriteeri', 'arvio', 'vaikutus'],
      ['score', 'scores', 'criteria', 'criterion', 'rating', 'ratings', 'impact'],
    ),
    value: (r, lang) =>
      r.sustainability.length
        ? r.sustainability.map(
            (s) =>
              `${s.criterion}: ${say(lang, 'scores')(String(s.direct ?? '–'), String(s.indirect ?? '–'))}${s.note ? ` (${s.note})` : ''}`,
          )
        : null,
  },
  {
    id: 'finalReport',
    group: 'texts',
    label: { fi: 'loppuraportti', en: 'final report' },
    words: w(
      [
        'loppuraportti',
        'loppuraportointi',
        'tulos',
        'saavutus',
        'saavuttaa',
        'aikaansaannos',
        'onnistua',
        'lopputulos',
        'saada aikaan',
        // The past forms as written too: the built-in analyser does not take "sai" to "saada".
        '=sai aikaan',
        '=saivat aikaan',
        '=saatiin aikaan',
        'raportti',
        'vaikuttavuus',
      ],
      [
        'final report',
        'report',
        'achieve',
        'achieved',
        'achievements',
        'accomplish',
        'accomplished',
        'outcome',
        'outcomes',
        'results',
        'result',
        'succeed',
        'succeeded',
        'impact',
        'impacts',
      ],
    ),
    value: (r) => r.finalReport ?? r.card?.results ?? null,
  },
  {
    id: 'card.background',
    group: 'card',
    label: { fi: 'tausta', en: 'background' },
    words: w(
      ['tausta', 'edeltää', 'edeltäjä', 'edellinen', 'aiempi', 'lähtökohta', 'syy'],
      [
        'background',
        'came before',
        'what was before',
        'predecessor',
        'preceded',
        'previous',
        'earlier',
        'prior',
        'origin',
        'why',
      ],
    ),
    value: (r) => r.card?.background ?? null,
  },
  {
    id: 'card.goals',
    covers: ['card'],
    group: 'card',
    label: { fi: 'tavoitteet', en: 'goals' },
    words: w(
      ['tavoite', 'tavoitella', 'pyrkiä', 'päämäärä'],
      ['goal', 'goals', 'aim', 'aims', 'aimed', 'objective', 'objectives', 'intended', 'trying'],
    ),
    value: (r) => r.card?.goals ?? r.summary ?? null,
  },
  {
    id: 'card.approach',
    group: 'card',
    label: { fi: 'toimintatapa', en: 'approach' },
    words: w(
      ['toimintatapa', 'menetelmä', 'keino', 'toimenpide', 'toteutustapa', 'työtapa'],
      ['approach', 'method', 'methods', 'how did', 'activities', 'measures', 'way of working', 'model'],
    ),
    weak: w(['=miten', '=kuinka'], ['how']),
    value: (r) => r.card?.approach ?? null,
  },
  {
    id: 'card.outputs',
    group: 'card',
    label: { fi: 'tuotokset', en: 'outputs' },
    words: w(
      ['tuotos', 'julkaisu', 'materiaali', 'tuote', 'opas', 'vihkonen', 'video', 'tuottaa'],
      [
        'output',
        'outputs',
        'deliverable',
        'deliverables',
        'publication',
        'publications',
        'material',
        'materials',
        'produce',
        'produced',
        'guide',
        'booklet',
        'videos',
      ],
    ),
    value: (r) => list(r.card?.outputs ?? []),
  },
  {
    id: 'card.practices',
    group: 'card',
    label: { fi: 'lupaavat käytännöt', en: 'promising practices' },
    words: w(
      ['käytäntö', 'hyvä käytäntö', 'lupaava'],
      ['practice', 'practices', 'good practice', 'best practice', 'promising'],
    ),
    value: (r) => r.card?.practices ?? null,
  },
  {
    id: 'card.results',
    group: 'card',
    label: { fi: 'muut tulokset ja vaikutukset', en: 'other results and effects' },
    words: w(['vaikutus', 'tulos', 'hyöty'], ['effects', 'effect', 'results', 'benefits']),
    value: (r) => r.card?.results ?? null,
  },
  {
    id: 'card.dissemination',
    group: 'card',
    label: { fi: 'levittäminen ja juurrutus', en: 'dissemination and embedding' },
    words: w(
      ['levittäminen', 'levittää', 'juurrutus', 'juurruttaa', 'jatko', 'jatkorahoitus', 'jatkua', 'käyttöön'],
      [
        'dissemination',
        'disseminate',
        'disseminated',
        'embedding',
        'embedded',
        'continuation',
        'continue',
        'continued',
        'follow-up funding',
        'spread',
        'legacy',
      ],
    ),
    value: (r) => r.card?.dissemination ?? null,
  },
  {
    id: 'card.remarks',
    group: 'card',
    label: { fi: 'erityishuomiot ja ongelmat', en: 'remarks and problems' },
    words: w(
      ['erityishuomio', 'ongelma', 'haaste', 'vaikeus', 'huomio', 'kehittämistyö'],
      [
        'remarks',
        'remark',
        'problem',
        'problems',
        'challenge',
        'challenges',
        'difficulties',
        'issues',
        'lessons',
      ],
    ),
    value: (r) => r.card?.remarks ?? null,
  },
  {
    id: 'card.relatedCodes',
    group: 'card',
    label: { fi: 'liittyvät hankkeet', en: 'related projects' },
    words: w(
      ['liittyvä', 'sisarhanke', 'jatkohanke', 'esiselvitys', 'esiselvityshanke', 'aiempi hanke', 'edeltävä'],
      [
        'related',
        'linked',
        'sister project',
        'follow-up project',
        'preceding',
        'predecessor',
        'predecessors',
        'other projects',
        'connected',
      ],
    ),
    value: (r) => list(r.card?.relatedCodes ?? []),
  },
  {
    id: 'card.links',
    group: 'card',
    label: { fi: 'linkit', en: 'links' },
    words: w(['linkki', 'lähde', 'verkkolinkki'], ['link', 'links', 'source', 'sources']),
    value: (r) => list(r.card?.links ?? []),
  },
  {
    id: 'card.implementers',
    group: 'applicant',
    label: { fi: 'toteuttajat (kortti)', en: 'implementers (card)' },
    words: w(
      ['toteuttajat', 'osatoteuttaja', 'kumppani', 'yhteistyökumppani', 'kumppaniorganisaatio'],
      ['implementers', 'partners', 'partner', 'co-implementer', 'co-implementers', 'partner organisations'],
    ),
    // One implementer says nothing the organisation field does not.
    quiet: true,
    value: (r) => ((r.card?.implementers.length ?? 0) > 1 ? list(r.card?.implementers ?? []) : null),
  },
  {
    id: 'card.funder',
    group: 'card',
    label: { fi: 'rahoittaja (kortti)', en: 'funder (card)' },
    words: w(['rahoittaja'], ['funder', 'funded by', 'financier']),
    value: (r) => r.card?.funder ?? null,
  },
];

export type FieldId = (typeof FIELD_TABLE)[number]['id'];

const byId = new Map(FIELD_TABLE.map((field) => [field.id, field]));
const groupById = new Map(GROUP_TABLE.map((group) => [group.id, group]));

export function fieldSpec(id: string): FieldSpec {
  const field = byId.get(id);
  if (!field) throw new Error(`unknown field ${id}`);
  return field;
}

export function groupSpec(id: GroupId): GroupSpec {
  return groupById.get(id) as GroupSpec;
}

/** True when a field's value is empty for this record. */
export function isEmptyValue(value: FieldValue): boolean {
  return value == null || (Array.isArray(value) && value.length === 0);
}
