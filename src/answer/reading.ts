/**
 * A question read once into a typed reading: what is asked (fields, or an operation over many
 * projects) and about what (projects by code, name, organisation, person or description; the
 * conversation's subject; or a collection narrowed by filters). Everything below the reader works
 * from the reading; nothing re-reads the raw question. `describeReading` prints it for `--explain`.
 */
import type { Lang } from '../i18n/format.ts';
import type { Fund, ProjectRecord } from '../records/schema.ts';
import { type Catalog, domainNames, editDistance, recordStatusKind } from '../search/catalog.ts';
import type { Place } from '../search/gazetteer.ts';
import { tokenizeWritten } from '../search/terms.ts';
import { type Breakdown, type Measure, thresholdIn } from './aggregate.ts';
import { FIELD_TABLE, type FieldSpec, fieldSpec, GROUP_TABLE, type GroupId, groupSpec } from './fields.ts';
import { organisationsIn } from './organisations.ts';
import {
  codesIn,
  isAcronym,
  isNamed,
  leadsWithAcronym,
  type NameWord,
  nameToken,
  resolveCodes,
  resolveWords,
} from './resolve.ts';
import type { AskContext } from './types.ts';
import { type Vocabulary, type VocabularyMatch, vocabularyFor } from './vocabulary.ts';
import { AREA_WORDS, type Operation, ORG_TYPE_WORDS, PROJECT_NOUNS, RELATIVE_WORDS } from './words.ts';

/** What a word of the question does. */
export type Role =
  | 'field'
  | 'operation'
  | 'filter'
  | 'reference'
  | 'function'
  | 'place'
  | 'code'
  | 'number'
  | 'content';

export interface ReadWord {
  /** Lower-cased token. */
  token: string;
  written: string;
  role: Role;
  /** A field word only by a question word's weak lean ("montako", "who"), not by its content. */
  weak?: boolean;
}

export interface DateFilter {
  /** Which date is compared: the start, the end, or the whole period (active during). */
  date: 'start' | 'end' | 'active';
  op: 'before' | 'after' | 'in' | 'between';
  /** Inclusive ISO bounds of the years named. */
  from: string;
  to: string;
}

export interface Filters {
  places: Place[];
  status: 'running' | 'ended' | 'interrupted' | null;
  fund: Fund | null;
  /** Organisation types as the records write them ("Kansalaisjärjestö"). */
  orgTypes: string[];
  /** Applicants named in full, as the records write them. */
  organisations: string[];
  /** Responsible authorities as the records write them. */
  authorities: string[];
  dates: DateFilter[];
  amount: { op: 'over' | 'under'; amount: number } | null;
  /** Words left over that say what the projects are about. */
  topic: string[];
}

export type Subject =
  | {
      kind: 'projects';
      codes: string[];
      /** How the projects were found; `reason` says it in words when the reader was not told outright. */
      via: 'code' | 'name' | 'context' | 'description' | 'comparison';
      /** Other projects the words also fit, named in the answer. */
      others: string[];
    }
  | { kind: 'ambiguous'; codes: string[]; query: string }
  | { kind: 'unknown-code'; code: string; suggestions: string[] }
  | { kind: 'unknown-name'; name: string }
  | { kind: 'collection' }
  | { kind: 'none' };

export interface Reading {
  question: string;
  lang: Lang;
  words: ReadWord[];
  /** The fields asked for, most clearly asked first. Empty when the question names none. */
  fields: string[];
  /** True when the fields were asked only by interrogatives ("kuka", "when"). */
  weakFields: boolean;
  operations: Operation[];
  breakdown: Breakdown | null;
  /** The funding figure an amount, sum or ranking is about. */
  measure: Measure;
  /** Words that point back to the conversation ("sen", "its", "entä"). */
  refersBack: boolean;
  filters: Filters;
  subject: Subject;
  /** Words that may name a project, as given to the resolver. */
  nameWords: string[];
  /** Content words, for finding sentences in the texts (each word as its alternative terms). */
  searchWords: string[][];
}

export interface ReadOptions {
  lang?: Lang;
  context?: AskContext;
}

const ENGLISH_HINTS = new Set(
  'who what which how when where is are was were did does do the of for projects project funding contact many much in show list tell me about still running made total its it and or with their they was has have get got from by any there this that whats'.split(
    ' ',
  ),
);

/** English when a quarter of the words (at least one) are common English words; Finnish otherwise. */
export function detectLang(tokens: readonly string[], vocabulary?: Vocabulary): Lang {
  if (vocabulary) {
    // The question's words that only one language's tables hold ("promising practices from
    // Seinäjoen VIRTA" is English though half its words are names); a tie goes to the hint words.
    let english = 0;
    let finnish = 0;
    for (const token of tokens) {
      const known = vocabulary.languagesOf(vocabulary.token(token));
      const en = known.en || ENGLISH_HINTS.has(token);
      if (en && !known.fi) english++;
      else if (known.fi && !en) finnish++;
    }
    if (english !== finnish) return english > finnish ? 'en' : 'fi';
  }
  const english = tokens.filter((token) => ENGLISH_HINTS.has(token)).length;
  return english >= Math.max(1, tokens.length * 0.25) ? 'en' : 'fi';
}

const YEAR = /^(19[89]\d|20\d\d)$/;
const CONJUNCTIONS = new Set(['ja', 'vai', 'tai', 'sekä', 'and', 'or', 'vs', 'versus', 'vastaan']);
const MEASURE_BY_FIELD: Record<string, Measure> = {
  'funding.grantedEuState': 'grantedEuState',
  'funding.realizedEuState': 'realizedEuState',
  'funding.plannedPublicTotal': 'plannedPublicTotal',
  'funding.realizedPublicTotal': 'realizedPublicTotal',
};

/**
 * The words of the relative clauses that follow a project noun ("the project where …", "hanke,
 * jossa …"), up to the next comma, dash or question mark: they describe the project.
 */
function relativeClauses(
  question: string,
  tokens: readonly string[],
  lang: Lang,
  catalog: Catalog,
): Set<number> {
  const describing = new Set<number>();
  // Clause ends by position: each token's segment, when the segments' tokens line up with the whole.
  const segments = question.split(/\s*[,;?!]\s+|\s*[,;?!]$|\s+[-–—]\s+/);
  const segmentOf: number[] = [];
  segments.forEach((segment, index) => {
    for (const _ of tokenizeWritten(segment)) segmentOf.push(index);
  });
  if (segmentOf.length !== tokens.length) return describing;
  const relative = new Set(RELATIVE_WORDS[lang].filter((word) => !word.includes(' ')));
  tokens.forEach((token, index) => {
    if (!relative.has(token) || index === 0 || !isSingularProjectNoun(tokens[index - 1] as string, catalog))
      return;
    for (let i = index; i < tokens.length && segmentOf[i] === segmentOf[index]; i++) describing.add(i);
  });
  return describing;
}

/**
 * The words right before a project noun that say which project ("the Joensuu city project",
 * "Joensuun kaupungin hankkeen"): English ones back to a function word, Finnish genitives. They ask
 * no field; unlike a relative clause they may hold its name, so they stay name words.
 */
function projectModifiers(
  tokens: readonly string[],
  written: readonly string[],
  matches: readonly VocabularyMatch[],
  catalog: Catalog,
): Set<number> {
  const modifiers = new Set<number>();
  const functionWord = new Set(
    matches.filter((m) => m.family === 'function' || m.family === 'reference').map((m) => m.start),
  );
  const englishNouns = new Set(PROJECT_NOUNS.en.filter((word) => word !== 'one'));
  const finnishNouns = new Set(PROJECT_NOUNS.fi);
  tokens.forEach((token, index) => {
    // The noun must head its phrase: in "related project codes" it is a modifier itself.
    const next = index + 1 < tokens.length ? index + 1 : null;
    const heads = next === null || functionWord.has(next);
    const english = heads && englishNouns.has(token);
    const finnish = !english && catalog.terms.lemmas(token).some((lemma) => finnishNouns.has(lemma));
    if (!english && !finnish) return;
    const run: number[] = [];
    for (let i = index - 1; i >= 0; i--) {
      const before = tokens[i] as string;
      if (functionWord.has(i) || /\d/.test(before)) break;
      if (finnish && !/[^aeiouyäö]?n$/.test(before)) break;
      run.push(i);
    }
    // Only a run that holds a name or a place says which project ("which related projects" asks).
    if (run.some((i) => /^\p{Lu}/u.test(written[i] ?? ''))) for (const i of run) modifiers.add(i);
  });
  return modifiers;
}

const RANKING = new Set<Operation>(['max', 'min', 'first', 'last']);

/** "project", "projects", "hanke", "hankkeen", "KANTO-hankkeessa": a word for a project. */
function isProjectNoun(token: string, catalog: Catalog): boolean {
  return (
    PROJECT_NOUNS.en.includes(token) ||
    catalog.terms.lemmas(token).some((lemma) => PROJECT_NOUNS.fi.includes(lemma)) ||
    /(?:^|-)hank(?:e|keen|keessa|keesta|kkeen|keet|keita|keiden)$/.test(token)
  );
}

/** True when every word of the match is in the set ("related projects" reaches past its modifier). */
function covers(indexes: ReadonlySet<number>, match: VocabularyMatch): boolean {
  for (let i = match.start; i < match.end; i++) if (!indexes.has(i)) return false;
  return true;
}

/** Reads a question. */
export function readQuestion(catalog: Catalog, question: string, options: ReadOptions = {}): Reading {
  const vocabulary = vocabularyFor(catalog.terms);
  const codes = codesIn(question);
  const written = tokenizeWritten(question);
  const tokens = written.map((w) => w.token);
  const lang = options.lang ?? detectLang(tokens, vocabulary);
  // A hyphenated word's last part asks too: "PORE-hankkeita" lists, "KANTO-hankkeen" names KANTO.
  // What a relative clause says of the project describes it: its field words ask nothing.
  const allMatches = [
    ...vocabulary.match(tokens.map((token) => vocabulary.token(token))),
    ...hyphenEnds(tokens, vocabulary),
  ];
  const describing = relativeClauses(question, tokens, lang, catalog);
  // A clause that ranks or filters ("the project that got the most money", "hankkeet, joiden
  // rahoitus ylitti miljoonan") is a question of its own: its field words measure.
  if (
    allMatches.some(
      (m) =>
        describing.has(m.start) &&
        ((m.family === 'operation' && RANKING.has(m.sense.id as Operation)) ||
          m.family === 'amount' ||
          m.sense.kind === 'status' ||
          m.sense.kind === 'fund'),
    ) ||
    [...describing].some((i) => /^\d/.test(tokens[i] as string))
  )
    describing.clear();
  const modifiers = projectModifiers(
    tokens,
    written.map((w) => w.written),
    allMatches,
    catalog,
  );
  let matches = allMatches.filter(
    (match) =>
      !(
        (match.family === 'field' || match.family === 'qualifier' || match.family === 'breakdown') &&
        (describing.has(match.start) || covers(modifiers, match))
      ),
  );
  const roles: Role[] = tokens.map((token) =>
    /^[sa]\d{5}$/.test(token) ? 'code' : /^\d/.test(token) ? 'number' : 'content',
  );
  const claim = (match: VocabularyMatch, role: Role) => {
    for (let i = match.start; i < match.end; i++) if (roles[i] === 'content') roles[i] = role;
  };
  // Places: "Etelä-Savon" is a place before it is a word; "kuopiolainen" names Kuopio. An authority
  // named by its region ("Pohjois-Savon ELY-keskus", "the South Savo ELY Centre") is not a place filter.
  // "Oulun yliopiston hankkeet": an organisation named whole filters a question about many projects;
  // its words then name no place and no organisation type. One named nowhere is said to be unknown.
  const nameable = tokens.map(
    (_, i) =>
      roles[i] === 'content' &&
      !matches.some(
        (m) =>
          m.start <= i &&
          i < m.end &&
          (m.family === 'function' || m.family === 'operation' || m.family === 'reference'),
      ),
  );
  const organisations = organisationsIn(catalog, tokens, nameable);
  const aboutMany = matches.some(
    (m) => m.family === 'operation' && m.sense.id !== 'compare' && m.sense.id !== 'identify',
  );
  const organisationSpans = organisations.spans.filter(
    (span) =>
      aboutMany && !catalog.terms.lemmas(tokens[span.end] ?? '').some((lemma) => AREA_WORDS.has(lemma)),
  );
  for (const span of organisationSpans) for (let i = span.start; i < span.end; i++) roles[i] = 'filter';
  // The organisation's own words ask nothing: "Joensuun kaupungilla" does not ask the municipalities.
  matches = matches.filter(
    (m) =>
      m.family === 'operation' || !organisationSpans.some((span) => m.start < span.end && m.end > span.start),
  );
  const placeTerms = written.map(({ token, written: w }) => placeTermsOf(catalog, token, isAcronym(w)));
  const authorities = authoritiesIn(
    catalog,
    tokens,
    roles,
    catalog.gazetteer.findInTerms(placeTerms, tokens),
  );
  const placeSpans = catalog.gazetteer.findInTerms(
    placeTerms.map((terms, index) => (roles[index] === 'filter' ? [] : terms)),
    tokens,
  );
  const placeWords = new Set<number>();
  for (const span of placeSpans) for (let i = span.start; i < span.end; i++) placeWords.add(i);

  const { fields, weak } = askedFields(matches);
  const operations = [
    ...new Set(matches.filter((m) => m.sense.kind === 'operation').map((m) => m.sense.id as Operation)),
  ];
  for (const match of matches) {
    if (placeWords.has(match.start) && match.family !== 'filter') continue;
    if (match.family === 'field' || match.family === 'breakdown') claim(match, 'field');
    // A qualifier is a question word only where its field is asked ("myönnetty rahoitus"); elsewhere
    // it may be part of a name.
    else if (match.family === 'qualifier' && fields.includes(match.sense.id)) claim(match, 'field');
    else if (match.family === 'operation') claim(match, 'operation');
    else if (match.family === 'filter') claim(match, 'filter');
    else if (
      match.family === 'reference' &&
      !(match.strength % 1000 === 0 && isNamed(written[match.start]?.written ?? '', match.start))
    )
      claim(match, 'reference');
  }
  // A word written as a name is no function or pointing word unless typed exactly as one ("Jaana").
  const asName = (match: VocabularyMatch) =>
    match.strength % 1000 === 0 && isNamed(written[match.start]?.written ?? '', match.start);
  for (const match of matches) if (match.family === 'function' && !asName(match)) claim(match, 'function');
  for (const index of placeWords)
    if (roles[index] === 'content' || roles[index] === 'field') roles[index] = 'place';

  const breakdown = breakdownOf(matches, operations);
  const measure = measureOf(fields, matches);
  const dates = dateFilters(tokens, matches, fields);
  const status = statusOf(matches);
  const fund = fundOf(matches);
  const orgTypes = orgTypesIn(
    catalog,
    tokens,
    roles,
    operations.some((op) => op === 'list' || op === 'count' || op === 'sum'),
  );
  const amount = thresholdIn(question);
  if (amount) {
    tokens.forEach((token, i) => {
      if (/^\d/.test(token)) roles[i] = 'number';
    });
    for (const match of matches) if (match.family === 'amount') claim(match, 'filter');
  }
  const refersBack =
    // "And who is the contact?", "ja puhelinnumero?": a question that begins with "and" continues one.
    roles.includes('reference') || CONJUNCTIONS.has(tokens[0] ?? '');

  // Words that may name a project: content and place words, hyphenated names cut at a generic end.
  const nameWords: NameWord[] = [];
  const nameIndexes: number[] = [];
  written.forEach(({ token, written: w }, index) => {
    const role = roles[index];
    // An acronym with a case ending written in small letters ("KAKEn", "POLKUa", "VOIMAan") names
    // the acronym, whatever the analyser makes of the whole.
    const acronymCase = /^(\p{Lu}{2,})\p{Ll}{1,4}$/u.exec(w) ?? /^(\p{Lu}{3,})[-–]\p{Ll}/u.exec(w);
    const name = acronymCase
      ? (acronymCase[1] as string).toLocaleLowerCase('fi')
      : role === 'number'
        ? token.replace(/:.*$/, '')
        : (caseStripped(token, catalog) ?? nameToken(token, vocabulary));
    const namePart = name !== token;
    // Version numbers belong to names ("KAKE 2.0", "INNO 3"); years and amounts do not.
    const version =
      role === 'number' && !amount && !YEAR.test(token) && /^\d{1,2}(\.\d)?(:\p{L}+)?$/u.test(token);
    if (
      !(
        role === 'content' ||
        role === 'place' ||
        version ||
        (namePart && role !== 'code' && role !== 'filter')
      )
    )
      return;
    if (!catalog.terms.terms(name).length) return;
    nameWords.push({
      token: name,
      written: w,
      named: isNamed(w, index),
      place: placeWords.has(index),
      // A name in the clause still names (an organisation, a place); its other words describe.
      ...(describing.has(index) && !isNamed(w, index) ? { describes: true } : {}),
    });
    nameIndexes.push(index);
  });

  const filters: Filters = {
    places: placeSpans.map((span) => span.place),
    status,
    fund,
    orgTypes,
    organisations: [...new Set(organisationSpans.map((span) => span.name))],
    authorities,
    dates,
    amount,
    topic: [],
  };
  const reading: Reading = {
    question,
    lang,
    words: written.map((w, i) => {
      const role = roles[i] as Role;
      const weakOnly =
        role === 'field' &&
        !matches.some(
          (m) =>
            m.start <= i &&
            i < m.end &&
            (m.sense.kind === 'qualifier' ||
              ((m.sense.kind === 'field' || m.sense.kind === 'group') && m.sense.weight >= 1)),
        );
      return { token: w.token, written: w.written, role, ...(weakOnly ? { weak: true } : {}) };
    }),
    fields,
    weakFields: weak,
    operations,
    breakdown,
    measure,
    refersBack,
    filters,
    subject: { kind: 'none' },
    nameWords: nameWords.map((word) => word.token),
    searchWords: [],
  };
  reading.subject = subjectOf(
    reading,
    catalog,
    codes,
    nameWords,
    splitAtConjunctions(tokens, nameWords, nameIndexes),
    options.context,
  );
  // An organisation no document holds: no project of another organisation is the answer.
  if (organisations.unknown && !(reading.subject.kind === 'projects' && reading.subject.via === 'code'))
    reading.subject = {
      kind: 'unknown-name',
      name: written
        .slice(organisations.unknown.start, organisations.unknown.end)
        .map((w) => w.written)
        .join(' '),
    };
  reading.fields = organisationFields(reading, catalog, matches, nameWords);
  const subjectTokens = new Set(reading.subject.kind === 'projects' ? identityTerms(reading, catalog) : []);
  // Topic: content words not used to name the subject or a place.
  reading.filters.topic = nameWords
    .filter((word) => !word.place && !subjectTokens.has(word.token))
    .map((word) => word.token);
  // Of one project, "how many small projects did it fund" counts its sub-projects: the project noun is
  // a topic word of its texts ("pienhanketta") rather than a list of projects.
  if (
    reading.subject.kind === 'projects' &&
    reading.subject.codes.length === 1 &&
    reading.operations.includes('count') &&
    reading.words.some((w) => w.role === 'operation' && isProjectNoun(w.token, catalog))
  ) {
    reading.filters.topic.push(PROJECT_NOUNS.fi[0] as string);
  }
  // "Which project made the vinkkivihkoset": the words that would ask a field describe the project.
  const described = reading.operations.includes('identify') && reading.subject.kind === 'none';
  const searchTokens = described
    ? [...reading.filters.topic, ...reading.words.filter((w) => w.role === 'field').map((w) => w.token)]
    : reading.filters.topic;
  reading.searchWords = catalog.terms.queryWords(searchTokens.join(' ')).map(({ terms }) => [...terms]);
  return reading;
}

/** Finnish case endings, longest first, that a name typed in small letters carries ("kakesta", "poreen"). */
const CASE_ENDINGS = [
  'ssa',
  'ssä',
  'sta',
  'stä',
  'lla',
  'llä',
  'lta',
  'ltä',
  'lle',
  'aan',
  'ään',
  'een',
  'n',
  'a',
  'ä',
];

/**
 * A word the analyser does not take to any name, whose stem without a case ending is a word of some
 * project's name: "kakesta" names KAKE. Null when the word meets names as it is, or no stem does.
 */
function caseStripped(token: string, catalog: Catalog): string | null {
  if (token.length < 5 || token.includes('-')) return null;
  const inNames = (term: string) => catalog.identity.documentsWith(term, 'name').length > 0;
  if (catalog.terms.terms(token).some(inNames)) return null;
  for (const ending of CASE_ENDINGS) {
    if (!token.endsWith(ending)) continue;
    const stem = token.slice(0, -ending.length);
    if (stem.length < 3) continue;
    if (inNames(stem)) return stem;
    // A word in -as, -es, -is, -us keeps a long vowel before its endings: "rantaverstaan",
    // "rantaverstaassa" name Rantaverstas.
    const long = /([aeiouyäö])\1$/.exec(stem);
    if (long) {
      const nominative = `${stem.slice(0, -1)}s`;
      if (inNames(nominative) || catalog.terms.terms(nominative).some(inNames)) return nominative;
    }
  }
  return null;
}

/** Matches of the last part of hyphenated words, placed on the whole word. */
function hyphenEnds(
  tokens: readonly string[],
  vocabulary: ReturnType<typeof vocabularyFor>,
): VocabularyMatch[] {
  const found: VocabularyMatch[] = [];
  tokens.forEach((token, index) => {
    const parts = token.split(/[-–]/);
    if (parts.length < 2) return;
    for (const match of vocabulary.match([vocabulary.token(parts.at(-1) as string)])) {
      if (match.family === 'operation' && match.strength >= 1000) {
        found.push({ ...match, start: index, end: index + 1, strength: match.strength - 1 });
      }
    }
    // "ESF-funded", "EAKR-hanke": the first part filters.
    for (const match of vocabulary.match([vocabulary.token(parts[0] as string)])) {
      if (match.family === 'filter')
        found.push({ ...match, start: index, end: index + 1, strength: match.strength - 1 });
    }
  });
  return found;
}

/**
 * A phone number asked of the organisation named ("Pohjolan Kuntoutussäätiön puhelinnumero",
 * "Kajaanin ammattikorkeakoulu's phone number in the PORE record") is the organisation's, unless a
 * contact word asks for the person.
 */
function organisationFields(
  reading: Reading,
  catalog: Catalog,
  matches: readonly VocabularyMatch[],
  nameWords: readonly NameWord[],
): string[] {
  const { subject, fields } = reading;
  if (subject.kind !== 'projects' || subject.codes.length !== 1 || !fields.includes('contact.phone'))
    return fields;
  // "Who do I call" asks for the person, whatever organisation the question names.
  if (matches.some((m) => m.sense.kind === 'group' && m.sense.id === 'contact')) return fields;
  const record = catalog.get(subject.codes[0] as string);
  if (!record?.applicant.name || !record.applicant.phone) return fields;
  const termsOf = (text: string | null) =>
    new Set(catalog.terms.queryWords(text ?? '').flatMap((word) => word.terms));
  const organisation = termsOf([record.applicant.name, ...domainNames(record)].join(' '));
  const others = termsOf([record.name, record.contact.name].filter(Boolean).join(' '));
  const namesOrganisation = nameWords.some((word) => {
    const terms = catalog.terms.terms(word.token);
    return !word.place && terms.some((t) => organisation.has(t)) && !terms.some((t) => others.has(t));
  });
  return namesOrganisation ? fields.map((id) => (id === 'contact.phone' ? 'applicant.phone' : id)) : fields;
}

/** The question's words that the subject's own names explain (its name, organisation, contact). */
function identityTerms(reading: Reading, catalog: Catalog): string[] {
  if (reading.subject.kind !== 'projects') return [];
  const identity = new Set<string>();
  for (const code of reading.subject.codes) {
    const record = catalog.get(code);
    if (!record) continue;
    const text = [
      record.code,
      record.name,
      record.applicant.name,
      ...domainNames(record),
      record.contact.name,
      ...record.region.municipalities,
    ]
      .filter(Boolean)
      .join(' ');
    for (const { terms } of catalog.terms.queryWords(text)) for (const term of terms) identity.add(term);
  }
  // A word written close to a name word ("kaken" for KAKE, a typo) is explained by it too.
  // Close means an inflection's few letters, not a longer word: "kyläläistä" is not "kylä".
  const surfaces = [...identity].filter((term) => term.length >= 4);
  const near = (token: string) =>
    surfaces.some(
      (term) =>
        (token.length >= 4 &&
          Math.abs(token.length - term.length) <= 2 &&
          (token.startsWith(term) || term.startsWith(token))) ||
        (token.length >= 6 && editDistance(token, term) <= 1),
    );
  // The question word as a whole: "terveystarkastus" is not explained by the "terveys" of an
  // organisation's "terveyskuntayhtymä".
  return reading.nameWords.filter(
    (token) => catalog.terms.wholeTerms(token).some((term) => identity.has(term)) || near(token),
  );
}

/**
 * The fields the matches ask for. Content words outweigh interrogatives; a group asked as a whole
 * gives its defaults; a qualifier picks a field only in a group something else asks for.
 */
export function askedFields(matches: readonly VocabularyMatch[]): { fields: string[]; weak: boolean } {
  const groupScore = new Map<GroupId, number>();
  const fieldScore = new Map<string, number>();
  const qualifiers = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string, value: number) =>
    map.set(key, Math.max(map.get(key) ?? 0, value));
  // A group its own word asks for ("organisaation", "applicant") claims a word that qualifies one of
  // its fields, over another group's field the same word names: "organisaation puhelinnumero" is the
  // organisation's phone, not the contact person's.
  const named = new Set<string>();
  for (const match of matches)
    if (match.sense.kind === 'group' && match.sense.weight >= 1) named.add(match.sense.id);
  const qualifiedAt = new Map<number, GroupId>();
  // A word that is a field word itself ("toteutusaika") is no qualifier by a stem inside it ("toteutu-").
  const exactAt = new Set(
    matches.filter((m) => m.family === 'field' && m.strength >= 1000).map((m) => m.start),
  );
  for (const match of matches) {
    // Only a qualifier typed as a word of its own claims: not a stem or part inside another word.
    if (match.sense.kind !== 'qualifier' || match.strength < 1000) continue;
    const group = fieldSpec(match.sense.id).group;
    if (named.has(group)) qualifiedAt.set(match.start, group);
  }
  for (const match of matches) {
    const sense = match.sense;
    if (sense.kind === 'field') {
      const claimed = qualifiedAt.get(match.start);
      if (claimed && claimed !== fieldSpec(sense.id).group) continue;
    }
    if (sense.kind === 'group') bump(groupScore as Map<string, number>, sense.id, sense.weight);
    else if (sense.kind === 'field') {
      bump(fieldScore, sense.id, sense.weight);
      bump(groupScore as Map<string, number>, fieldSpec(sense.id).group, sense.weight);
    } else if (sense.kind === 'qualifier' && !(match.strength < 1000 && exactAt.has(match.start))) {
      qualifiers.set(sense.id, (qualifiers.get(sense.id) ?? 0) + 1);
    }
  }
  // "Montako henkilöä", "how much was spent": a question word with a qualifier of its group's fields
  // asks for them as surely as a field word.
  for (const [group, score] of groupScore) {
    if (
      score > 0 &&
      score < 1 &&
      FIELD_TABLE.some((field) => field.group === group && qualifiers.has(field.id))
    )
      groupScore.set(group, 1);
  }
  const strongest = Math.max(0, ...groupScore.values());
  // "Entä välilliset?": a qualifier alone hints at its fields, as a question word does.
  if (strongest === 0 && qualifiers.size) return { fields: [...qualifiers.keys()], weak: true };
  if (strongest === 0) return { fields: [], weak: false };
  const weak = strongest < 1;
  const asked: { id: string; score: number }[] = [];
  for (const [group, score] of groupScore) {
    if (score < strongest && !(score >= 1)) continue;
    const members = FIELD_TABLE.filter((field) => field.group === group);
    const scored = members
      .map((field) => ({
        id: field.id,
        score: (fieldScore.get(field.id) ?? 0) + 0.5 * (qualifiers.get(field.id) ?? 0),
      }))
      .filter((field) => field.score > 0);
    const top = Math.max(0, ...scored.map((field) => field.score));
    if (top > 0) {
      // A qualifier alone ("myönnetty") picks among the group's fields; field words count in full.
      for (const field of scored)
        if (field.score === top || (fieldScore.get(field.id) ?? 0) >= 1) asked.push(field);
    } else {
      for (const id of groupSpec(group).defaults) asked.push({ id, score: score });
    }
  }
  asked.sort((a, b) => b.score - a.score);
  return { fields: [...new Set(asked.map((field) => field.id))], weak };
}

function breakdownOf(
  matches: readonly VocabularyMatch[],
  operations: readonly Operation[],
): Breakdown | null {
  const named = matches.find((m) => m.sense.kind === 'breakdown');
  const explicit = matches.some((m) => m.sense.kind === 'operation' && m.sense.id === 'breakdown');
  if (!explicit && !operations.includes('breakdown')) return null;
  return (named?.sense.id as Breakdown | undefined) ?? 'region';
}

function measureOf(fields: readonly string[], matches: readonly VocabularyMatch[]): Measure {
  for (const field of fields) {
    const measure = MEASURE_BY_FIELD[field];
    if (measure && fields.filter((f) => MEASURE_BY_FIELD[f]).length < 4) return measure;
  }
  const granted = matches.some(
    (m) => m.sense.kind === 'qualifier' && m.sense.id === 'funding.grantedEuState',
  );
  return granted ? 'grantedEuState' : 'realizedPublicTotal';
}

function statusOf(matches: readonly VocabularyMatch[]): Filters['status'] {
  const found = matches.find((m) => m.sense.kind === 'status');
  return (found?.sense.id as Filters['status'] | undefined) ?? null;
}

function fundOf(matches: readonly VocabularyMatch[]): Fund | null {
  const found = matches.find((m) => m.sense.kind === 'fund');
  return (found?.sense.id as Fund | undefined) ?? null;
}

/**
 * Year comparisons: "ennen vuotta 2021", "2020 jälkeen", "in 2019", "2018–2020", "between 2018 and
 * 2020". The date compared is the start or the end when the question says which, else the start for
 * before/after and the whole period for "in".
 */
function dateFilters(
  tokens: readonly string[],
  matches: readonly VocabularyMatch[],
  fields: readonly string[],
): DateFilter[] {
  const years: { index: number; year: number }[] = [];
  tokens.forEach((token, index) => {
    const range = /^(19[89]\d|20\d\d)[-–](19[89]\d|20\d\d)$/.exec(token);
    if (range) {
      years.push({ index, year: Number(range[1]) }, { index, year: Number(range[2]) });
    } else if (YEAR.test(token)) years.push({ index, year: Number(token) });
  });
  if (!years.length) return [];
  const comparator = (index: number) => {
    const near = matches.filter((m) => m.sense.kind === 'date' && Math.abs(m.start - index) <= 3);
    // A comparison word beats "vuonna"/"in" at the same distance: "vuoden 2020 jälkeen".
    const rank = (m: VocabularyMatch) => Math.abs(m.start - index) + (m.sense.id === 'in' ? 0.5 : 0);
    near.sort((a, b) => rank(a) - rank(b));
    return (near[0]?.sense.id as DateFilter['op'] | undefined) ?? 'in';
  };
  const date: DateFilter['date'] = fields.includes('period.end')
    ? 'end'
    : fields.includes('period.start')
      ? 'start'
      : matches.some((m) => m.sense.kind === 'status' && m.sense.id === 'ended')
        ? 'end'
        : 'active';
  const first = years[0] as { index: number; year: number };
  const last = years.at(-1) as { index: number; year: number };
  if (years.length >= 2 && last.year > first.year) {
    return [
      {
        date: date === 'active' ? 'active' : date,
        op: 'between',
        from: `${first.year}-01-01`,
        to: `${last.year}-12-31`,
      },
    ];
  }
  const op = comparator(first.index);
  const compared = date === 'active' && op !== 'in' ? 'start' : date;
  return [{ date: compared, op, from: `${first.year}-01-01`, to: `${first.year}-12-31` }];
}

/**
 * A word's terms as places are matched on them, demonyms included: "kuopiolainen",
 * "oululaisten", "hyrynsalmelainen" (Hyrynsalmi) name their place by its stem.
 */
function placeTermsOf(catalog: Catalog, token: string, acronym: boolean): readonly string[] {
  const terms = catalog.gazetteer.placeTerms(token, acronym);
  const demonym = /^(\p{L}{3,}?)l[aä]i(?:nen|s\p{L}*)$/u.exec(token);
  if (acronym || !demonym) return terms;
  const stem = demonym[1] as string;
  const stems = [stem, ...(stem.endsWith('e') ? [`${stem.slice(0, -1)}i`] : [])];
  return [...terms, ...stems.flatMap((candidate) => catalog.gazetteer.placeTerms(candidate, false))];
}

/** Distinct values of a record field, worked out once per catalog. */
const distinctCache = new WeakMap<Catalog, Map<string, string[]>>();
function distinct(catalog: Catalog, key: string, of: (record: ProjectRecord) => string | null): string[] {
  let cached = distinctCache.get(catalog);
  if (!cached) {
    cached = new Map();
    distinctCache.set(catalog, cached);
  }
  let values = cached.get(key);
  if (!values) {
    values = [...new Set(catalog.records.map(of).filter((v): v is string => !!v))];
    cached.set(key, values);
  }
  return values;
}

/** A word's own forms (no compound parts); a hyphenated word by its whole form. */
function ownForms(catalog: Catalog, word: string): Set<string> {
  const lower = word.toLocaleLowerCase('fi');
  const forms = [lower, ...catalog.terms.lemmas(lower)];
  return new Set(lower.includes('-') ? forms.filter((form) => form.includes('-')) : forms);
}

const ELY = /^(ely|ely-keskus|elinkeino)/;

/**
 * Authorities named in the question: "Etelä-Savon ELY-keskus" is Etelä-Savon elinkeino-, liikenne-
 * ja ympäristökeskus; "Kainuun liitto" is not the Kainuu ELY centre. Each authority scores the
 * question words its own words meet (an ELY word meets an ELY centre); the best-scoring ones whose
 * first word (the region) is named are taken.
 */
function authoritiesIn(
  catalog: Catalog,
  tokens: readonly string[],
  roles: Role[],
  places: ReadonlyArray<{ place: Place; start: number; end: number }>,
): string[] {
  const ely = tokens.some((token) => ELY.test(token));
  const asksAuthority =
    ely || tokens.some((token) => /^(viranomai|authority|liitto|liiton|liitolla)/.test(token));
  if (!asksAuthority) return [];
  const tokenForms = tokens.map((token) => ownForms(catalog, token));
  let best = 0;
  let found: { authority: string; indexes: number[] }[] = [];
  for (const authority of distinct(catalog, 'authority', (record) => record.authority)) {
    const words = authority.split(/[\s,]+/).filter(Boolean);
    const wordForms = words.map((word) => ownForms(catalog, word));
    const indexes: number[] = [];
    let headNamed = false;
    const headPlace = catalog.gazetteer.find(words[0] as string)[0];
    tokenForms.forEach((forms, index) => {
      const meets = wordForms.findIndex((own) => [...forms].some((form) => own.has(form)));
      const elyMeets = ELY.test(tokens[index] as string) && /elinkeino/i.test(authority);
      if (meets >= 0 || elyMeets) indexes.push(index);
      if (meets === 0) headNamed = true;
    });
    // The region written another way ("South Savo" for Etelä-Savon) names the head too.
    for (const span of places) {
      if (!headPlace || span.place.key !== headPlace.key) continue;
      headNamed = true;
      for (let i = span.start; i < span.end; i++) if (!indexes.includes(i)) indexes.push(i);
    }
    if (!headNamed) continue;
    if (indexes.length > best) {
      best = indexes.length;
      found = [{ authority, indexes }];
    } else if (indexes.length === best) found.push({ authority, indexes });
  }
  for (const { indexes } of found) for (const index of indexes) roles[index] = 'filter';
  return found.map((f) => f.authority);
}

/** Organisation types named in the question ("järjestöjen", "associations"), matched on the records' own types. */
function orgTypesIn(
  catalog: Catalog,
  tokens: readonly string[],
  roles: Role[],
  collective: boolean,
): string[] {
  const types = distinct(catalog, 'orgType', (record) => record.applicant.orgType);
  const found = new Set<string>();
  tokens.forEach((token, index) => {
    // In a question about many projects a field word may name a type too: "kuntien hallinnoimat hankkeet".
    if (roles[index] !== 'content' && !(collective && roles[index] === 'field')) return;
    const forms = [...ownForms(catalog, token), ...(ORG_TYPE_WORDS[token] ?? [])];
    for (const type of types) {
      const lower = type.toLocaleLowerCase('fi');
      // "Valtion virasto tai laitos" is named by its nouns ("agency" → virasto), not by its
      // genitive, which "EU- ja valtion rahoitus" also holds.
      const nouns = lower
        .split(' ')
        .filter(
          (word, i) =>
            word !== 'tai' && word !== 'ja' && !(i === 0 && /n$/.test(word) && lower.includes(' ')),
        );
      const typeForms = new Set([
        ...ownForms(catalog, lower),
        ...nouns.flatMap((word) => [...ownForms(catalog, word)]),
      ]);
      // "järjestöjen" meets "Kansalaisjärjestö": a type is named by its last part as well.
      if (forms.some((form) => typeForms.has(form) || (form.length >= 4 && lower.endsWith(form))))
        found.add(type);
    }
  });
  return [...found];
}

/** Who or what the question is about. */
function subjectOf(
  reading: Reading,
  catalog: Catalog,
  codes: readonly string[],
  allNameWords: readonly NameWord[],
  segments: readonly NameWord[][],
  context: AskContext | undefined,
): Subject {
  let nameWords = allNameWords;
  if (codes.length) {
    const resolution = resolveCodes(codes, catalog);
    if (resolution.kind === 'unknown-code') {
      return {
        kind: 'unknown-code',
        code: resolution.code,
        suggestions: resolution.suggestions.map((r) => r.code),
      };
    }
    if (resolution.kind === 'one') {
      return {
        kind: 'projects',
        codes: [resolution.record.code, ...resolution.others.map((r) => r.code)],
        via: codes.length > 1 ? 'comparison' : 'code',
        others: [],
      };
    }
  }
  const contextCodes = (context?.codes ?? []).filter((code) => catalog.get(code));
  const several = severalNamed(segments, catalog, reading.operations.includes('compare'));
  if (several) return { kind: 'projects', codes: several, via: 'comparison', others: [] };

  const described = nameWords.filter((word) => word.describes);
  // The words of a relative clause describe the project; only the others may name it.
  if (described.length) nameWords = nameWords.filter((word) => !word.describes);
  const named = nameWords.filter((word) => !word.place);
  const hasFilters = hasCollectionFilters(reading);
  const listsProjects = reading.operations.includes('list');
  // A question that asks a field of "the X project" is about one project: the best-fitting name is
  // taken (and the answer says so) rather than none.
  const relaxed =
    (reading.fields.length > 0 && !reading.weakFields) || (named.length > 0 && named.length <= 2);
  const resolution = nameWords.length
    ? resolveWords(nameWords, catalog, { relaxed, preferAcronym: !listsProjects })
    : ({ kind: 'none' } as const);
  const collective =
    reading.operations.some((op) => op !== 'compare' && op !== 'identify') || reading.breakdown !== null;
  // A follow-up names no project of its own (words that name none are topic words) and no filter.
  const ownSubject =
    resolution.kind === 'ambiguous' ||
    (resolution.kind === 'one' && !resolution.loose) ||
    nameWords.some((word) => word.named && !word.place);
  // A status word in a follow-up asks the status ("onko se vielä käynnissä"), it filters nothing.
  const followUpFilters = hasCollectionFilters({ ...reading, filters: { ...reading.filters, status: null } });
  const followUp =
    contextCodes.length > 0 &&
    !followUpFilters &&
    (!listsProjects || reading.refersBack) &&
    (reading.refersBack || !ownSubject) &&
    ((reading.fields.length > 0 && !reading.weakFields) ||
      reading.refersBack ||
      reading.operations.length > 0 ||
      !named.length);
  // "Mitkä hankkeet …" with a filter asks for a collection, whatever names its words half fit.
  const collectionAsked = listsProjects && hasFilters && !(resolution.kind === 'one' && !resolution.loose);
  // A name with a place ("TUPA Savonlinnassa"): the project of that name in that place, when the best
  // match by name is elsewhere.
  if (
    resolution.kind === 'one' &&
    reading.filters.places.length &&
    !narrowByFilters([resolution.record], reading, catalog).length
  ) {
    const inPlace = preferAcronym(
      narrowByFilters(namedPool(nameWords, catalog) ?? [], reading, catalog),
      nameWords,
    );
    if (inPlace.length === 1) {
      return {
        kind: 'projects',
        codes: [inPlace[0]?.code as string],
        via: 'description',
        others: [resolution.record.code],
      };
    }
    if (inPlace.length > 1 && !collective)
      return { kind: 'ambiguous', codes: inPlace.map((r) => r.code), query: reading.nameWords.join(' ') };
  }
  if (resolution.kind === 'one' && named.length && !(followUp && resolution.loose) && !collectionAsked) {
    return {
      kind: 'projects',
      codes: [resolution.record.code],
      via: resolution.loose ? 'description' : 'name',
      others: resolution.others.map((r) => r.code),
    };
  }
  if (resolution.kind === 'ambiguous' && !followUp && !collectionAsked) {
    const candidates = resolution.candidates.map((r) => r.code);
    // "All the KANTO projects together", "how many KANTO projects": every project the name fits.
    const aggregates = reading.operations.some(
      (op) => op !== 'list' && op !== 'compare' && op !== 'identify',
    );
    if (collective && (aggregates || !reading.operations.includes('list'))) {
      const narrowed = narrowByFilters(resolution.candidates, reading, catalog).map((r) => r.code);
      return {
        kind: 'projects',
        codes: narrowed.length ? narrowed : candidates,
        via: 'comparison',
        others: [],
      };
    }
    // The conversation's subject among the candidates is the one meant.
    const known = candidates.filter((code) => contextCodes.includes(code));
    if (known.length === 1) return { kind: 'projects', codes: known, via: 'context', others: [] };
    // The place picks among every project whose name holds the words, not only the best-scored few.
    const narrowed = preferAcronym(
      narrowByFilters(namedPool(nameWords, catalog) ?? resolution.candidates, reading, catalog),
      nameWords,
    );
    if (narrowed.length === 1) {
      const code = narrowed[0]?.code as string;
      return {
        kind: 'projects',
        codes: [code],
        via: 'description',
        others: candidates.filter((c) => c !== code),
      };
    }
    return { kind: 'ambiguous', codes: candidates, query: resolution.query };
  }
  if (followUp) return { kind: 'projects', codes: contextCodes, via: 'context', others: [] };
  if (resolution.kind === 'one' && !hasFilters && !collectionAsked) {
    return {
      kind: 'projects',
      codes: [resolution.record.code],
      via: 'name',
      others: resolution.others.map((r) => r.code),
    };
  }
  // "Se hanke, jossa jaettiin tuensiirtoja": the one project the clause fits, if one stands out.
  if (resolution.kind === 'none' && described.length) {
    const found = describedProject(reading, catalog, allNameWords);
    if (found) return found;
  }
  // Names written as names that nothing holds are unknown whatever else the question asks
  // ("which project is Pirkko Mäkelä-Hurskainen running", "projects from Tampere").
  const unknown =
    resolution.kind !== 'none'
      ? null
      : hasFilters || collective || listsProjects
        ? unknownName(nameWords, catalog, false, true)
        : unknownName(
            nameWords,
            catalog,
            // English questions about Finnish documents hold words the data never uses; only Finnish
            // ones, or words written as names, can be told to be unknown.
            reading.lang === 'fi' &&
              reading.fields.length > 0 &&
              !reading.weakFields &&
              !reading.operations.includes('identify'),
          );
  if (unknown) return { kind: 'unknown-name', name: unknown };
  if (hasFilters || collective) {
    // A place and topic words that single out one project: "se Kuopion nuorten työelämähanke".
    if (
      (reading.fields.length ||
        namesOneProject(
          reading.words.map((w) => w.token),
          catalog,
        )) &&
      !listsProjects &&
      !reading.operations.some((op) => op !== 'compare' && op !== 'count' && op !== 'identify')
    ) {
      const described = describedProject(reading, catalog, allNameWords);
      if (described) return described;
    }
    return { kind: 'collection' };
  }
  return { kind: 'none' };
}

/**
 * A project noun in the singular ("the Kajaani project", "se kainuulainen koulusiirtymähanke"): the
 * question is about one project, even when it asks no field of it.
 */
function namesOneProject(tokens: readonly string[], catalog: Catalog): boolean {
  return tokens.some((token) => isSingularProjectNoun(token, catalog));
}

/** "project", "one", "hanke", "hankkeen", "työllisyyshankkeessa": one project, not many. */
function isSingularProjectNoun(token: string, catalog: Catalog): boolean {
  if (token === 'project' || token === 'one') return true;
  if (/hankkei|hankkeet$|projekte|projektit$|projektie/.test(token)) return false;
  return (
    /hanke$|hankkeen$|hankkeessa$|hankkeesta$|hankkeeseen$|hankkeelle$|hankkeella$|hanketta$/.test(token) ||
    catalog.terms.lemmas(token).some((lemma) => lemma === 'hanke' || lemma === 'projekti')
  );
}

function hasCollectionFilters(reading: Reading): boolean {
  const f = reading.filters;
  return (
    f.places.length > 0 ||
    f.status !== null ||
    f.fund !== null ||
    f.orgTypes.length > 0 ||
    f.organisations.length > 0 ||
    f.authorities.length > 0 ||
    f.dates.length > 0 ||
    f.amount !== null
  );
}

/** Candidates narrowed by the places and topic words of the question, when they say more. */
/** The one project whose name begins with the acronym written, when several fit; else all of them. */
function preferAcronym(records: ProjectRecord[], nameWords: readonly NameWord[]): ProjectRecord[] {
  if (records.length < 2) return records;
  const leaders = records.filter((record) => leadsWithAcronym(record, nameWords));
  return leaders.length === 1 ? leaders : records;
}

/** Every project whose name holds each non-place name word (by its own forms); null when there are none. */
function namedPool(nameWords: readonly NameWord[], catalog: Catalog): ProjectRecord[] | null {
  const words = nameWords.filter((word) => !word.place);
  if (!words.length) return null;
  let docs = null as Set<number> | null;
  for (const word of words) {
    const own = new Set([word.token, ...catalog.terms.lemmas(word.token)]);
    const terms = catalog.terms.terms(word.token).filter((term) => own.has(term));
    const found = new Set<number>(terms.flatMap((term) => catalog.identity.documentsWith(term, 'name')));
    const previous: Set<number> | null = docs;
    docs = previous ? new Set([...previous].filter((doc) => found.has(doc))) : found;
  }
  const records = [...(docs ?? [])].map((doc) => catalog.records[doc]).filter((r): r is ProjectRecord => !!r);
  return records.length ? records : null;
}

function narrowByFilters(
  candidates: readonly ProjectRecord[],
  reading: Reading,
  catalog: Catalog,
): ProjectRecord[] {
  const places = reading.filters.places;
  if (!places.length) return [...candidates];
  return candidates.filter((record) => places.some((place) => catalog.gazetteer.covers(record, place)));
}

/**
 * Two or more projects named side by side ("KANTO vai PORE", "compare Rantaverstas and Työkunto"):
 * the name words split where a conjunction stands between them, each part naming one project.
 */
function severalNamed(
  segments: readonly NameWord[][],
  catalog: Catalog,
  comparing: boolean,
): string[] | null {
  if (segments.length < 2) return null;
  const codes: string[] = [];
  for (const segment of segments) {
    if (segment.every((word) => word.place)) return null;
    // Outside a comparison each part must name its project outright: "Elinvoimaa ja osallisuutta" is one name.
    const resolution = resolveWords(segment, catalog, { relaxed: comparing });
    // A part that names nothing ("bigger share … and") is no project; one that fits several is no answer.
    if (resolution.kind === 'none') continue;
    if (resolution.kind !== 'one') return null;
    if (!codes.includes(resolution.record.code)) codes.push(resolution.record.code);
  }
  return codes.length >= 2 ? codes : null;
}

/** The name words split at the conjunctions between them. */
function splitAtConjunctions(
  tokens: readonly string[],
  nameWords: readonly NameWord[],
  indexes: readonly number[],
): NameWord[][] {
  const segments: NameWord[][] = [];
  let current: NameWord[] = [];
  nameWords.forEach((word, i) => {
    const previous = indexes[i - 1];
    const index = indexes[i] as number;
    if (
      previous != null &&
      tokens.slice(previous + 1, index).some((token) => CONJUNCTIONS.has(token)) &&
      current.length
    ) {
      segments.push(current);
      current = [];
    }
    current.push(word);
  });
  if (current.length) segments.push(current);
  return segments;
}

/** A project described by place and topic words: the one project of the place the words fit. */
function describedProject(
  reading: Reading,
  catalog: Catalog,
  nameWords: readonly NameWord[],
): Subject | null {
  const { places } = reading.filters;
  // The status of a described project is what is asked ("is the Lappeenranta project still running").
  const filters = { ...reading.filters, status: null };
  let records = catalog.records.filter((record) => matchesFilters(record, filters, catalog));
  const topic = nameWords.filter((word) => !word.place).map((word) => word.token);
  if (topic.length && records.length > 1) {
    const allowed = new Set(records.map((record) => record.code));
    const hits = catalog.search(topic.join(' '), {}, 200).filter((hit) => allowed.has(hit.code));
    if (hits.length === 1 || (hits.length > 1 && (hits[0]?.score ?? 0) > 1.5 * (hits[1]?.score ?? 0))) {
      const [best, ...rest] = hits;
      return {
        kind: 'projects',
        codes: [best?.code as string],
        via: 'description',
        others: rest.slice(0, 3).map((h) => h.code),
      };
    }
    if (hits.length > 1) records = hits.map((hit) => catalog.get(hit.code) as ProjectRecord);
  }
  if (records.length === 1 && (places.length || topic.length)) {
    return { kind: 'projects', codes: [records[0]?.code as string], via: 'description', others: [] };
  }
  return null;
}

/** True when a record passes every filter but the topic (which ranks rather than filters). */
export function matchesFilters(
  record: ProjectRecord,
  filters: Filters,
  catalog: Catalog,
  measure: Measure = 'realizedPublicTotal',
): boolean {
  if (filters.places.length && !filters.places.some((place) => catalog.gazetteer.covers(record, place)))
    return false;
  if (filters.status && recordStatusKind(record) !== filters.status) return false;
  if (filters.fund && record.fund !== filters.fund) return false;
  if (filters.orgTypes.length && !filters.orgTypes.includes(record.applicant.orgType ?? '')) return false;
  if (filters.organisations.length && !filters.organisations.includes(record.applicant.name ?? ''))
    return false;
  if (filters.authorities.length && !filters.authorities.includes(record.authority ?? '')) return false;
  for (const date of filters.dates) if (!matchesDate(record, date)) return false;
  if (filters.amount) {
    const value = record.funding[measure];
    if (value == null) return false;
    if (filters.amount.op === 'over' ? value <= filters.amount.amount : value >= filters.amount.amount)
      return false;
  }
  return true;
}

function matchesDate(record: ProjectRecord, filter: DateFilter): boolean {
  const { start, end } = record.period;
  if (filter.date === 'active') {
    if (!start && !end) return false;
    return (start ?? '0000') <= filter.to && (end ?? '9999') >= filter.from;
  }
  const value = filter.date === 'start' ? start : end;
  if (!value) return false;
  switch (filter.op) {
    case 'before':
      return value < filter.from;
    case 'after':
      return value > filter.to;
    case 'in':
    case 'between':
      return value >= filter.from && value <= filter.to;
  }
}

/**
 * A name the question writes as one ("Matti Virtasen hanke") that no document holds in any field:
 * the data cannot answer, and a quote of an unrelated project would be a guess.
 */
function unknownName(
  nameWords: readonly NameWord[],
  catalog: Catalog,
  anyWord: boolean,
  personOrPlace = false,
): string | null {
  // Words written as names; when a field of one project is asked, every word that could name it.
  // Beside filters only a person's or a place's name counts: an acronym ("NGO", "ESF") may be a
  // word the question uses, not a name it asks about.
  const names = nameWords.filter(
    (word) =>
      (word.named || anyWord) &&
      !word.place &&
      !(personOrPlace && (isAcronym(word.written) || ORG_TYPE_WORDS[word.token])),
  );
  if (!names.length) return null;
  const unknown = names.filter((word) =>
    [word.token, ...catalog.terms.lemmas(word.token)].every((term) => catalog.documentFrequency(term) === 0),
  );
  if (unknown.length !== names.length) return null;
  const suggestions = catalog.identitySearch(
    unknown.map((word) => ({ token: word.token, terms: catalog.terms.terms(word.token) })),
    {},
    1,
  );
  if (suggestions.hits.length) return null;
  return unknown.map((word) => word.token).join(' ');
}

/** The reading in a few lines, for `ask --explain`. */
export function describeReading(reading: Reading): string {
  const roles = reading.words.map((word) => `${word.written}/${word.role}`).join(' ');
  const subject = reading.subject;
  const subjectLine =
    subject.kind === 'projects'
      ? `projects ${subject.codes.join(', ')} (via ${subject.via}${subject.others.length ? `; also fit ${subject.others.join(', ')}` : ''})`
      : subject.kind === 'ambiguous'
        ? `ambiguous: ${subject.codes.join(', ')}`
        : subject.kind === 'unknown-code'
          ? `unknown code ${subject.code}`
          : subject.kind === 'unknown-name'
            ? `unknown name "${subject.name}"`
            : subject.kind;
  const f = reading.filters;
  const filters = [
    f.places.length ? `places ${f.places.map((p) => p.name).join(', ')}` : null,
    f.status ? `status ${f.status}` : null,
    f.fund ? `fund ${f.fund}` : null,
    f.orgTypes.length ? `organisation type ${f.orgTypes.join(', ')}` : null,
    f.organisations.length ? `organisation ${f.organisations.join(', ')}` : null,
    f.authorities.length ? `authority ${f.authorities.join(', ')}` : null,
    ...f.dates.map((d) => `${d.date} ${d.op} ${d.from}…${d.to}`),
    f.amount ? `amount ${f.amount.op} ${f.amount.amount}` : null,
    f.topic.length ? `topic ${f.topic.join(' ')}` : null,
  ].filter(Boolean);
  return [
    `language: ${reading.lang}`,
    `words: ${roles}`,
    `asks: ${reading.fields.length ? reading.fields.join(', ') : '–'}${reading.weakFields ? ' (from question words only)' : ''}`,
    `operations: ${reading.operations.length ? reading.operations.join(', ') : '–'}${reading.breakdown ? ` (by ${reading.breakdown})` : ''}`,
    `measure: ${reading.measure}`,
    `subject: ${subjectLine}${reading.refersBack ? ' (the question refers back)' : ''}`,
    `filters: ${filters.length ? filters.join('; ') : '–'}`,
  ].join('\n');
}

export type { FieldSpec };
export { GROUP_TABLE };
