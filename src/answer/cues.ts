/**
 * The words that tell what a question asks, in Finnish and English. They are matched as prefixes of
 * the question's lower-cased tokens: Finnish inflects by adding to the end, so "rahoitu" catches
 * rahoitus, rahoituksen, rahoitusta. Cue words are also what the project resolver ignores.
 */
import type { Lang } from '../i18n/format.ts';

export type CueKind =
  | 'contact'
  | 'funding'
  | 'targets'
  | 'dates'
  | 'running'
  | 'ended'
  | 'summary'
  | 'aggregate'
  | 'count'
  | 'listing'
  | 'which'
  | 'breakdown';

/** Token prefixes per cue. A prefix ending in "$" must match the whole token. */
export const CUES: Record<CueKind, readonly string[]> = {
  contact: [
    'yhteyshenk',
    'yhteystie',
    'yhteyshlö',
    'puhelin',
    'puh$',
    'sähköpost',
    'sposti',
    'email',
    'e-mail',
    'mail$',
    'kuka$',
    'kenen$',
    'keneen',
    'vastaa$',
    'vastaava',
    'vetäjä',
    'soitta',
    'tavoitta',
    'contact',
    'phone',
    'call$',
    'who$',
    'runs$',
    'reach$',
    'manager',
    'leads$',
  ],
  funding: [
    'rahoitu',
    'raha',
    'paljon',
    'euro',
    '€',
    'budjet',
    'myönne',
    'myönty',
    'kustann',
    'maksoi',
    'käytti',
    'käyttän',
    'käytet',
    'funding',
    'funded',
    'money',
    'budget',
    'cost',
    'grant',
    'spen',
    'much$',
    'used$',
    'euros',
  ],
  targets: [
    'kohderyhm',
    'kenelle',
    'keille',
    'kohdistu',
    'target',
    'served$',
    'serve$',
    'audience',
    'beneficiar',
  ],
  dates: [
    'milloin',
    'alko',
    'alka',
    'aloit',
    'päätty',
    'päättä',
    'kesto',
    'kesti',
    'toteutusaik',
    'aikataul',
    'when$',
    'start',
    'began',
    'begin',
    'ended$',
    'end$',
    'ends$',
    'finish',
    'duration',
    'period',
    'long$',
    'schedule',
  ],
  running: [
    'käynniss',
    'toiminnass',
    'meneillä',
    'vielä',
    'running',
    'ongoing',
    'still$',
    'active',
    'current',
  ],
  ended: ['päättyneet', 'päättynei', 'loppunee', 'ended$', 'finished', 'completed', 'closed'],
  summary: [
    'kerro',
    'kuvaile',
    'kuvaus',
    'tiivistelm',
    'tavoit',
    'mistä$',
    'mitä$',
    'tarkoitu',
    'tulok',
    'tell$',
    'describe',
    'summary',
    'summar',
    'aim',
    'goal',
    'purpose',
    'about$',
    'objective',
    'result',
    'what$',
  ],
  aggregate: [
    'yhteensä',
    'summa',
    'keskim',
    'kaikkien',
    'kaikki',
    'total',
    'sum$',
    'average',
    'altogether',
    'combined',
    'overall',
  ],
  count: ['montako', 'monta$', 'lukumäär', 'määrä', 'many$', 'count', 'number$'],
  listing: [
    'hankkeita$',
    'hankkeet$',
    'hankkeista$',
    'hankkeiden$',
    'projekteja',
    'projektit$',
    'projects$',
    'list',
    'luettele',
    'näytä',
    'show$',
  ],
  which: ['mitkä$', 'mitä$', 'missä$', 'mikä$', 'which$', 'what$', 'where$'],
  breakdown: [
    'maakunnittain',
    'vuosittain',
    'tiloittain',
    'tyypeittäin',
    'organisaatiotyypeittäin',
    'per$',
    'by$',
    'each$',
    'jaoteltuna',
    'breakdown',
  ],
};

/** Words that name the kind of thing asked about but no particular project. */
export const GENERIC = [
  'hanke',
  'hankkee',
  'hankkei',
  'hankkeen',
  'hankkeessa',
  'hankkeita',
  'hankkeet',
  'projekti',
  'project',
  'hanketta',
  'hankkeelle',
  'hankkeella',
  'hankkeesta',
  'hankkeeseen',
  'oli',
  'ollut',
  'olivat',
  'ovat',
  'on$',
  'sai$',
  'saanut',
  'tehty',
  'tehtiin',
  'toimi',
  'toteut',
  'sen$',
  'did$',
  'does$',
  'do$',
  'is$',
  'are$',
  'was$',
  'were$',
  'the$',
  'in$',
  'for$',
  'much$',
  'many$',
  'have$',
  'has$',
  'had$',
  'get$',
  'got$',
  'make$',
  'made$',
  'still$',
  'there$',
  'ran$',
  'run$',
  'runs$',
  'took$',
  'place$',
];

function matches(token: string, prefix: string): boolean {
  return prefix.endsWith('$') ? token === prefix.slice(0, -1) : token.startsWith(prefix);
}

/** True when one of the cue's prefixes begins one of the tokens. */
export function hasCue(tokens: readonly string[], kind: CueKind): boolean {
  return tokens.some((token) => CUES[kind].some((prefix) => matches(token, prefix)));
}

/** True when the token is a cue or generic word, so it says nothing about which project is meant. */
export function isQuestionWord(token: string): boolean {
  return (
    GENERIC.some((prefix) => matches(token, prefix)) ||
    Object.values(CUES).some((prefixes) => prefixes.some((prefix) => matches(token, prefix)))
  );
}

const ENGLISH = new Set([
  'who',
  'what',
  'which',
  'how',
  'when',
  'where',
  'is',
  'are',
  'was',
  'were',
  'did',
  'does',
  'the',
  'of',
  'for',
  'projects',
  'project',
  'funding',
  'contact',
  'many',
  'much',
  'in',
  'show',
  'list',
  'tell',
  'me',
  'about',
  'did',
  'still',
  'running',
  'made',
  'total',
]);

/** Guesses the language of a question: English when its function words are English, Finnish otherwise. */
export function detectLang(tokens: readonly string[]): Lang {
  const english = tokens.filter((token) => ENGLISH.has(token)).length;
  return english >= Math.max(1, tokens.length * 0.25) ? 'en' : 'fi';
}

const INTERROGATIVES = new Set([
  'kuka',
  'ketkä',
  'kenen',
  'kenelle',
  'mikä',
  'mitkä',
  'mitä',
  'missä',
  'mistä',
  'mihin',
  'milloin',
  'miten',
  'miksi',
  'paljonko',
  'montako',
  'kuinka',
  'onko',
  'oliko',
  'who',
  'what',
  'which',
  'when',
  'where',
  'how',
  'why',
  'whose',
]);

/**
 * True for words that only shape a question (generic and interrogative words). Unlike
 * `isQuestionWord` it keeps topical cue words: in "missä hankkeessa kokeiltiin budjetointia?" the
 * word budjetointi is what is searched for, not a request for funding figures.
 */
export function isFunctionWord(token: string): boolean {
  return INTERROGATIVES.has(token) || GENERIC.some((prefix) => matches(token, prefix));
}
