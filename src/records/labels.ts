/**
 * The Finnish labels of the EURA 2014 description and project-card formats, in one table next to the
 * parsers. The parser, the printer and the diagnostics all read from here, so a label is spelled once.
 */

export const DESCRIPTION_TITLES = {
  ESR: 'Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus',
  EAKR: 'Euroopan aluekehitysrahaston (EAKR) rahoittaman hankkeen kuvaus',
} as const;

export const DESCRIPTION_BANNER = 'Euroopan unioni Vipuvoimaa EU:lta';

/** Section headers of a description, keyed by their number. */
export const SECTIONS = {
  project: { number: '1', title: 'Hanke' },
  applicant: { number: '2', title: 'Hakijan perustiedot' },
  summary: { number: '3', title: 'Suunnitelman mukainen tiivistelmä toteutuksesta' },
  targets: { number: '4', title: 'Hankkeen kohderyhmät' },
  targetsPrimary: { number: '4.1', title: 'Varsinaiset kohderyhmät' },
  targetsIndirect: { number: '4.2', title: 'Välilliset kohderyhmät' },
  funding: { number: '5', title: 'Projektin julkinen rahoitus, euroa' },
  region: { number: '6', title: 'Maantieteellinen kohdealue' },
  indicators: {
    number: '7',
    title: 'Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista',
  },
  companies: { number: '7.1', title: 'Osallistuvien yritysten lukumäärä' },
  persons: { number: '7.2', title: 'Osallistuvien henkilöiden lukumäärä' },
  principles: { number: '8', title: 'Horisontaaliset periaatteet' },
  equality: { number: '8.1', title: 'Sukupuolten tasa-arvo' },
  sustainability: { number: '8.2', title: 'Kestävä kehitys' },
  finalReport: { number: '9', title: 'Loppuraportin tiivistelmä' },
} as const;
export type SectionKey = keyof typeof SECTIONS;

/** "Label: value" fields, by the section they stand in. */
export const FIELD_LABELS = {
  project: {
    code: 'Hankekoodi',
    name: 'Hankkeen nimi',
    priorityAxis: 'Toimintalinja',
    specificObjective: 'Erityistavoite',
    period: 'Suunnitelman mukainen toteutusaika',
    status: 'Toiminnan tila',
    authority: 'Vastuuviranomainen',
  },
  applicant: {
    name: 'Hakijan virallinen nimi',
    orgType: 'Organisaatiotyyppi',
    businessId: 'Y-tunnus',
    street: 'Jakeluosoite',
    phone: 'Puhelinnumero',
    postcode: 'Postinumero',
    city: 'Postitoimipaikka',
    website: 'WWW-osoite',
    contactName: 'Hankkeen yhteyshenkilön nimi',
    contactTitle: 'Yhteyshenkilön asema hakijaorganisaatiossa',
    contactEmail: 'Yhteyshenkilön sähköpostisoite',
    contactPhone: 'Yhteyshenkilön puhelinnumero',
    applicantArrangement: 'Hakijoiden lukumäärä tai tuen siirto -menettely',
  },
  funding: {
    grantedEuState: 'Myönnetty EU- ja valtion rahoitus',
    realizedEuState: 'Toteutunut EU- ja valtion rahoitus',
    plannedPublicTotal: 'Suunniteltu julkinen rahoitus yhteensä',
    realizedPublicTotal: 'Toteutunut julkinen rahoitus yhteensä',
  },
  region: {
    provinces: 'Maakunnat',
    subRegions: 'Seutukunnat',
    municipalities: 'Kunnat',
    street: 'Jakeluosoite',
    postcode: 'Postinumero',
    city: 'Postitoimipaikka',
  },
  companies: {
    planned: 'Suunniteltu',
    realized: 'Toteutunut seurantatietojen mukaan',
  },
  persons: {
    planned: 'Suunniteltu',
  },
} as const;

/** The line in section 6 that introduces the single-site address. */
export const LOCATION_INTRO = 'Toteutuspaikan osoite, jos hanke toteutetaan yhdessä paikassa';

/** The words around the two dates of the period field. */
export const PERIOD_WORDS = { start: 'Alkaa', end: 'ja päättyy' } as const;

/** Section 8.1: three yes/no questions, each followed by an explanation. */
export const EQUALITY_QUESTIONS = {
  analysisDone: 'Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta',
  mainstreamed: 'Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen)',
  mainGoal: 'Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen',
} as const;
export const YES = 'Kyllä';
export const NO = 'Ei';

/** Section 8.2: the column header, then three groups of criteria, fifteen in all. */
export const SUSTAINABILITY_HEADER = 'VälitönVälillinen';
export const SUSTAINABILITY_CRITERIA: ReadonlyArray<{ group: string; criteria: readonly string[] }> = [
  {
    group: 'Ekologinen kestävyys',
    criteria: [
      'Luonnonvarojen käytön kestävyys',
      'Ilmastonmuutoksen aiheuttamien riskien vähentäminen',
      'Kasvillisuus, eliöt ja luonnon monimuotoisuus',
      'Pinta- ja pohjavedet, maaperä sekä ilma (ja kasvihuonekaasujen väheneminen)',
      'Natura 2000 -ohjelman kohteet',
    ],
  },
  {
    group: 'Taloudellinen kestävyys',
    criteria: [
      'Materiaalit ja jätteet',
      'Uusiutuvien energialähteiden käyttö',
      'Paikallisen elinkeinorakenteen kestävä kehittäminen',
      'Aineettomien tuotteiden ja palvelujen kehittäminen',
      'Liikkuminen ja logistiikka',
    ],
  },
  {
    group: 'Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus',
    criteria: [
      'Hyvinvoinnin edistäminen',
      'Tasa-arvon edistäminen',
      'Yhteiskunnallinen ja kulttuurinen yhdenvertaisuus',
      'Kulttuuriympäristö',
      'Ympäristöosaaminen',
    ],
  },
];

/** Written for "no final report" in section 9. */
export const NO_FINAL_REPORT = '-';

/**
 * Project-card labels in the order they appear. PDF extraction breaks them over lines and
 * hyphenates them, so the card parser matches them on text with line breaks folded.
 */
export const CARD_LABELS = {
  identity: 'Hankkeen nimi, S-numero ja toteutusaika',
  funder: 'Rahoittaja ja toteutunut julkinen rahoitus',
  implementers: 'Toteuttajat',
  targets: 'Varsinaiset kohderyhmät',
  background: 'Hankkeen tausta',
  goals: 'Tavoitteet',
  approach: 'Toimintatapa',
  outputs: 'Tuotokset',
  practices: 'Lupaavat osallisuuden käytännöt ja palaset',
  results: 'Muut tulokset ja vaikutukset',
  dissemination: 'Levittäminen ja juurrutus',
  remarks: 'Erityishuomioita, kehittämistyön ongelmia',
} as const;
export type CardLabelKey = keyof typeof CARD_LABELS;

/** The project page in the EURA 2014 service. */
export function projectPageUrl(code: string): string {
  return `https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=${encodeURIComponent(code)}`;
}
