/**
 * Answers from a reading: the asked fields first, in the sentence a person would say, then what
 * supports them; several projects side by side as a small table; collections with their filters
 * stated; and, when the reading is unsure, which project was taken and why, with its key facts.
 * Never guesses silently: an ambiguous subject lists its candidates, an unknown one says so.
 */
import { capitalize, countOf, say } from '../i18n/answers.ts';
import {
  formatEuros,
  formatInteger,
  formatPercent,
  formatPeriod,
  type Lang,
  shareOf,
} from '../i18n/format.ts';
import { projectPageUrl } from '../records/labels.ts';
import type { ProjectRecord } from '../records/schema.ts';
import type { Catalog } from '../search/catalog.ts';
import { tokenize } from '../search/terms.ts';
import { countAnswer, type Measure, statsAnswer, sum, totalsAnswer } from './aggregate.ts';
import { type FieldSpec, type FieldValue, fieldSpec, groupSpec, isEmptyValue } from './fields.ts';
import {
  ambiguousAnswer,
  itemOf,
  lead,
  listAnswer,
  notFoundAnswer,
  projectAnswer,
  projectLabel,
  projectTitle,
} from './project.ts';
import { type Filters, matchesFilters, type Reading } from './reading.ts';
import { bestPassages, type Passage, principleTexts, recordTexts, type WeightedText } from './sentences.ts';
import { type Answer, type AnswerField, answer, type Intent, userText } from './types.ts';

/** Fields whose value is a text to quote from rather than a value to state. */
const TEXT_FIELDS = new Set([
  'summary',
  'finalReport',
  'card.background',
  'card.goals',
  'card.approach',
  'card.practices',
  'card.results',
  'card.dissemination',
  'card.remarks',
]);
/** The fields holding a number, which a ranking can order by. */
const NUMERIC_FIELDS = new Map<string, (record: ProjectRecord) => number | null>([
  ['indicators.personsPlanned', (r) => r.indicators.personsPlanned],
  ['indicators.companiesPlanned', (r) => r.indicators.companiesPlanned],
  ['indicators.companiesRealized', (r) => r.indicators.companiesRealized],
  ['funding.grantedEuState', (r) => r.funding.grantedEuState],
  ['funding.realizedEuState', (r) => r.funding.realizedEuState],
  ['funding.plannedPublicTotal', (r) => r.funding.plannedPublicTotal],
  ['funding.realizedPublicTotal', (r) => r.funding.realizedPublicTotal],
  ['funding.used', (r) => shareOf(r.funding.realizedPublicTotal, r.funding.plannedPublicTotal)],
  ['period', (r) => durationDays(r)],
]);

/** A project's length in days, for "which lasted longest". */
function durationDays(record: ProjectRecord): number | null {
  const { start, end } = record.period;
  if (!start || !end) return null;
  return Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000);
}
/** The yes/no fields, which narrow a collection to the projects answering yes. */
const BOOLEAN_FIELDS = new Map<string, (record: ProjectRecord) => boolean | null>([
  ['equality.analysisDone', (r) => r.equality.analysisDone],
  ['equality.mainstreamed', (r) => r.equality.mainstreamed],
  ['equality.mainGoal', (r) => r.equality.mainGoal],
]);
/** Shown as the key facts of a project when the reading is unsure. */
const KEY_FACTS = [
  'period',
  'status',
  'applicant.name',
  'contact.name',
  'contact.email',
  'funding.realizedPublicTotal',
  'funding.grantedEuState',
  'targetGroups.primary',
];
const MAX_FIELDS = 8;
const INTENT_OF_GROUP: Record<string, Intent> = {
  contact: 'contact',
  // The organisation and how to reach it is what the contact view shows.
  applicant: 'contact',
  funding: 'funding',
  targets: 'targets',
  dates: 'dates',
  region: 'region',
  texts: 'summary',
  card: 'summary',
};

export function respond(reading: Reading, catalog: Catalog): Answer {
  const { subject, lang } = reading;
  switch (subject.kind) {
    case 'unknown-code':
      return notFoundAnswer(subject.code, records(catalog, subject.suggestions), lang, intentOf(reading));
    case 'unknown-name':
      return answer({
        intent: 'unknown',
        lang,
        status: 'no-answer',
        text: say(lang, 'unknownName')(userText(subject.name)),
      });
    case 'ambiguous':
      return ambiguous(reading, catalog, subject.codes, subject.query);
    case 'projects': {
      const found = records(catalog, subject.codes);
      if (found.length === 1) return oneProject(reading, catalog, found[0] as ProjectRecord);
      // "Mikä niistä sai eniten", "all the KANTO projects together": the projects as a collection.
      const ranksOrSums = reading.operations.some((op) =>
        ['sum', 'average', 'max', 'min', 'first', 'last'].includes(op),
      );
      if (
        ranksOrSums ||
        reading.breakdown ||
        (reading.operations.includes('count') && !reading.fields.length)
      ) {
        return collection(reading, catalog, found);
      }
      return severalProjects(reading, catalog, found);
    }
    case 'collection':
      return collection(reading, catalog);
    case 'none': {
      const found = textSearch(reading, catalog);
      // A field asked of a project the question does not name: which project's field is unknown.
      const asksField =
        reading.fields.length > 0 &&
        !reading.weakFields &&
        !reading.operations.includes('identify') &&
        !reading.fields.some((id) => TEXT_FIELDS.has(id));
      if (!asksField || found.status !== 'ok') return found;
      return answer({
        intent: intentOf(reading),
        lang,
        status: 'no-answer',
        text: say(lang, 'whichProject')(userText(reading.nameWords.join(' '))),
        items: records(catalog, found.codes).map((record) => itemOf(record)),
      });
    }
  }
}

function records(catalog: Catalog, codes: readonly string[]): ProjectRecord[] {
  return codes.map((code) => catalog.get(code)).filter((r): r is ProjectRecord => !!r);
}

function intentOf(reading: Reading): Intent {
  const first = reading.fields[0];
  if (!first) return 'project';
  return INTENT_OF_GROUP[fieldSpec(first).group] ?? 'lookup';
}

/** A field's value in words, or null when the record does not hold it. */
function fieldValue(field: FieldSpec, record: ProjectRecord, lang: Lang): FieldValue {
  const value = field.value(record, lang);
  return isEmptyValue(value) ? null : value;
}

/** One project: the asked fields, or the sentences that answer, or its summary card. */
function oneProject(reading: Reading, catalog: Catalog, record: ProjectRecord): Answer {
  const { lang, subject } = reading;
  let result: Answer;
  const fields = reading.fields.filter((id) => !(reading.weakFields && TEXT_FIELDS.has(id)));
  const strongFields = fields.length > 0 && !reading.weakFields;
  // Facts inside the texts: "montako nuorta työllistyi", "what did X achieve with the companies".
  const facts = factPassages(reading, catalog, record);
  const unknown = absentTopic(reading, catalog, record);
  if (unknown && strongFields) {
    // "Paljonko KAKE maksoi toimitilavuokria": the asked fields, after saying the very thing is absent.
    result = fieldsAnswer(reading, catalog, record, fields);
    result.text = `${say(lang, 'topicAbsentButFields')(userText(unknown), projectLabel(record))}\n${result.text}`;
    result.status = 'no-answer';
  } else if (unknown) {
    // Words the data never uses ("rector", "Facebook"): say so, with what the data does hold.
    result = answer({
      intent: intentOf(reading),
      lang,
      status: 'no-answer',
      codes: [record.code],
      title: projectTitle(record),
      url: projectPageUrl(record.code),
      text: say(lang, 'topicNotInData')(userText(unknown), projectLabel(record)),
      fields: keyFacts(record, lang, []),
    });
  } else if (facts.length && !strongFields) {
    result = passageAnswer(facts, catalog, lang);
    result.fields = fields.length ? fieldsOf(record, lang, fields) : keyFacts(record, lang, []);
  } else if (fields.length && !(fields.length === 1 && fields[0] === 'summary' && !facts.length)) {
    result = fieldsAnswer(reading, catalog, record, fields);
    const fresh = facts.filter((p) => !result.text.includes(p.sentence));
    if (fresh.length) result.text = `${result.text}\n${fresh.map((p) => `”${p.sentence}”`).join('\n')}`;
  } else {
    result = projectAnswer(record, lang, 'summary');
  }
  if (subject.kind === 'projects' && (subject.via === 'description' || subject.via === 'context')) {
    const why = say(lang, subject.via === 'description' ? 'becauseDescription' : 'becauseContext');
    if (subject.via === 'description')
      result.text = `${say(lang, 'tookProject')(projectLabel(record), why)}\n${result.text}`;
    if (subject.via === 'description' && !result.fields.length)
      result.fields = keyFacts(record, lang, reading.fields);
  }
  if (subject.kind === 'projects' && subject.others.length) {
    const others = records(catalog, subject.others).map((o) => `${o.code} ${o.name ?? ''}`.trim());
    result.footer = [result.footer, `${say(lang, 'otherCandidates')} ${others.join('; ')}`]
      .filter(Boolean)
      .join('\n');
  }
  return result;
}

/** How-many and how-much questions want a number in the sentence that answers them. */
function asksForNumber(reading: Reading): boolean {
  return (
    reading.operations.includes('count') ||
    reading.fields.some((id) => fieldSpec(id).group === 'indicators') ||
    (reading.weakFields && reading.fields.some((id) => id.startsWith('funding.')))
  );
}

/** The record's sentences holding the question's topic words (and a number when one is asked). */
function factPassages(reading: Reading, catalog: Catalog, record: ProjectRecord): Passage[] {
  const numeric = asksForNumber(reading);
  if (!reading.searchWords.length && !numeric) return [];
  const textsOf = numeric ? reportedTexts : undefined;
  const fieldWords = numeric ? fieldWordsOf(reading, catalog) : [];
  const fits = (p: Passage) => p.score >= 0.5 && (!numeric || /\d/.test(p.sentence));
  if (!reading.searchWords.length)
    return bestPassages([record], fieldWords, catalog.terms, 4, undefined, textsOf).filter(fits).slice(0, 2);
  // The topic words decide which sentences answer; the asked field's words ("osallistujaa", "funding")
  // only rank them, so that they do not thin out a sentence that holds the topic.
  const candidates = bestPassages([record], reading.searchWords, catalog.terms, 6, undefined, textsOf).filter(
    fits,
  );
  if (candidates.length < 2 || !fieldWords.length) return candidates.slice(0, 2);
  const bonus = new Map(
    bestPassages([record], fieldWords, catalog.terms, candidates.length, undefined, () =>
      candidates.map((p) => ({ text: p.sentence, weight: 1 })),
    ).map((p) => [p.sentence, p.score]),
  );
  const rank = (p: Passage) => p.score + 0.5 * (bonus.get(p.sentence) ?? 0);
  return [...candidates].sort((a, b) => rank(b) - rank(a)).slice(0, 2);
}

/**
 * For a number asked of a project, what it reported before what it planned: the summary's figures
 * are targets, the final report's and the card's are outcomes.
 */
function reportedTexts(record: ProjectRecord): WeightedText[] {
  return [
    ...recordTexts(record).map((text) => ({ text, weight: text === record.summary ? PLAN_WEIGHT : 1 })),
    ...principleTexts(record).map((text) => ({ text, weight: PLAN_WEIGHT * PLAN_WEIGHT })),
  ];
}

/** How much a plan's sentence counts against a report's when a number is asked. */
const PLAN_WEIGHT = 0.8;

/**
 * The topic words when none of them, as the very word (not a part of it, an English word through
 * its Finnish equivalents), occurs in the project's texts: the question asks what its documents do
 * not hold ("rector", "Facebook-sivu", "henkilöstömäärä").
 */
function absentTopic(reading: Reading, catalog: Catalog, record: ProjectRecord): string | null {
  const topic = reading.filters.topic;
  if (!topic.length) return null;
  const held = new Set<string>();
  for (const text of [
    ...recordTexts(record),
    ...principleTexts(record),
    record.name ?? '',
    ...targetTexts(record),
  ]) {
    for (const token of tokenize(text)) for (const term of catalog.terms.terms(token)) held.add(term);
  }
  const heldTerms = [...held];
  const occurs = (term: string) =>
    held.has(term) || (term.length >= 6 && heldTerms.some((other) => other.startsWith(term)));
  const found = topic.some((token) => catalog.terms.wholeTerms(token).some(occurs));
  return found ? null : topic.join(' ');
}

function targetTexts(record: ProjectRecord): string[] {
  return [...record.targetGroups.primary, ...record.targetGroups.indirect];
}

/** The asked fields of one project: one sentence for one field, a short list for several. */
function fieldsAnswer(
  reading: Reading,
  catalog: Catalog,
  record: ProjectRecord,
  ids: readonly string[],
): Answer {
  const { lang } = reading;
  const label = projectLabel(record);
  const specs = ids
    .map(fieldSpec)
    .filter((field) => !(field.quiet && ids.length > 1 && fieldValue(field, record, lang) == null))
    .slice(0, MAX_FIELDS);
  const lines: string[] = [];
  const quoted = new Set<string>();
  for (const field of specs) {
    if (TEXT_FIELDS.has(field.id)) {
      lines.push(textFieldLines(reading, catalog, record, field, quoted));
      continue;
    }
    const value = fieldValue(field, record, lang);
    if (specs.length === 1) {
      if (value == null) lines.push(say(lang, 'fieldMissing')(label, field.label[lang]));
      else if (typeof value === 'string') lines.push(say(lang, 'fieldIs')(label, field.label[lang], value));
      else {
        // "How many municipalities": a list asked to be counted says its length first.
        const heading = reading.operations.includes('count')
          ? `${field.label[lang]} (${formatInteger(value.length, lang)})`
          : field.label[lang];
        lines.push(`${say(lang, 'fieldList')(label, heading)}\n${value.map((v) => `• ${v}`).join('\n')}`);
      }
    } else {
      if (!lines.length) lines.push(`**${label}**`);
      lines.push(bullet(field, value, lang));
    }
  }
  // Figures that the texts explain: "montako osallistujaa" leads with the sentence that holds the number.
  const figureFields = specs.filter((field) => field.group === 'indicators');
  if (figureFields.length) {
    const words = [...reading.searchWords, ...fieldWordsOf(reading, catalog)];
    const passages = bestPassages([record], words, catalog.terms, 2).filter(
      (p) => p.score >= 0.5 && /\d/.test(p.sentence),
    );
    if (passages.length) lines.unshift(...passages.map((p) => `”${p.sentence}”`));
  }
  const missing = specs.every((field) => fieldValue(field, record, lang) == null);
  const group = specs[0]?.group;
  const supporting = group ? supportFields(record, lang, group, ids) : [];
  const unsure =
    reading.weakFields ||
    (reading.subject.kind === 'projects' && reading.subject.via !== 'code' && reading.subject.via !== 'name');
  const result = answer({
    intent: intentOf(reading),
    lang,
    status: missing ? 'no-answer' : 'ok',
    codes: [record.code],
    title: projectTitle(record),
    url: projectPageUrl(record.code),
    text: lines.join('\n'),
    fields: unsure ? keyFacts(record, lang, ids) : supporting,
  });
  if (specs.some((field) => field.group === 'funding')) {
    result.chart = {
      kind: 'funding',
      code: record.code,
      name: record.name ?? record.code,
      ...record.funding,
    };
  }
  return result;
}

function bullet(field: FieldSpec, value: FieldValue, lang: Lang): string {
  const name = capitalize(field.label[lang]);
  if (value == null) return `• ${name}: ${say(lang, 'noValue')}`;
  if (typeof value === 'string') return `• ${name}: ${value}`;
  return `• ${name}:\n${value.map((v) => `  – ${v}`).join('\n')}`;
}

/** The question words that asked for a field, as search words ("osallistujaa" → osallistuja). */
function fieldWordsOf(reading: Reading, catalog: Catalog): string[][] {
  if (reading.lang === 'en') {
    // English question words are not in Finnish sentences: the asked groups' Finnish words are, one
    // alternative set per group ("funding" → rahoitus, rahoittaa, budjetti …).
    const groups = [...new Set(reading.fields.map((id) => fieldSpec(id).group))];
    return groups
      .map((group) => {
        const specs = [groupSpec(group), ...reading.fields.map(fieldSpec).filter((f) => f.group === group)];
        const words = specs.flatMap((spec) => spec?.words?.fi ?? []).filter((word) => !word.includes(' '));
        return [...new Set(words.flatMap((word) => catalog.terms.terms(word.replace(/^=/, ''))))];
      })
      .filter((terms) => terms.length > 0);
  }
  return reading.words
    .filter((word) => word.role === 'field' && !word.weak)
    .flatMap((word) =>
      catalog.terms.queryWords(word.token).map(({ terms }) => [
        ...terms,
        // An agent noun meets its verb: "osallistuja" the sentence's "osallistui", "osallistuneet".
        ...terms.filter((term) => term.length >= 8 && /j[aä]$/.test(term)).map((term) => term.slice(0, -2)),
      ]),
    );
}

/** A text field: the sentences that answer the question's other words, else its opening. */
function textFieldLines(
  reading: Reading,
  catalog: Catalog,
  record: ProjectRecord,
  field: FieldSpec,
  quoted: Set<string>,
): string {
  const { lang } = reading;
  const value = fieldValue(field, record, lang);
  const heading = `**${capitalize(field.label[lang])}**`;
  if (typeof value !== 'string') {
    // A plan is no report: "what did it achieve" without a final report says so, then what the plan aimed at.
    return `${heading}: ${say(lang, 'noValue')}`;
  }
  if (reading.searchWords.length) {
    const passages = bestPassages([record], reading.searchWords, catalog.terms, 2, undefined, () => [
      { text: value, weight: 1 },
    ]).filter((p) => p.score >= 0.5);
    const fresh = passages.filter((p) => !quoted.has(p.sentence));
    if (fresh.length) {
      for (const p of fresh) quoted.add(p.sentence);
      return `${heading}\n${fresh.map((p) => `”${p.sentence}”`).join('\n')}`;
    }
  }
  // A text asked for alone is quoted at length; beside other fields, its opening.
  const alone = reading.fields.length === 1;
  return `${heading}\n${lead(value, alone ? 1800 : field.id === 'summary' ? 700 : 900)}`;
}

/** The rest of the asked group's fields, shown beside the answer. */
function supportFields(
  record: ProjectRecord,
  lang: Lang,
  group: FieldSpec['group'],
  asked: readonly string[],
): AnswerField[] {
  const ids = groupSpec(group).defaults.filter((id) => !asked.includes(id));
  const extra =
    group === 'applicant' ? ['contact.name', 'contact.email'] : group === 'contact' ? ['applicant.name'] : [];
  return fieldsOf(record, lang, [...ids, ...extra]);
}

function keyFacts(record: ProjectRecord, lang: Lang, asked: readonly string[]): AnswerField[] {
  return fieldsOf(
    record,
    lang,
    KEY_FACTS.filter((id) => !asked.includes(id)),
  );
}

function fieldsOf(record: ProjectRecord, lang: Lang, ids: readonly string[]): AnswerField[] {
  return ids.flatMap((id) => {
    const field = fieldSpec(id);
    const value = fieldValue(field, record, lang);
    if (value == null) return [];
    const text = typeof value === 'string' ? value : value.map((v) => `• ${v}`).join('\n');
    return [
      {
        name: capitalize(field.label[lang]),
        value: text.length > 1000 ? `${text.slice(0, 999)}…` : text,
        inline: text.length < 40,
      },
    ];
  });
}

/** Candidates listed with codes; with the asked field's value beside each when one was asked. */
function ambiguous(reading: Reading, catalog: Catalog, codes: readonly string[], query: string): Answer {
  const { lang } = reading;
  const candidates = records(catalog, codes).slice(0, 10);
  const result = ambiguousAnswer(query, candidates, lang, intentOf(reading));
  // Candidates told apart by their place as well as their period.
  result.items = candidates.map((record) =>
    itemOf(
      record,
      [placeOf(record), formatPeriod(record.period.start, record.period.end, lang)]
        .filter(Boolean)
        .join(' · '),
    ),
  );
  const field = reading.fields[0] && !reading.weakFields ? fieldSpec(reading.fields[0]) : null;
  if (field && !TEXT_FIELDS.has(field.id)) {
    result.items = candidates.map((record) => {
      const value = fieldValue(field, record, lang);
      const shown =
        value == null ? say(lang, 'noValue') : typeof value === 'string' ? value : value.join(', ');
      return itemOf(
        record,
        [
          placeOf(record),
          formatPeriod(record.period.start, record.period.end, lang),
          `${field.label[lang]}: ${shown}`,
        ]
          .filter(Boolean)
          .join(' · '),
      );
    });
  }
  return result;
}

/** Where a project ran, in a few words: its municipalities, else its regions. */
function placeOf(record: ProjectRecord): string | null {
  const places = record.region.municipalities.length ? record.region.municipalities : record.region.provinces;
  if (!places.length) return record.applicant.city;
  return places.length > 3 ? `${places.slice(0, 3).join(', ')} …` : places.join(', ');
}

/** Several projects side by side: a comparison table, the larger named in a sentence. */
function severalProjects(reading: Reading, _catalog: Catalog, found: readonly ProjectRecord[]): Answer {
  const { lang } = reading;
  const fieldIds = reading.fields.length
    ? reading.fields.slice(0, 4)
    : [`funding.${reading.measure}`, 'period', 'applicant.name'];
  const specs = fieldIds.map(fieldSpec).filter((field) => !TEXT_FIELDS.has(field.id));
  const shown = found.slice(0, 6);
  const lines: string[] = [];
  const measure = specs.find((field) => field.id.startsWith('funding.') && field.id !== 'funding.used');
  if (measure && shown.length >= 2) {
    const key = measure.id.slice('funding.'.length) as Measure;
    const ranked = [...shown].sort((a, b) => (b.funding[key] ?? -1) - (a.funding[key] ?? -1));
    const [first, second] = ranked as [ProjectRecord, ProjectRecord];
    const a = first.funding[key];
    const b = second.funding[key];
    if (a != null && b != null) {
      lines.push(
        a === b
          ? say(lang, 'compareEqual')(measure.label[lang], formatEuros(a, lang))
          : say(lang, 'compareMore')(
              measure.label[lang],
              projectLabel(first),
              formatEuros(a, lang),
              projectLabel(second),
              formatEuros(b, lang),
            ),
      );
    }
  }
  for (const record of shown) {
    lines.push(`**${projectLabel(record)}**`);
    for (const field of specs.length ? specs : fieldIds.map(fieldSpec)) {
      if (TEXT_FIELDS.has(field.id)) {
        const value = fieldValue(field, record, lang);
        lines.push(
          `• ${capitalize(field.label[lang])}: ${typeof value === 'string' ? lead(value, 300) : say(lang, 'noValue')}`,
        );
      } else lines.push(bullet(field, fieldValue(field, record, lang), lang));
    }
  }
  return answer({
    intent: measure ? 'funding' : intentOf(reading),
    lang,
    codes: found.map((record) => record.code),
    title: shown.map((record) => record.code).join(' · '),
    text: lines.join('\n'),
  });
}

/** The filters of a collection in words: "Joensuu, käynnissä, alkaneet ennen vuotta 2021". */
export function scopeOf(filters: Filters, lang: Lang, topicShown: boolean): string {
  const parts: string[] = [];
  if (filters.places.length) parts.push(say(lang, 'inPlace')(filters.places.map((p) => p.name).join(', ')));
  if (filters.status) parts.push(say(lang, filters.status));
  if (filters.fund) parts.push(say(lang, 'fundScope')(filters.fund));
  if (filters.orgTypes.length) parts.push(say(lang, 'orgScope')(filters.orgTypes.join(', ')));
  if (filters.organisations.length) parts.push(say(lang, 'orgScope')(filters.organisations.join(', ')));
  if (filters.authorities.length) parts.push(say(lang, 'authorityScope')(filters.authorities.join(', ')));
  for (const date of filters.dates) {
    const from = date.from.slice(0, 4);
    const to = date.to.slice(0, 4);
    const which = say(
      lang,
      date.date === 'start' ? 'startScope' : date.date === 'end' ? 'endScope' : 'activeScope',
    );
    const when =
      date.op === 'before'
        ? say(lang, 'before')(from)
        : date.op === 'after'
          ? say(lang, 'after')(to)
          : date.op === 'between'
            ? say(lang, 'between')(from, to)
            : say(lang, 'inYear')(from);
    parts.push(`${which} ${when}`);
  }
  if (filters.amount) {
    const amount = formatEuros(filters.amount.amount, lang);
    parts.push(say(lang, filters.amount.op)(amount));
  }
  if (topicShown && filters.topic.length)
    parts.push(say(lang, 'topicScope')(`”${userText(filters.topic.join(' '))}”`));
  return parts.join(', ');
}

/** Many projects: the filtered set, then what is asked of it. */
function collection(
  reading: Reading,
  catalog: Catalog,
  among: readonly ProjectRecord[] = catalog.records,
): Answer {
  const { lang, filters, operations } = reading;
  const measure = reading.measure;
  const yesFields = reading.fields.filter((id) => BOOLEAN_FIELDS.has(id) && !reading.weakFields);
  let found = among.filter(
    (record) =>
      matchesFilters(record, filters, catalog, measure) &&
      // "Projects that had gender equality as their main goal": a yes/no field asked of many is a filter.
      yesFields.every((id) => BOOLEAN_FIELDS.get(id)?.(record) === true),
  );
  let topicShown = false;
  if (filters.topic.length && found.length) {
    const allowed = new Set(found.map((record) => record.code));
    const hits = catalog.search(filters.topic.join(' '), {}, 500).filter((hit) => allowed.has(hit.code));
    if (hits.length) {
      found = hits.map((hit) => catalog.get(hit.code) as ProjectRecord);
      topicShown = true;
    }
  }
  const scope = scopeOf(filters, lang, topicShown);
  if (reading.breakdown) return statsAnswer(found, reading.breakdown, lang, scope || null);
  if (!found.length) {
    return answer({ intent: 'region', lang, status: 'no-answer', text: say(lang, 'noProjects')(scope) });
  }
  const fundingAsked = reading.fields.some((id) => id.startsWith('funding.'));
  // "Sum of planned participants": a figure that is no sum of money is totalled as a count.
  const figure = reading.fields.find((id) => NUMERIC_FIELDS.has(id) && fieldSpec(id).group === 'indicators');
  if (figure && (operations.includes('sum') || operations.includes('average')))
    return figureTotal(reading, found, figure, scope);
  if (['max', 'min', 'first', 'last'].some((op) => operations.includes(op as never)))
    return ranking(reading, found, scope);
  if (operations.includes('average')) {
    const totals = totalsAnswer(found, lang, measure, scope || null);
    const { total, missing } = sum(found, measure);
    const counted = found.length - missing;
    if (counted) {
      totals.text = `${say(lang, 'average')(measureLabel(measure, lang), formatEuros(Math.round(total / counted), lang))}\n${totals.text}`;
    }
    return totals;
  }
  if (
    operations.includes('sum') ||
    (fundingAsked && !operations.includes('count') && !operations.includes('list'))
  ) {
    const totals = totalsAnswer(found, lang, measure, scope || null);
    if (found.length <= 10)
      totals.items = found.map((record) => itemOf(record, fundingDetail(record, measure, lang)));
    totals.codes = found.length <= 25 ? found.map((record) => record.code) : [];
    return totals;
  }
  if (operations.includes('count')) return countAnswer(found, lang, scope || null);
  // A list: newest first, unless the topic ranked them; the asked field beside each.
  const sorted = topicShown
    ? found
    : [...found].sort((a, b) => (b.period.start ?? '').localeCompare(a.period.start ?? ''));
  const heading = say(lang, 'listHeading')(scope, countOf(found.length, 'project', lang));
  const field = reading.fields[0] && !reading.weakFields ? fieldSpec(reading.fields[0]) : null;
  const result = listAnswer(sorted, lang, heading, filters.places.length ? 'region' : 'search');
  if (field && !TEXT_FIELDS.has(field.id)) {
    result.items = sorted.slice(0, result.items.length).map((record) => {
      const value = fieldValue(field, record, lang);
      const shown =
        value == null ? say(lang, 'noValue') : typeof value === 'string' ? value : value.join(', ');
      return itemOf(record, `${field.label[lang]}: ${shown}`);
    });
  }
  return result;
}

/** The total (or the average) of a counted figure over the projects, with how many lack it. */
function figureTotal(reading: Reading, found: readonly ProjectRecord[], id: string, scope: string): Answer {
  const { lang } = reading;
  const figureOf = NUMERIC_FIELDS.get(id) as (record: ProjectRecord) => number | null;
  const values = found.map(figureOf).filter((value): value is number => value != null);
  const total = values.reduce((a, b) => a + b, 0);
  const label = fieldSpec(id).label[lang];
  const missing = found.length - values.length;
  const gap = missing ? ` (${countOf(missing, 'withoutData', lang)})` : '';
  const head = reading.operations.includes('average')
    ? say(lang, 'average')(label, formatInteger(values.length ? Math.round(total / values.length) : 0, lang))
    : say(lang, 'total')(scope, countOf(found.length, 'project', lang), label, formatInteger(total, lang));
  return answer({
    intent: 'aggregate',
    lang,
    text: `${head}${gap}`,
    codes: found.length <= 25 ? found.map((record) => record.code) : [],
    items: found.slice(0, 10).map((record) => {
      const value = figureOf(record);
      return itemOf(record, value == null ? say(lang, 'noValue') : formatInteger(value, lang));
    }),
  });
}

function measureLabel(measure: Measure, lang: Lang): string {
  return fieldSpec(`funding.${measure}`).label[lang];
}

function fundingDetail(record: ProjectRecord, measure: Measure, lang: Lang): string | null {
  const value = record.funding[measure];
  return value == null ? null : formatEuros(value, lang);
}

/** The largest or smallest: by the funding measure, or by date when a date is asked. */
function ranking(reading: Reading, found: readonly ProjectRecord[], scope: string): Answer {
  const { lang, measure, operations } = reading;
  const dateAsked = reading.fields.find((id) => id === 'period.start' || id === 'period.end');
  const byDate =
    dateAsked ?? (operations.includes('first') || operations.includes('last') ? 'period.start' : undefined);
  const wantsMax = operations.includes('max');
  let sorted: ProjectRecord[];
  let sentence: string;
  let detail: (record: ProjectRecord) => string | null;
  if (byDate) {
    const key = byDate === 'period.end' ? 'end' : 'start';
    const dated = found.filter((record) => record.period[key]);
    const earliest =
      operations.includes('first') || (operations.includes('min') && !operations.includes('last'));
    sorted = [...dated].sort((a, b) => (a.period[key] as string).localeCompare(b.period[key] as string));
    if (!earliest) sorted.reverse();
    const top = sorted[0];
    const what = fieldSpec(key === 'end' ? 'period.end' : 'period.start').label[lang];
    sentence = top
      ? say(lang, earliest ? 'earliest' : 'latest')(
          what,
          projectLabel(top),
          formatPeriod(top.period.start, top.period.end, lang) ?? '',
        )
      : say(lang, 'noProjects')(scope);
    detail = (record) => formatPeriod(record.period.start, record.period.end, lang);
  } else {
    // A figure asked ("most participating companies") ranks by that figure, else by the funding measure.
    const figure = reading.fields.includes('funding.used')
      ? 'funding.used'
      : reading.fields.find((id) => NUMERIC_FIELDS.has(id));
    const figureOf = figure
      ? (NUMERIC_FIELDS.get(figure) as (record: ProjectRecord) => number | null)
      : (record: ProjectRecord) => record.funding[measure];
    const label = figure ? fieldSpec(figure).label[lang] : measureLabel(measure, lang);
    const show = (value: number) =>
      figure === 'funding.used'
        ? formatPercent(value, lang)
        : figure === 'period'
          ? say(lang, 'days')(formatInteger(value, lang))
          : figure && !figure.startsWith('funding.')
            ? formatInteger(value, lang)
            : formatEuros(value, lang);
    const valued = found.filter((record) => figureOf(record) != null);
    sorted = [...valued].sort((a, b) => (figureOf(b) as number) - (figureOf(a) as number));
    if (!wantsMax) sorted.reverse();
    const top = sorted[0];
    sentence = top
      ? say(lang, wantsMax ? 'most' : 'least')(label, projectLabel(top), show(figureOf(top) as number))
      : say(lang, 'noProjects')(scope);
    detail = (record) => {
      const value = figureOf(record);
      return value == null ? null : show(value);
    };
  }
  const top = sorted.slice(0, 5);
  return answer({
    intent: byDate ? 'dates' : 'funding',
    lang,
    status: sorted.length ? 'ok' : 'no-answer',
    codes: top.slice(0, 1).map((record) => record.code),
    text: scope ? `${capitalize(scope)}: ${sentence}` : sentence,
    items: top.map((record) => itemOf(record, detail(record))),
  });
}

const TEXT_SEARCH_BOOSTS = { code: 1, name: 1.5, applicant: 1, contact: 1, region: 1, targets: 1, body: 1 };

/** No project or filter named: search the texts and answer with the best sentences. */
function textSearch(reading: Reading, catalog: Catalog): Answer {
  const { lang } = reading;
  const words = reading.searchWords;
  const query = reading.operations.includes('identify')
    ? [...reading.nameWords, ...reading.words.filter((w) => w.role === 'field').map((w) => w.token)].join(' ')
    : reading.nameWords.join(' ');
  const hits = query ? catalog.search(query, { boost: TEXT_SEARCH_BOOSTS }, 5) : [];
  const found = hits.map((hit) => catalog.get(hit.code) as ProjectRecord);
  const top = hits[0]?.score ?? 1;
  const weights = new Map(hits.map((hit) => [hit.code, 0.6 + (0.4 * hit.score) / top]));
  const passages = bestPassages(found, words, catalog.terms, 3, weights).filter((p) => p.score >= 0.4);
  if (!passages.length) return nothingFound(reading, catalog, found);
  const result = passageAnswer(passages, catalog, lang);
  const shown = new Set(result.codes);
  const more = found.filter((record) => !shown.has(record.code)).slice(0, 3);
  if (more.length) {
    result.items = more.map((record) => itemOf(record));
    result.footer = say(lang, 'otherHits');
  }
  return result;
}

function passageAnswer(passages: Passage[], catalog: Catalog, lang: Lang): Answer {
  const lines = passages.map((passage) => {
    const record = catalog.get(passage.code);
    return `**${record ? projectLabel(record) : passage.code}**: ”${passage.sentence}”`;
  });
  const codes = [...new Set(passages.map((p) => p.code))];
  const first = catalog.get(codes[0] as string);
  return answer({
    intent: 'search',
    lang,
    codes,
    title: first ? projectTitle(first) : null,
    url: first ? projectPageUrl(first.code) : null,
    text: lines.join('\n'),
  });
}

/** Nothing answers the question: say so, never invent, and point to a search. */
function nothingFound(reading: Reading, catalog: Catalog, near: ProjectRecord[]): Answer {
  const { lang } = reading;
  const suggestions = near.length
    ? near
    : reading.nameWords.length
      ? catalog.suggest(reading.nameWords.join(' '), 3)
      : [];
  return answer({
    intent: 'unknown',
    lang,
    status: 'no-answer',
    text: `${say(lang, 'nothingFound')} ${suggestions.length ? say(lang, 'nearest') : say(lang, 'tryAsking')}`,
    items: suggestions.map((record) => itemOf(record)),
  });
}
