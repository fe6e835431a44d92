/**
 * The sentences of free-text answers in both languages, in one table beside `messages.ts` (the
 * views' labels and sentences). Counts go through `Intl.PluralRules`, so "1 hanke", "2 hanketta",
 * "1 project", "2 projects" come from one place.
 */
import { formatInteger, type Lang } from './format.ts';

const pluralRules: Record<Lang, Intl.PluralRules> = {
  fi: new Intl.PluralRules('fi-FI'),
  en: new Intl.PluralRules('en-GB'),
};

type Forms = Record<Lang, { one: string; other: string }>;

const NOUNS = {
  project: { fi: { one: 'hanke', other: 'hanketta' }, en: { one: 'project', other: 'projects' } },
  hit: { fi: { one: 'osuma', other: 'osumaa' }, en: { one: 'hit', other: 'hits' } },
  withoutData: {
    fi: { one: 'ilman tietoa', other: 'ilman tietoa' },
    en: { one: 'without data', other: 'without data' },
  },
} satisfies Record<string, Forms>;

/** "3 hanketta", "1 project". */
export function countOf(count: number, noun: keyof typeof NOUNS, lang: Lang): string {
  const forms = NOUNS[noun][lang];
  const form = pluralRules[lang].select(count) === 'one' ? forms.one : forms.other;
  return `${formatInteger(count, lang)} ${form}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type Sentence = string | ((...args: never[]) => string);

const table = {
  fieldIs: {
    fi: (project: string, label: string, value: string) => `${project}: ${label} on ${value}.`,
    en: (project: string, label: string, value: string) => `${project}: the ${label} is ${value}.`,
  },
  fieldList: {
    fi: (project: string, label: string) => `${project} – ${label}:`,
    en: (project: string, label: string) => `${project} – ${label}:`,
  },
  fieldMissing: {
    fi: (project: string, label: string) => `${project}: aineistossa ei ole tietoa kentästä ${label}.`,
    en: (project: string, label: string) => `${project}: the data does not give the ${label}.`,
  },
  noValue: { fi: 'ei tietoa aineistossa', en: 'not in the data' },
  topicNotInData: {
    fi: (topic: string, project: string) =>
      `Aineistossa ei ole tietoa aiheesta ”${topic}” hankkeelle ${project}. Hankkeen perustiedot:`,
    en: (topic: string, project: string) =>
      `The data says nothing about “${topic}” for ${project}. Its key facts:`,
  },
  topicAbsentButFields: {
    fi: (topic: string, project: string) =>
      `Aineistossa ei ole tietoa aiheesta ”${topic}” hankkeelle ${project}; kysytyt tiedot kokonaisuudessaan:`,
    en: (topic: string, project: string) =>
      `The data says nothing about “${topic}” for ${project}; what it holds of the asked fields:`,
  },
  keyFacts: { fi: 'Perustiedot', en: 'Key facts' },
  tookProject: {
    fi: (project: string, why: string) => `Tulkitsin kysymyksen koskevan hanketta ${project} (${why}).`,
    en: (project: string, why: string) => `I took the question to be about ${project} (${why}).`,
  },
  becauseDescription: {
    fi: 'ainoa kuvaukseen sopiva hanke',
    en: 'the one project that fits the description',
  },
  becauseContext: { fi: 'edellisen vastauksen hanke', en: 'the project of the previous answer' },
  becauseName: { fi: 'nimi sopii parhaiten', en: 'its name fits best' },
  otherCandidates: { fi: 'Myös nämä sopivat:', en: 'These fit too:' },
  fromTexts: { fi: 'Hankkeen teksteistä:', en: 'From the project texts:' },
  unknownName: {
    fi: (name: string) =>
      `Aineistossa ei ole mainintaa nimestä ”${name}”, joten en voi vastata. Kokeile hankkeen nimeä, koodia tai /haku.`,
    en: (name: string) =>
      `The data has no mention of “${name}”, so I cannot answer that. Try a project name, a code or /search.`,
  },
  nothingFound: {
    fi: 'En löytänyt aineistosta vastausta kysymykseen.',
    en: 'I could not find an answer to that in the data.',
  },
  nearest: { fi: 'Lähimmät hankkeet:', en: 'The nearest projects:' },
  whichProject: {
    fi: (words: string) =>
      `Mikään hanke ei ole nimeltään ”${words}”, joten en tiedä, minkä hankkeen tietoa kysyt. Sanat esiintyvät näiden hankkeiden teksteissä:`,
    en: (words: string) =>
      `No project is called “${words}”, so I cannot tell whose details you mean. The words appear in the texts of these projects:`,
  },
  tryAsking: {
    fi: 'Kokeile hakua: /haku <hakusanat>, tai kysy hankkeen nimellä tai koodilla.',
    en: 'Try a search: /search <words>, or ask by project name or code.',
  },
  otherHits: { fi: 'Muita osumia:', en: 'Other matches:' },
  noProjects: {
    fi: (scope: string) =>
      `Hankkeita ei löytynyt${scope ? ` (${scope})` : ''}. Kokeile väljempää kysymystä tai /haku.`,
    en: (scope: string) =>
      `No projects found${scope ? ` (${scope})` : ''}. Try a broader question or /search.`,
  },
  listHeading: {
    fi: (scope: string, count: string) => `${scope ? `${capitalize(scope)}: ` : ''}${count}:`,
    en: (scope: string, count: string) => `${scope ? `${capitalize(scope)}: ` : ''}${count}:`,
  },
  more: {
    fi: (count: number) => `…ja ${count} muuta. Tarkenna kysymystä tai käytä /haku.`,
    en: (count: number) => `…and ${count} more. Narrow the question or use /search.`,
  },
  most: {
    fi: (measure: string, project: string, value: string) => `Eniten (${measure}): ${project}, ${value}.`,
    en: (measure: string, project: string, value: string) => `The most (${measure}): ${project}, ${value}.`,
  },
  least: {
    fi: (measure: string, project: string, value: string) => `Vähiten (${measure}): ${project}, ${value}.`,
    en: (measure: string, project: string, value: string) => `The least (${measure}): ${project}, ${value}.`,
  },
  earliest: {
    fi: (what: string, project: string, value: string) => `Aikaisin (${what}): ${project}, ${value}.`,
    en: (what: string, project: string, value: string) => `The earliest (${what}): ${project}, ${value}.`,
  },
  latest: {
    fi: (what: string, project: string, value: string) => `Myöhäisin (${what}): ${project}, ${value}.`,
    en: (what: string, project: string, value: string) => `The latest (${what}): ${project}, ${value}.`,
  },
  compareMore: {
    fi: (measure: string, winner: string, value: string, other: string, otherValue: string) =>
      `${capitalize(measure)} on suurempi hankkeella ${winner} (${value}) kuin hankkeella ${other} (${otherValue}).`,
    en: (measure: string, winner: string, value: string, other: string, otherValue: string) =>
      `${winner} has the larger ${measure} (${value}) than ${other} (${otherValue}).`,
  },
  compareEqual: {
    fi: (measure: string, value: string) => `Molemmilla ${measure} on sama, ${value}.`,
    en: (measure: string, value: string) => `Both have the same ${measure}, ${value}.`,
  },
  average: {
    fi: (measure: string, value: string) => `Keskimäärin ${measure}: ${value} hanketta kohden.`,
    en: (measure: string, value: string) => `On average ${measure}: ${value} per project.`,
  },
  total: {
    fi: (scope: string, count: string, measure: string, value: string) =>
      `${scope ? `${capitalize(scope)}: ` : ''}${count}, ${measure} yhteensä ${value}.`,
    en: (scope: string, count: string, measure: string, value: string) =>
      `${scope ? `${capitalize(scope)}: ` : ''}${count}, ${measure} in total ${value}.`,
  },
  count: {
    fi: (scope: string, count: string) => `${scope ? `${capitalize(scope)}: ` : ''}${count}.`,
    en: (scope: string, count: string) => `${scope ? `${capitalize(scope)}: ` : ''}${count}.`,
  },
  // Scope words: how a collection's filters are stated.
  running: { fi: 'käynnissä', en: 'running' },
  ended: { fi: 'päättyneet', en: 'ended' },
  interrupted: { fi: 'keskeytetyt', en: 'interrupted' },
  inPlace: { fi: (places: string) => places, en: (places: string) => `in ${places}` },
  fundScope: { fi: (fund: string) => `${fund}-rahoitteiset`, en: (fund: string) => `funded by ${fund}` },
  orgScope: { fi: (types: string) => `toteuttajana ${types}`, en: (types: string) => `run by: ${types}` },
  authorityScope: {
    fi: (names: string) => `vastuuviranomainen ${names}`,
    en: (names: string) => `authority ${names}`,
  },
  startScope: { fi: 'alkaneet', en: 'started' },
  endScope: { fi: 'päättyneet', en: 'ended' },
  activeScope: { fi: 'käynnissä', en: 'active' },
  before: { fi: (year: string) => `ennen vuotta ${year}`, en: (year: string) => `before ${year}` },
  after: { fi: (year: string) => `vuoden ${year} jälkeen`, en: (year: string) => `after ${year}` },
  inYear: { fi: (year: string) => `vuonna ${year}`, en: (year: string) => `in ${year}` },
  between: {
    fi: (from: string, to: string) => `vuosina ${from}–${to}`,
    en: (from: string, to: string) => `in ${from}–${to}`,
  },
  over: { fi: (amount: string) => `yli ${amount}`, en: (amount: string) => `over ${amount}` },
  under: { fi: (amount: string) => `alle ${amount}`, en: (amount: string) => `under ${amount}` },
  topicScope: { fi: (words: string) => `aiheena ${words}`, en: (words: string) => `about ${words}` },
  project: { fi: 'Hanke', en: 'Project' },
  yes: { fi: 'kyllä', en: 'yes' },
  no: { fi: 'ei', en: 'no' },
  shareUsed: { fi: (share: string) => `${share} käytetty`, en: (share: string) => `${share} used` },
  shareOfPlanned: {
    fi: (share: string) => `${share} suunnitellusta julkisesta rahoituksesta`,
    en: (share: string) => `${share} of the planned public funding`,
  },
  shareOfGranted: {
    fi: (share: string) => `${share} myönnetystä EU- ja valtion rahoituksesta`,
    en: (share: string) => `${share} of the granted EU + state funding`,
  },
  scores: {
    fi: (direct: string, indirect: string) => `suora ${direct}, välillinen ${indirect}`,
    en: (direct: string, indirect: string) => `direct ${direct}, indirect ${indirect}`,
  },
  days: { fi: (days: string) => `${days} päivää`, en: (days: string) => `${days} days` },
  // The funding figures as totals name them ("…, toteutunut julkinen rahoitus yhteensä 1 M€").
  measureGrantedEuState: { fi: 'myönnetty EU- ja valtion rahoitus', en: 'granted EU + state funding' },
  measureRealizedEuState: { fi: 'toteutunut EU- ja valtion rahoitus', en: 'realised EU + state funding' },
  measurePlannedPublicTotal: { fi: 'suunniteltu julkinen rahoitus', en: 'planned total public funding' },
  measureRealizedPublicTotal: { fi: 'toteutunut julkinen rahoitus', en: 'realised total public funding' },
  // A project's dates.
  runs: {
    fi: (project: string, period: string) => `${project}: toteutusaika ${period}.`,
    en: (project: string, period: string) => `${project}: runs ${period}.`,
  },
  periodUnknown: { fi: 'ei tiedossa', en: 'unknown' },
  startedOn: { fi: (date: string) => `Alkoi ${date}.`, en: (date: string) => `Started ${date}.` },
  endsOn: { fi: (date: string) => `Päättyy ${date}.`, en: (date: string) => `Ends ${date}.` },
  statusIs: { fi: (status: string) => `Tila: ${status}.`, en: (status: string) => `Status: ${status}.` },
} satisfies Record<string, Record<Lang, Sentence>>;

export type AnswerKey = keyof typeof table;
type SentenceOf<K extends AnswerKey> = (typeof table)[K]['fi'];

/** The sentence `key` in `lang`; call the result when it takes arguments. */
export function say<K extends AnswerKey>(lang: Lang, key: K): SentenceOf<K> {
  return table[key][lang] as SentenceOf<K>;
}
