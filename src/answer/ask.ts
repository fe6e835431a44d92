/**
 * Free-text questions → Answer. The question is read for what it asks (cues), which project it names
 * (resolver) and which places, years, statuses or amounts narrow it; the answer is the fact itself
 * (the contact's name and e-mail, the euros), taken from the record, or the sentences of the texts
 * that hold it. When nothing fits, the answer says so and suggests a search.
 */
import { formatEuros, formatInteger, type Lang } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import type { ProjectRecord } from '../records/schema.ts';
import { type Catalog, isRunning } from '../search/catalog.ts';
import type { Place } from '../search/gazetteer.ts';
import { tokenize } from '../search/terms.ts';
import { breakdownIn, countAnswer, measureIn, statsAnswer, thresholdIn, totalsAnswer } from './aggregate.ts';
import { type CueKind, detectLang, hasCue, isFunctionWord, isQuestionWord } from './cues.ts';
import {
  ambiguousAnswer,
  contactAnswer,
  datesAnswer,
  fundingAnswer,
  itemOf,
  listAnswer,
  notFoundAnswer,
  projectAnswer,
  projectLabel,
  targetsAnswer,
} from './project.ts';
import { resolveProject } from './resolve.ts';
import { bestPassages, type Passage } from './sentences.ts';
import { type Answer, type AskContext, answer, userText } from './types.ts';

export interface AskOptions {
  /** Reply language; detected from the question when absent. */
  lang?: Lang;
  /** The conversation so far: the subject of the previous answer, for follow-up questions. */
  context?: AskContext;
}

/** What the question is made of, read once. */
interface Reading {
  question: string;
  lang: Lang;
  tokens: string[];
  cue: (kind: CueKind) => boolean;
  places: Place[];
  year: number | null;
}

function read(question: string, options: AskOptions, catalog: Catalog): Reading {
  const tokens = tokenize(question);
  const year = /\b(19[89]\d|20\d\d)\b/.exec(question);
  return {
    question,
    lang: options.lang ?? detectLang(tokens),
    tokens,
    cue: (kind) => hasCue(tokens, kind),
    places: catalog.gazetteer.find(question),
    year: year ? Number(year[1]) : null,
  };
}

/**
 * Answers one free-text question.
 *
 * @example
 *   ask(catalog, 'Kuka on KANTO-hankkeen yhteyshenkilö?').text
 *   // "KANTO … (S22786): yhteyshenkilö on Anne Pyykkönen (kehittämispäällikkö) – anne.pyykkonen@pksotu.fi, 045 117 9340."
 */
export function ask(catalog: Catalog, question: string, options: AskOptions = {}): Answer {
  const reading = read(question.trim(), options, catalog);
  const { lang } = reading;
  if (!reading.tokens.length) return nothingFound(reading, catalog);

  const resolution = resolveProject(reading.question, catalog, reading.places);
  if (resolution.kind === 'unknown-code') {
    return notFoundAnswer(resolution.code, resolution.suggestions, lang, singleIntent(reading) ?? 'project');
  }
  const threshold = thresholdIn(reading.question);
  const collective =
    reading.cue('listing') ||
    (resolution.kind !== 'one' &&
      (reading.cue('aggregate') || reading.cue('count') || reading.cue('breakdown') || threshold !== null));
  if (collective && !(resolution.kind === 'one' && resolution.via === 'code')) {
    return collectionAnswer(reading, catalog, threshold);
  }
  if (resolution.kind === 'one')
    return projectQuestion(reading, catalog, resolution.record, resolution.others);
  if (resolution.kind === 'ambiguous') {
    return ambiguousAnswer(
      resolution.query,
      resolution.candidates.slice(0, 10),
      lang,
      singleIntent(reading) ?? 'lookup',
    );
  }
  if (reading.places.length || reading.cue('running') || reading.cue('ended') || reading.year) {
    const scoped = collectionAnswer(reading, catalog, threshold);
    if (scoped.status === 'ok') return scoped;
  }
  return textSearch(reading, catalog);
}

/** The single-project intent the cues point at, in order of precedence. */
function singleIntent(reading: Reading): 'contact' | 'funding' | 'targets' | 'dates' | 'summary' | null {
  if (reading.cue('contact')) return 'contact';
  if (reading.cue('funding')) return 'funding';
  if (reading.cue('targets')) return 'targets';
  if (reading.cue('dates') || reading.cue('running') || reading.cue('ended')) return 'dates';
  if (reading.cue('summary')) return 'summary';
  return null;
}

/** A question about one project: the field it asks for, or the sentences that answer it. */
function projectQuestion(
  reading: Reading,
  catalog: Catalog,
  record: ProjectRecord,
  others: ProjectRecord[],
): Answer {
  const { lang } = reading;
  const intent = singleIntent(reading);
  const leftover = leftoverWords(reading, catalog, record);
  let result: Answer;
  if (intent === 'contact') result = contactAnswer(record, lang);
  else if (intent === 'funding') result = fundingAnswer(record, lang);
  else if (intent === 'targets') result = targetsAnswer(record, lang);
  else if (intent === 'dates') result = datesAnswer(record, lang);
  else {
    // The fields do not hold what is asked: show the sentences that do, with the project.
    const passages = bestPassages([record], leftover, catalog.terms, 2).filter((p) => p.score >= 0.5);
    if (passages.length && (leftover.length > 0 || reading.cue('count'))) {
      result = passageAnswer(passages, catalog, lang, 'search');
      if (reading.cue('count') && record.indicators.personsPlanned != null) {
        result.fields.push({
          name: t(lang, 'participants'),
          value: formatInteger(record.indicators.personsPlanned, lang),
          inline: true,
        });
      }
    } else {
      result = projectAnswer(record, lang, intent === 'summary' ? 'summary' : 'lookup');
      if (record.card?.goals && reading.cue('summary')) {
        result.fields.unshift({ name: lang === 'fi' ? 'Tavoitteet' : 'Goals', value: record.card.goals });
      }
    }
  }
  if (others.length) {
    result.footer = [
      result.footer,
      `${t(lang, 'alsoMatched')} ${others.map((o) => `${o.code} ${o.name ?? ''}`.trim()).join('; ')}`,
    ]
      .filter(Boolean)
      .join('\n');
  }
  return result;
}

/** The question's content words that the project's identity does not explain, as term alternatives. */
function leftoverWords(reading: Reading, catalog: Catalog, record: ProjectRecord): string[][] {
  const identity = new Set(
    tokenize(
      [record.code, record.name, record.applicant.name, record.contact.name].filter(Boolean).join(' '),
    ).flatMap((token) => catalog.terms.terms(token)),
  );
  return catalog.terms
    .queryWords(reading.question)
    .filter(({ token, terms }) => !isQuestionWord(token) && !terms.some((term) => identity.has(term)))
    .map(({ terms }) => [...terms]);
}

function passageAnswer(passages: Passage[], catalog: Catalog, lang: Lang, intent: Answer['intent']): Answer {
  const lines = passages.map((passage) => {
    const record = catalog.get(passage.code);
    return `**${record ? projectLabel(record) : passage.code}**: ”${passage.sentence}”`;
  });
  const codes = [...new Set(passages.map((p) => p.code))];
  const first = catalog.get(codes[0] as string);
  return answer({
    intent,
    lang,
    codes,
    title: first ? `${first.code} · ${first.name ?? ''}`.trim() : null,
    url: first ? `https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=${first.code}` : null,
    text: lines.join('\n'),
  });
}

/** Questions about many projects: lists, counts, sums and breakdowns, narrowed by place, status, year, amount and topic. */
function collectionAnswer(
  reading: Reading,
  catalog: Catalog,
  threshold: ReturnType<typeof thresholdIn>,
): Answer {
  const { lang, places } = reading;
  const measure = measureIn(reading.tokens);
  const running = reading.cue('running');
  const ended = !running && reading.cue('ended');
  const scopeParts: string[] = [];
  let records: readonly ProjectRecord[] = catalog.records;
  if (places.length) {
    records = records.filter((record) => places.some((place) => catalog.gazetteer.covers(record, place)));
    scopeParts.push(places.map((p) => p.name).join(', '));
  }
  if (running || ended) {
    records = records.filter((record) => (running ? isRunning(record) : !isRunning(record) && record.status));
    scopeParts.push(lang === 'fi' ? (running ? 'käynnissä' : 'päättyneet') : running ? 'running' : 'ended');
  }
  if (reading.year) {
    const year = String(reading.year);
    records = records.filter(
      (record) =>
        (record.period.start ?? '9999') <= `${year}-12-31` &&
        (record.period.end ?? '0000') >= `${year}-01-01`,
    );
    scopeParts.push(lang === 'fi' ? `vuonna ${year}` : `in ${year}`);
  }
  if (threshold) {
    records = records.filter((record) => {
      const value = record.funding[measure];
      return value != null && (threshold.op === 'over' ? value > threshold.amount : value < threshold.amount);
    });
    const amount = formatEuros(threshold.amount, lang);
    scopeParts.push(
      lang === 'fi' ? `${threshold.op === 'over' ? 'yli' : 'alle'} ${amount}` : `${threshold.op} ${amount}`,
    );
  }
  // Topic words narrow further by text search ("Mitä hankkeita Kainuussa on tehty nuorille?").
  const placeTokens = catalog.gazetteer.placeTokens(reading.question);
  const topic = tokenize(reading.question)
    .filter((token) => !isQuestionWord(token) && !/^\d/.test(token))
    .filter((token) => !placeTokens.has(token))
    .filter((token) => !isMeasureWord(token));
  if (topic.length) {
    const allowed = new Set(records.map((r) => r.code));
    const hits = catalog.search(topic.join(' '), {}, 500).filter((hit) => allowed.has(hit.code));
    if (hits.length) {
      records = hits.map((hit) => catalog.get(hit.code) as ProjectRecord);
      scopeParts.push(`”${userText(topic.join(' '))}”`);
    }
  }
  const scope = scopeParts.join(', ') || null;

  if (reading.cue('breakdown')) return statsAnswer(records, breakdownIn(reading.tokens), lang, scope);
  if (!records.length) {
    return answer({
      intent: 'region',
      lang,
      status: 'no-answer',
      text:
        lang === 'fi'
          ? `Hankkeita ei löytynyt${scope ? ` (${scope})` : ''}. Kokeile väljempää kysymystä tai /haku.`
          : `No projects found${scope ? ` (${scope})` : ''}. Try a broader question or /search.`,
    });
  }
  if (reading.cue('aggregate') || (reading.cue('funding') && !reading.cue('count'))) {
    const totals = totalsAnswer(records, lang, measure, scope);
    if (records.length <= 10) totals.items = records.map((record) => itemOf(record));
    totals.codes = records.length <= 25 ? records.map((r) => r.code) : [];
    return totals;
  }
  if (reading.cue('count')) return countAnswer(records, lang, scope);
  // An amount question lists the largest first; others the newest first.
  const sorted = threshold
    ? [...records].sort((a, b) => (b.funding[measure] ?? 0) - (a.funding[measure] ?? 0))
    : [...records].sort((a, b) => (b.period.start ?? '').localeCompare(a.period.start ?? ''));
  const heading =
    lang === 'fi'
      ? `${scope ? `${capitalize(scope)}: ` : ''}${formatInteger(records.length, lang)} ${records.length === 1 ? 'hanke' : 'hanketta'}:`
      : `${scope ? `${capitalize(scope)}: ` : ''}${formatInteger(records.length, lang)} ${records.length === 1 ? 'project' : 'projects'}:`;
  return listAnswer(topic.length ? records : sorted, lang, heading, places.length ? 'region' : 'search');
}

/** Words of a funding measure or an amount threshold, which narrow by money, not by topic. */
function isMeasureWord(token: string): boolean {
  return /^(toteutu|julki|suunnit|myönn|realis|realiz|public|planned|granted|eu$|valtio|state|rahoitu|funding|m€|€|euro|milj|million|yli$|alle$|over$|under$|above$|below$|more$|less$|than$|saivat$|saaneet$|sai$|got$|received$)/.test(
    token,
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const TEXT_SEARCH_BOOSTS = { code: 1, name: 1.5, applicant: 1, contact: 1, region: 1, targets: 1, body: 1 };

/** No project or place named: search the texts and answer with the best sentences. */
function textSearch(reading: Reading, catalog: Catalog): Answer {
  const { lang } = reading;
  const words = catalog.terms
    .queryWords(reading.question)
    .filter(({ token }) => !isFunctionWord(token))
    .map(({ terms }) => [...terms]);
  const content = tokenize(reading.question).filter((token) => !isFunctionWord(token));
  // The answer is in the texts: names and organisations get no head start over them here.
  const hits = content.length ? catalog.search(content.join(' '), { boost: TEXT_SEARCH_BOOSTS }, 5) : [];
  const records = hits.map((hit) => catalog.get(hit.code) as ProjectRecord);
  // A sentence of a project the search ranks low must match better to win.
  const top = hits[0]?.score ?? 1;
  const weights = new Map(hits.map((hit) => [hit.code, 0.6 + (0.4 * hit.score) / top]));
  const passages = bestPassages(records, words, catalog.terms, 3, weights).filter((p) => p.score >= 0.4);
  if (!passages.length) return nothingFound(reading, catalog, records);
  const result = passageAnswer(passages, catalog, lang, 'search');
  const shown = new Set(result.codes);
  const more = records.filter((record) => !shown.has(record.code)).slice(0, 3);
  if (more.length) {
    result.items = more.map((record) => itemOf(record));
    result.footer = lang === 'fi' ? 'Muita osumia haulle yllä.' : 'Other matches listed above.';
  }
  return result;
}

/** Nothing answers the question: say so, never invent, and point to a search. */
function nothingFound(reading: Reading, catalog: Catalog, near: ProjectRecord[] = []): Answer {
  const { lang } = reading;
  const suggestions = near.length ? near : reading.tokens.length ? catalog.suggest(reading.question, 3) : [];
  return answer({
    intent: 'unknown',
    lang,
    status: 'no-answer',
    text:
      lang === 'fi'
        ? `En löytänyt aineistosta vastausta kysymykseen. ${suggestions.length ? 'Lähimmät hankkeet:' : 'Kokeile hakua: /haku <hakusanat>, tai kysy hankkeen nimellä tai koodilla.'}`
        : `I could not find an answer to that in the data. ${suggestions.length ? 'The nearest projects:' : 'Try a search: /search <words>, or ask by project name or code.'}`,
    items: suggestions.map((record) => itemOf(record)),
  });
}
